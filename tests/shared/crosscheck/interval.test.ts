import { describe, expect, it } from 'vitest';
import { figureInterval, intervalsMeet, tidyBound } from '../../../shared/crosscheck';

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

describe('figureInterval with negative values keeps every interval non-empty and hedges on the number line', () => {
  it('exact −2.5 is [−2.55, −2.45)', () => {
    expect(figureInterval(-2.5, 0.05, 'exact', T)).toEqual({ low: -2.55, high: -2.45 });
  });
  it('approx −2 widens by the tolerance of |v| on both sides', () => {
    expect(figureInterval(-2, 0.5, 'approx', T)).toEqual({ low: -2.6, high: -1.4 });
  });
  it('nearly −2 lies just below −2, over −2 just above', () => {
    expect(figureInterval(-2, 0.05, 'nearly', T)).toEqual({ low: -2.15, high: -1.95 });
    expect(figureInterval(-2, 0.05, 'over', T)).toEqual({ low: -2.05, high: -1.85 });
  });
  it('under −2 and atLeast −2 keep their open side', () => {
    expect(figureInterval(-2, 0.05, 'under', T)).toEqual({ low: -Infinity, high: -1.95 });
    expect(figureInterval(-2, 0.05, 'atLeast', T)).toEqual({ low: -2.05, high: Infinity });
  });
  it('every qualifier gives low < high for negative, zero and positive values', () => {
    for (const v of [-1234.5, -0.01, 0, 0.01, 7, 29e9]) {
      for (const q of ['exact', 'approx', 'nearly', 'over', 'under', 'atLeast', 'atMost'] as const) {
        const i = figureInterval(v, 0.005, q, T);
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
  it('raw bounds a floating-point hair apart still touch after tidying', () => {
    expect(2.16 + 0.005).not.toBe(2.17 - 0.005);
    expect(intervalsMeet([{ low: -Infinity, high: 2.16 + 0.005 }, { low: 2.17 - 0.005, high: Infinity }])).toBe(false);
    expect(tidyBound(2.16 + 0.005)).toBe(tidyBound(2.17 - 0.005));
  });
});
