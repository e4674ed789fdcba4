import type { Qualifier } from '../model/vocab';

/** The true values a figure may stand for: always closed at low and open at high, [low, high). */
export interface Interval {
  low: number; // -Infinity when unbounded below
  high: number; // +Infinity when unbounded above
}

// Bounds are rounded to 12 significant digits so that 2.16 + 0.005 and 2.17 − 0.005 are the same number:
// touching intervals must touch exactly, not overlap by a floating-point hair.
const tidy = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);

/**
 * domain.md, Cross-checking. Tolerance is applied to |v| so that hedges keep their direction for negative values
 * (a fall of "nearly −2%" still lies just above −2 in magnitude terms: our reading, stated in the closing note).
 */
export function figureInterval(value: number, halfUnit: number, qualifier: Qualifier, tolerance: number): Interval {
  const v = value;
  const h = halfUnit;
  const tv = Math.abs(v) * tolerance;
  switch (qualifier) {
    case 'exact':
      return { low: tidy(v - h), high: tidy(v + h) };
    case 'approx':
      return { low: tidy(v - tv - h), high: tidy(v + tv + h) };
    case 'nearly':
      return { low: tidy(v - tv - h), high: tidy(v + h) };
    case 'over':
      return { low: tidy(v - h), high: tidy(v + tv + h) };
    case 'under':
    case 'atMost':
      return { low: -Infinity, high: tidy(v + h) };
    case 'atLeast':
      return { low: tidy(v - h), high: Infinity };
  }
}

/** Half-open intervals share a value only when the greatest low is below the least high: touching is not meeting. */
export function intervalsMeet(intervals: readonly Interval[]): boolean {
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (const i of intervals) {
    if (i.low > maxLow) maxLow = i.low;
    if (i.high < minHigh) minHigh = i.high;
  }
  return maxLow < minHigh;
}
