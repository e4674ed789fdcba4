import type { Qualifier } from '../model/vocab';

/** The true values a figure may stand for: always closed at low and open at high, [low, high). */
export interface Interval {
  low: number; // -Infinity when unbounded below
  high: number; // +Infinity when unbounded above
}

/**
 * Bounds are rounded to 12 significant digits so that 2.16 + 0.005 and 2.17 − 0.005 are the same number:
 * touching intervals must touch exactly, not overlap by a floating-point hair. Rounding is monotonic, so
 * tidy(max(lows)) = max(tidy(lows)): hot loops may take raw bounds and tidy only the group's extremes.
 */
export const tidyBound = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);

/*
 * domain.md, Cross-checking. Tolerance is applied to |v| so that hedges keep their direction on the number line
 * for negative values too: "nearly −2" lies just below −2 ([−2.1 − h, −2 + h)), "over −2" just above. The page's
 * literal v(1 − t) would give an empty interval for v < 0; our reading is stated in the closing note of issue 4.
 */

/** Lower bound before tidying; -Infinity for under/atMost. */
export function intervalLow(v: number, h: number, q: Qualifier, t: number): number {
  switch (q) {
    case 'exact':
    case 'over':
    case 'atLeast':
      return v - h;
    case 'approx':
    case 'nearly':
      return v - Math.abs(v) * t - h;
    case 'under':
    case 'atMost':
      return -Infinity;
  }
}

/** Upper bound (excluded) before tidying; +Infinity for atLeast. */
export function intervalHigh(v: number, h: number, q: Qualifier, t: number): number {
  switch (q) {
    case 'exact':
    case 'nearly':
    case 'under':
    case 'atMost':
      return v + h;
    case 'approx':
    case 'over':
      return v + Math.abs(v) * t + h;
    case 'atLeast':
      return Infinity;
  }
}

/** The interval of a figure with value v, half-unit h, qualifier q under tolerance t; bounds tidied. */
export function figureInterval(value: number, halfUnit: number, qualifier: Qualifier, tolerance: number): Interval {
  return {
    low: tidyBound(intervalLow(value, halfUnit, qualifier, tolerance)),
    high: tidyBound(intervalHigh(value, halfUnit, qualifier, tolerance)),
  };
}

/** Half-open intervals share a value only when the greatest low is below the least high: touching is not meeting. */
export function intervalsMeet(intervals: readonly Interval[]): boolean {
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (const i of intervals) {
    if (i.low > maxLow) maxLow = i.low;
    if (i.high < minHigh) minHigh = i.high;
  }
  return tidyBound(maxLow) < tidyBound(minHigh);
}
