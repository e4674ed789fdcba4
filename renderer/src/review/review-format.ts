import type { GroupKey, Resolution } from '../../../shared/model';
import { formatValue } from '../grid/cell-values';

/** "Thái Nguyên · Poor household rate · 2021" */
export const keyLabel = (k: GroupKey) => `${k.entity} · ${k.indicator} · ${k.period}`;

const SPREAD_SMALL = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 });
const SPREAD = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A spread (0..1+) as a percentage: small ones keep two significant digits (0.46%), the rest one decimal. */
export function formatSpread(spread: number): string {
  const pct = spread * 100;
  if (pct === 0) return '0%';
  return `${pct < 1 ? SPREAD_SMALL.format(pct) : SPREAD.format(pct)}%`;
}

/** A value with its unit, grouped for reading: "28 800 000 000 USD", "2.17 %". */
export const valueWithUnit = (v: number, unit: string) => `${formatValue(v)}${unit ? ` ${unit}` : ''}`;

/** An ISO timestamp as a local date and time, "2026-11-22 14:05". */
export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** One sentence stating a decision, for the resolved and stale banners. */
export function decisionText(r: Resolution): string {
  const why = r.rationale.trim() ? ` — rationale: ${r.rationale.trim()}` : ' — no rationale given';
  return `by ${r.decidedBy} on ${formatWhen(r.decidedAt)}: value ${valueWithUnit(r.value, r.unit)}${why}`;
}

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumSignificantDigits: 4 });
const PLAIN = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });

/** Axis ticks and interval bounds: compact for large numbers (29.5B), plain otherwise (2.165). */
export function formatBound(v: number): string {
  if (v === Infinity) return '+∞';
  if (v === -Infinity) return '−∞';
  return Math.abs(v) >= 1e6 ? COMPACT.format(v) : PLAIN.format(v);
}
