import type { Interval } from './interval';

/**
 * The figure a group can rest on when its figures are compatible: the one with the narrowest interval (the most
 * precise wording, e.g. `trên 28,8 tỷ` over `gần 29 tỷ`); ties go to the first. Index into `figures`, or -1 when
 * none has a value. Unbounded intervals are the widest of all.
 */
export function mostPreciseFigure(figures: readonly { interval: Interval | null }[]): number {
  let best = -1;
  let bestWidth = Infinity;
  figures.forEach((f, i) => {
    if (!f.interval) return;
    const width = f.interval.high - f.interval.low;
    if (best < 0 || width < bestWidth) {
      best = i;
      bestWidth = width;
    }
  });
  return best;
}
