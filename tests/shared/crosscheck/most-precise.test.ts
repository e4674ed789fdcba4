import { describe, expect, it } from 'vitest';
import { mostPreciseFigure } from '../../../shared/crosscheck/most-precise';

describe('mostPreciseFigure', () => {
  it('takes the narrowest interval', () => {
    expect(mostPreciseFigure([{ interval: { low: 27.05, high: 29.5 } }, { interval: { low: 28.75, high: 30.29 } }])).toBe(1);
  });
  it('prefers the first of equal widths, skips drafts and ranks unbounded intervals last', () => {
    expect(mostPreciseFigure([{ interval: null }, { interval: { low: -Infinity, high: 3 } }, { interval: { low: 1, high: 2 } }, { interval: { low: 5, high: 6 } }])).toBe(2);
    expect(mostPreciseFigure([{ interval: { low: -Infinity, high: 3 } }])).toBe(0);
    expect(mostPreciseFigure([{ interval: null }])).toBe(-1);
  });
});
