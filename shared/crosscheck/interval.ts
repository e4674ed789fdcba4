import type { Qualifier } from '../model/vocab';

/** The true values a figure may stand for: always closed at low and open at high, [low, high). */
export interface Interval {
  low: number; // -Infinity when unbounded below
  high: number; // +Infinity when unbounded above
}

/**
 * Decimal places a bound is rounded to: three more than the half-unit's first digit, so rounding moves a bound by
 * at most about h/1000 while wiping out floating-point noise (2.17 − 0.005 = 2.1649999999999996 → 2.165). Rounding
 * relative to h, not to the value, matters for large figures typed by hand: 1030000000000000 has h = 0.5, and
 * rounding to 12 significant digits would collapse its interval to nothing.
 */
export function boundDecimals(halfUnit: number): number {
  if (!(halfUnit > 0) || !Number.isFinite(halfUnit)) return 0;
  return Math.min(100, Math.max(0, 3 - Math.floor(Math.log10(halfUnit))));
}

/**
 * A bound rounded to `decimals` places (boundDecimals), so that touching intervals touch exactly, not overlap by a
 * floating-point hair. Rounding at one number of places is monotonic: tidy(max(lows)) = max(tidy(lows)), so hot
 * loops may take raw bounds and tidy only a group's extremes.
 */
export const tidyBound = (x: number, decimals: number) => (Number.isFinite(x) ? Number(x.toFixed(decimals)) : x);

/**
 * lowest < highest after both are tidied at the decimals of the smallest half-unit involved: the meeting test of
 * half-open intervals (touching is not meeting). The rounding (a string round trip) runs only for near ties.
 */
export function belowAfterTidy(lowest: number, highest: number, minHalfUnit: number): boolean {
  if (!Number.isFinite(lowest) || !Number.isFinite(highest)) return lowest < highest;
  const d = boundDecimals(minHalfUnit);
  const grid = 10 ** -d;
  const diff = highest - lowest;
  if (diff > grid) return true;
  if (diff < -grid) return false;
  return tidyBound(lowest, d) < tidyBound(highest, d);
}

/*
 * domain.md, Cross-checking (the qualifier table, lines 86-93) gives each interval for a positive v. A hedge on a
 * negative figure applies to its size (domain.md is silent; decided in issue 14): "giảm gần 5%" (v = −5, nearly) is
 * a fall of nearly 5, between −5 − h and −4.75 + h, not "just below −5"; "giảm hơn 5%" is a fall of more than 5, on
 * the −5 side. So a negative figure's interval is its size's interval mirrored through zero.
 */

/** Lower bound before tidying; -Infinity when unbounded below (under/atMost, or atLeast on a negative size). */
export function intervalLow(v: number, h: number, q: Qualifier, t: number): number {
  return v < 0 ? -sizeHigh(-v, h, q, t) : sizeLow(v, h, q, t);
}

/** Upper bound (excluded) before tidying; +Infinity when unbounded above. */
export function intervalHigh(v: number, h: number, q: Qualifier, t: number): number {
  return v < 0 ? -sizeLow(-v, h, q, t) : sizeHigh(v, h, q, t);
}

/** The table's lower bound for a size s ≥ 0. */
function sizeLow(s: number, h: number, q: Qualifier, t: number): number {
  switch (q) {
    case 'exact':
    case 'over':
    case 'atLeast':
      return s - h;
    case 'approx':
    case 'nearly':
      return s - s * t - h;
    case 'under':
    case 'atMost':
      return -Infinity;
  }
}

/** The table's upper bound for a size s ≥ 0. */
function sizeHigh(s: number, h: number, q: Qualifier, t: number): number {
  switch (q) {
    case 'exact':
    case 'nearly':
    case 'under':
    case 'atMost':
      return s + h;
    case 'approx':
    case 'over':
      return s + s * t + h;
    case 'atLeast':
      return Infinity;
  }
}

/** The interval of a figure with value v, half-unit h, qualifier q under tolerance t; bounds tidied. */
export function figureInterval(value: number, halfUnit: number, qualifier: Qualifier, tolerance: number): Interval {
  const d = boundDecimals(halfUnit);
  return {
    low: tidyBound(intervalLow(value, halfUnit, qualifier, tolerance), d),
    high: tidyBound(intervalHigh(value, halfUnit, qualifier, tolerance), d),
  };
}

/**
 * Half-open intervals share a value only when the greatest low is below the least high: touching is not meeting.
 * Expects tidied bounds, as figureInterval gives.
 */
export function intervalsMeet(intervals: readonly Interval[]): boolean {
  let maxLow = -Infinity;
  let minHigh = Infinity;
  for (const i of intervals) {
    if (i.low > maxLow) maxLow = i.low;
    if (i.high < minHigh) minHigh = i.high;
  }
  return maxLow < minHigh;
}
