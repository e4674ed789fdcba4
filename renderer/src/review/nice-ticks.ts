/**
 * Round tick values for an axis from lo to hi: about `count` of them, spaced 1, 2, 2.5 or 5 times a power of ten,
 * so the reader sees 2.155 · 2.160 · 2.165 rather than 2.152 · 2.1575 · 2.163.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || hi <= lo) return [];
  const raw = (hi - lo) / count;
  const exponent = Math.floor(Math.log10(raw));
  // The round step nearest the raw one: about `count` ticks, never one or two.
  const m = [1, 2, 2.5, 5, 10].reduce((best, x) => (Math.abs(x * 10 ** exponent - raw) < Math.abs(best * 10 ** exponent - raw) ? x : best));
  const step = m * 10 ** exponent;
  // Decimals of the step, so 0.1 + 0.2 prints as 0.3.
  const decimals = Math.max(0, -exponent + (m === 2.5 ? 1 : 0) - (m === 10 ? 1 : 0));
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toFixed(decimals)));
  return ticks;
}
