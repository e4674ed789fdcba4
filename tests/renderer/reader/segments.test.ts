import { describe, expect, it } from 'vitest';
import { buildSegments } from '../../../renderer/src/reader/segments';

describe('buildSegments', () => {
  it('covers the whole text once, cutting at figures', () => {
    const segs = buildSegments(20, [{ start: 2, end: 5 }, { start: 10, end: 12 }], null);
    expect(segs.map((s) => [s.start, s.end, s.fig])).toEqual([
      [0, 2, -1],
      [2, 5, 0],
      [5, 10, -1],
      [10, 12, 1],
      [12, 20, -1],
    ]);
  });

  it('marks the runs inside a highlight, splitting a figure it cuts through', () => {
    const segs = buildSegments(10, [{ start: 2, end: 6 }], { start: 4, end: 8 });
    expect(segs.map((s) => [s.start, s.end, s.fig, s.hl])).toEqual([
      [0, 2, -1, false],
      [2, 4, 0, false],
      [4, 6, 0, true],
      [6, 8, -1, true],
      [8, 10, -1, false],
    ]);
  });

  it('clips an overlapping figure and ignores spans outside the text', () => {
    const segs = buildSegments(8, [{ start: 1, end: 4 }, { start: 3, end: 6 }, { start: 9, end: 12 }], { start: 6, end: 30 });
    expect(segs.map((s) => [s.start, s.end, s.fig, s.hl])).toEqual([
      [0, 1, -1, false],
      [1, 4, 0, false],
      [4, 6, 1, false],
      [6, 8, -1, true],
    ]);
  });

  it('gives an empty text no runs', () => {
    expect(buildSegments(0, [], null)).toEqual([]);
  });
});
