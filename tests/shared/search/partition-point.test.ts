import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../../shared/search/partition-point';

describe('partitionPoint: the first index where the predicate stops holding', () => {
  it('finds the first item starting at or after a position', () => {
    const starts = [0, 4, 4, 9, 15];
    expect(partitionPoint(starts, (s) => s < 4)).toBe(1);
    expect(partitionPoint(starts, (s) => s < 5)).toBe(3);
    expect(partitionPoint(starts, (s) => s <= 4)).toBe(3);
  });
  it('is 0 when no item comes before and the length when every item does', () => {
    expect(partitionPoint([3, 5], (s) => s < 0)).toBe(0);
    expect(partitionPoint([3, 5], (s) => s < 99)).toBe(2);
    expect(partitionPoint([], () => true)).toBe(0);
  });
  it('agrees with a linear scan on every cut of random sorted lists, typed arrays included', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) % 50);
    for (let n = 0; n < 40; n++) {
      const xs = Int32Array.from({ length: n }, rnd).sort();
      for (let at = -1; at <= 51; at++) {
        const linear = xs.findIndex((x) => !(x < at));
        expect(partitionPoint(xs, (x) => x < at), `n ${n} at ${at}`).toBe(linear < 0 ? n : linear);
      }
    }
  });
});
