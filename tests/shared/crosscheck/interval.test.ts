import { describe, expect, it } from 'vitest';
import { belowAfterTidy, boundDecimals, figureInterval, halfUnitOfValue, intervalsMeet, tidyBound } from '../../../shared/crosscheck';

const T = 0.05;

describe('figureInterval: one interval per qualifier (domain.md table), half-open [low, high)', () => {
  it('exact is the value give or take half a unit of the last digit written', () => {
    expect(figureInterval(28.8e9, 0.05e9, 'exact', T)).toEqual({ low: 28.75e9, high: 28.85e9 });
  });
  it('approx widens both sides by the tolerance, then by the half-unit', () => {
    expect(figureInterval(100, 0.5, 'approx', T)).toEqual({ low: 94.5, high: 105.5 });
  });
  it('nearly reaches down by the tolerance and up only by the half-unit', () => {
    expect(figureInterval(29e9, 0.5e9, 'nearly', T)).toEqual({ low: 27.05e9, high: 29.5e9 });
  });
  it('over reaches up by the tolerance and down only by the half-unit', () => {
    expect(figureInterval(28.8e9, 0.05e9, 'over', T)).toEqual({ low: 28.75e9, high: 30.29e9 });
  });
  it('under and atMost are unbounded below', () => {
    expect(figureInterval(100, 0.5, 'under', T)).toEqual({ low: -Infinity, high: 100.5 });
    expect(figureInterval(100, 0.5, 'atMost', T)).toEqual({ low: -Infinity, high: 100.5 });
  });
  it('atLeast is unbounded above', () => {
    expect(figureInterval(100, 0.5, 'atLeast', T)).toEqual({ low: 99.5, high: Infinity });
  });
  it('a tolerance of 0 leaves hedged figures with only their rounding', () => {
    expect(figureInterval(100, 0.5, 'approx', 0)).toEqual({ low: 99.5, high: 100.5 });
    expect(figureInterval(100, 0.5, 'nearly', 0)).toEqual({ low: 99.5, high: 100.5 });
  });
});

describe('figureInterval with negative values: a hedge applies to the size (issue 14; domain.md is silent)', () => {
  it('exact −2.5 is [−2.55, −2.45)', () => {
    expect(figureInterval(-2.5, 0.05, 'exact', T)).toEqual({ low: -2.55, high: -2.45 });
  });
  it('approx −2 widens by the tolerance of |v| on both sides', () => {
    expect(figureInterval(-2, 0.5, 'approx', T)).toEqual({ low: -2.6, high: -1.4 });
  });
  it('"giảm gần 5%" (−5, nearly) is a fall of nearly 5: between −5 and −4.75, widened by h', () => {
    expect(figureInterval(-5, 0.05, 'nearly', T)).toEqual({ low: -5.05, high: -4.7 }); // "giảm gần 5,0%"
    expect(figureInterval(-5, 0.5, 'nearly', T)).toEqual({ low: -5.5, high: -4.25 });
  });
  it('"giảm hơn 5%" (−5, over) is a fall of more than 5: on the −5 side', () => {
    expect(figureInterval(-5, 0.05, 'over', T)).toEqual({ low: -5.3, high: -4.95 });
    expect(figureInterval(-5, 0.5, 'over', T)).toEqual({ low: -5.75, high: -4.5 });
  });
  it('a fall of less than / at most 5 is unbounded towards zero and beyond, bounded on the −5 side', () => {
    expect(figureInterval(-5, 0.5, 'under', T)).toEqual({ low: -5.5, high: Infinity });
    expect(figureInterval(-5, 0.5, 'atMost', T)).toEqual({ low: -5.5, high: Infinity });
  });
  it('a fall of at least 5 is unbounded below', () => {
    expect(figureInterval(-5, 0.5, 'atLeast', T)).toEqual({ low: -Infinity, high: -4.5 });
  });
  it('every qualifier on −v is the mirror of the same qualifier on v', () => {
    for (const v of [0.01, 2, 5, 1234.5, 29e9]) {
      for (const q of ['exact', 'approx', 'nearly', 'over', 'under', 'atLeast', 'atMost'] as const) {
        const pos = figureInterval(v, halfUnitOfValue(v), q, T);
        const neg = figureInterval(-v, halfUnitOfValue(v), q, T);
        expect(neg, `${q} ${v}`).toEqual({ low: -pos.high, high: -pos.low });
      }
    }
  });
  it('every qualifier gives low < high for negative, zero and positive values', () => {
    for (const v of [-1234.5, -0.01, 0, 0.01, 7, 29e9, 1030000000000000]) {
      for (const q of ['exact', 'approx', 'nearly', 'over', 'under', 'atLeast', 'atMost'] as const) {
        const i = figureInterval(v, halfUnitOfValue(v), q, T);
        expect(i.low, `${q} ${v}`).toBeLessThan(i.high);
        expect(i.low <= v && v < i.high, `${q} ${v} contains its value`).toBe(true);
      }
    }
  });
});

describe('intervalsMeet: touching is not meeting', () => {
  it('2,16% and 2,17% touch at 2.165 and do not meet', () => {
    const a = figureInterval(2.16, 0.005, 'exact', T);
    const b = figureInterval(2.17, 0.005, 'exact', T);
    expect(a.high).toBe(b.low);
    expect(intervalsMeet([a, b])).toBe(false);
  });
  it('overlapping intervals meet, and so does a single one', () => {
    expect(intervalsMeet([{ low: 0, high: 2 }, { low: 1, high: 3 }])).toBe(true);
    expect(intervalsMeet([{ low: 0, high: 2 }])).toBe(true);
  });
  it('three intervals meet only if one value lies in all of them', () => {
    expect(intervalsMeet([{ low: 0, high: 2 }, { low: 1, high: 3 }, { low: 2, high: 4 }])).toBe(false);
    expect(intervalsMeet([{ low: 0, high: 2.5 }, { low: 1, high: 3 }, { low: 2, high: 4 }])).toBe(true);
  });
  it('bounds a floating-point hair apart in raw arithmetic still touch: 1,04% against 1,05%', () => {
    expect(1.04 + 0.005).not.toBe(1.05 - 0.005);
    const a = figureInterval(1.04, 0.005, 'exact', T);
    const b = figureInterval(1.05, 0.005, 'exact', T);
    expect(a.high).toBe(b.low);
    expect(intervalsMeet([a, b])).toBe(false);
  });
  it('16 tỷ and 16,1 tỷ (h = 0.05e9) touch exactly although 16.1e9 − 0.05e9 is 16050000000.000002', () => {
    const a = figureInterval(16e9, 0.05e9, 'exact', T);
    const b = figureInterval(16.1e9, 0.05e9, 'exact', T);
    expect(intervalsMeet([a, b])).toBe(false);
  });
  it('belowAfterTidy decides near ties after rounding, far apart bounds directly', () => {
    expect(belowAfterTidy(1.05 - 0.005, 1.04 + 0.005, 0.005)).toBe(false);
    expect(belowAfterTidy(1.0449, 1.045, 0.005)).toBe(true);
    expect(belowAfterTidy(-Infinity, 3, 0.5)).toBe(true);
  });
});

describe('rounding of bounds is relative to the half-unit, not the value', () => {
  it('keeps three decimals more than the half-unit', () => {
    expect(boundDecimals(0.005)).toBe(6);
    expect(boundDecimals(0.5)).toBe(4);
    expect(boundDecimals(0.5e9)).toBe(0);
    expect(tidyBound(2.1649999999999996, 6)).toBe(2.165);
  });
  it('a large figure typed by hand (1030000000000000, h = 0.5) keeps a non-empty interval', () => {
    expect(figureInterval(1030000000000000, 0.5, 'exact', T)).toEqual({ low: 1029999999999999.5, high: 1030000000000000.5 });
  });
});
