import type { Language } from '../model/vocab';

/** Separators as a reader of each language writes them (domain.md, Numbers as written). */
const SEPARATORS: Record<Language, { thousands: string; decimal: string }> = {
  vi: { thousands: '.', decimal: ',' },
  en: { thousands: ',', decimal: '.' },
};

/** The most decimals a figure is printed with when fewer cannot show it exactly. */
export const MAX_PLAIN_DECIMALS = 4;

/**
 * x with exactly `decimals` places, trailing zeros dropped, thousands grouped, in the language's separators and
 * with a true minus sign: formatNumber(3985.5, 'vi', 2) = "3.985,5", formatNumber(-2.5, 'en', 1) = "−2.5".
 */
export function formatNumber(x: number, lang: Language, decimals: number): string {
  if (!Number.isFinite(x)) return x > 0 ? '+∞' : x < 0 ? '−∞' : 'NaN';
  const fixed = Math.abs(x).toFixed(Math.min(100, Math.max(0, decimals)));
  // toFixed writes numbers from 1e21 up in exponent form: keep them as JavaScript writes them.
  if (/e/i.test(fixed)) return (x < 0 ? '−' : '') + fixed;
  const [whole, fraction = ''] = fixed.split('.');
  const trimmed = fraction.replace(/0+$/, '');
  const { thousands, decimal } = SEPARATORS[lang];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, thousands);
  const body = trimmed ? `${grouped}${decimal}${trimmed}` : grouped;
  return body === '0' || x >= 0 ? body : `−${body}`;
}

/**
 * The fewest decimals (up to `max`) that write x exactly, within floating-point noise: 28.75 → 2, 27.049999999999997
 * → 2, 1/3 → max.
 */
export function decimalsNeeded(x: number, max = MAX_PLAIN_DECIMALS): number {
  if (!Number.isFinite(x)) return 0;
  const noise = 1e-9 * Math.max(1, Math.abs(x));
  for (let d = 0; d < max; d++) if (Math.abs(Number(x.toFixed(d)) - x) <= noise) return d;
  return max;
}

/** x with the fewest decimals that write it exactly (at most `max`): formatShortest(28.75, 'vi') = "28,75". */
export const formatShortest = (x: number, lang: Language, max = MAX_PLAIN_DECIMALS) => formatNumber(x, lang, decimalsNeeded(x, max));

/**
 * Two ends of a range, each with the fewest decimals that write it exactly, then more (for both) until the two
 * texts differ: a reader must never see "30,5 – 30,5" for a range that is not one number.
 */
export function formatRangeEnds(low: number, high: number, lang: Language): [string, string] {
  let a = formatShortest(low, lang);
  let b = formatShortest(high, lang);
  for (let d = Math.max(decimalsNeeded(low), decimalsNeeded(high)) + 1; a === b && low !== high && d <= 20; d++) {
    a = formatNumber(low, lang, d);
    b = formatNumber(high, lang, d);
  }
  return [a, b];
}
