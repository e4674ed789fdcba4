import { describe, expect, it } from 'vitest';
import { chartLayout, chartSummary, MARGIN, WIDTH, type ChartBand } from '../../../renderer/src/review/interval-chart-layout';

const BANDS: ChartBand[] = [
  { n: 1, source: 'Báo A', stated: 'gần 29 tỷ USD', value: 29e9, interval: { low: 27.05e9, high: 29.5e9 }, intervalText: '27,05 – 29,5 tỷ USD' },
  { n: 2, source: 'Báo B', stated: 'dưới 30 tỷ USD', value: 30e9, interval: { low: -Infinity, high: 30.5e9 }, intervalText: 'under 30,5 tỷ USD' },
  { n: 3, source: 'Báo C', stated: '', value: null, interval: null },
];

describe('chartLayout (the plain-SVG interval chart)', () => {
  const layout = chartLayout(BANDS, 28.8e9);
  const right = WIDTH - MARGIN.right;

  it('draws a band per figure with a value, in order, inside the plot', () => {
    expect(layout.bands.map((b) => b.band.n)).toEqual([1, 2]);
    for (const b of layout.bands) {
      expect(b.x).toBeGreaterThanOrEqual(MARGIN.left);
      expect(b.x + b.width).toBeLessThanOrEqual(right + 1e-9);
    }
    expect(layout.bands[1].y).toBeGreaterThan(layout.bands[0].y);
  });

  it('runs an unbounded side to the edge and marks it, and places values and the accepted line on one scale', () => {
    const [a, b] = layout.bands;
    expect(b.openLow).toBe(true);
    expect(b.x).toBe(MARGIN.left);
    expect(a.openLow || a.openHigh).toBe(false);
    // 29 lies inside band 1, 28.8 (accepted) left of 29 and right of band 1's low end.
    expect(a.valueX!).toBeGreaterThan(a.x);
    expect(a.valueX!).toBeLessThan(a.x + a.width);
    expect(layout.accepted!.x).toBeLessThan(a.valueX!);
    expect(layout.accepted!.x).toBeGreaterThan(a.x);
  });

  it('gives round ticks in order across the plot', () => {
    const xs = layout.ticks.map((t) => t.x);
    expect(xs.length).toBeGreaterThan(2);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
    expect(layout.ticks.every((t) => Number.isInteger(t.value / 1e8))).toBe(true);
  });

  it('keeps a label that would run past the right edge inside the plot', () => {
    const long = chartLayout(
      [
        { n: 1, source: 'Báo A', stated: '20 tỷ USD', value: 20e9, interval: { low: 19.5e9, high: 20.5e9 } },
        { n: 2, source: 'A very long newspaper title that goes on', stated: 'trên 30 tỷ USD', value: 30e9, interval: { low: 29.5e9, high: Infinity } },
      ],
      null,
    );
    expect(long.bands[0].label.textAnchor).toBe('start');
    expect(long.bands[1].label.textAnchor).toBe('end');
    expect(long.bands[1].label.x).toBeLessThanOrEqual(right);
  });
});

describe('chartSummary', () => {
  it('speaks the intervals as explain-status writes them', () => {
    expect(chartSummary(BANDS, null, 'tỷ USD')).toBe(
      'Interval chart (tỷ USD): 1. Báo A, “gần 29 tỷ USD”: 27,05 – 29,5 tỷ USD (the upper end not included); 2. Báo B, “dưới 30 tỷ USD”: under 30,5 tỷ USD; 3. Báo C, “”: no value yet; no accepted value yet.',
    );
  });
});
