/** One measured figure. `baseline` is the reference measured in the same run (same data), when there is one. */
export interface BenchRow {
  bench: string; // e.g. "store", "extract", "check", "export"
  case: string; // e.g. "open", "edit durable p95", "csv"
  size: string; // e.g. "10k", "200k", "10 MB"
  value: number;
  unit: string; // "ms", "MB/s", "MB"
  baseline?: { label: string; value: number };
  /** A target from an issue, shown as met or not; `lowerIsBetter` decides the direction. */
  target?: { value: number; lowerIsBetter: boolean };
}

export type BenchModule = { run(): Promise<BenchRow[]> };

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3));

/** Prints rows as a fixed-width table with the ratio against each row's baseline. */
export function formatTable(rows: BenchRow[]): string {
  const head = ['bench', 'case', 'size', 'value', 'baseline', 'ratio', 'target'];
  const body = rows.map((r) => [
    r.bench,
    r.case,
    r.size,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline ? `${fmt(r.baseline.value)} ${r.unit} (${r.baseline.label})` : '',
    r.baseline && r.baseline.value > 0 ? `${(r.value / r.baseline.value).toFixed(2)}×` : '',
    r.target
      ? `${(r.target.lowerIsBetter ? r.value <= r.target.value : r.value >= r.target.value) ? 'met' : 'MISSED'} (${r.target.lowerIsBetter ? '≤' : '≥'} ${r.target.value} ${r.unit})`
      : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Median and 95th percentile of samples (ms). */
export function percentiles(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}
