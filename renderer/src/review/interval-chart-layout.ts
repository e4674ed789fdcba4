import type { Interval } from '../../../shared/crosscheck';
import { niceTicks } from './nice-ticks';
import { formatBound } from './review-format';

export interface ChartBand {
  /** 1-based number of the observation in the group (the key that chooses it). */
  n: number;
  source: string;
  stated: string;
  value: number | null;
  interval: Interval | null;
  /** The interval in words as explain-status writes it ("28,75 – 30,29 tỷ USD"), for the spoken summary. */
  intervalText?: string | null;
}


/** The x-axis range: every finite bound and value, with a margin, so unbounded sides have somewhere to end. */
export function chartDomain(bands: readonly ChartBand[], accepted: number | null): [number, number] {
  const xs: number[] = [];
  for (const b of bands) {
    if (b.value !== null) xs.push(b.value);
    if (b.interval) for (const x of [b.interval.low, b.interval.high]) if (Number.isFinite(x)) xs.push(x);
  }
  if (accepted !== null) xs.push(accepted);
  if (xs.length === 0) return [0, 1];
  const min = Math.min(...xs);
  const max = Math.max(...xs);
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.05 || 1;
  return [min - pad, max + pad];
}

/** A sentence per band for screen readers (the chart itself is an image to them). */
export function chartSummary(bands: readonly ChartBand[], accepted: number | null, unit: string, format: (v: number) => string = formatBound): string {
  const parts = bands.map((b) => {
    const where = !b.interval
      ? 'no value yet'
      : b.intervalText
        ? `${b.intervalText}${Number.isFinite(b.interval.low) && Number.isFinite(b.interval.high) ? ' (the upper end not included)' : ''}`
        : `from ${formatBound(b.interval.low)} up to (not including) ${formatBound(b.interval.high)}`;
    return `${b.n}. ${b.source}, “${b.stated}”: ${where}`;
  });
  const acc = accepted === null ? 'no accepted value yet' : `accepted value ${format(accepted)}`;
  return `Interval chart${unit ? ` (${unit})` : ''}: ${parts.join('; ')}; ${acc}.`;
}

// Drawing coordinates are pixels of a chart WIDTH wide unless the caller gives its measured width.
export const WIDTH = 640;
const ROW = 46;
const BAND_HEIGHT = 18;
export const MARGIN = { top: 26, right: 24, bottom: 26, left: 28 };

/** Where a band's label starts: on the band, or ending at the plot's right edge when it would run past it. */
function labelPlacement(label: string, x: number, w: number, right: number) {
  const estimated = label.length * 6.2; // ~11px sans-serif
  if (x + estimated <= right) return { x, textAnchor: 'start' as const };
  return { x: Math.max(Math.min(x + w, right), MARGIN.left + estimated), textAnchor: 'end' as const };
}

export interface BandLayout {
  band: ChartBand;
  x: number;
  y: number;
  width: number;
  height: number;
  openLow: boolean;
  openHigh: boolean;
  /** Where the stated value sits, or null without one. */
  valueX: number | null;
  label: { text: string; x: number; textAnchor: 'start' | 'end' };
}

export interface ChartLayout {
  width: number;
  height: number;
  plotRight: number;
  axisY: number;
  ticks: { value: number; x: number }[];
  bands: BandLayout[];
  accepted: { value: number; x: number } | null;
}

/**
 * Where everything goes, in drawing coordinates: a row per figure with a value, its band clipped to the axis
 * (unbounded sides run to the edge), round ticks, the accepted value's line. Pure, so it is tested without a DOM.
 */
export function chartLayout(bands: readonly ChartBand[], accepted: number | null, width = WIDTH): ChartLayout {
  const [lo, hi] = chartDomain(bands, accepted);
  const rows = bands.filter((b) => b.interval !== null);
  const plotRight = width - MARGIN.right;
  const x = (v: number) => MARGIN.left + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (plotRight - MARGIN.left);
  const axisY = MARGIN.top + rows.length * ROW;
  return {
    width,
    height: axisY + MARGIN.bottom,
    plotRight,
    axisY,
    ticks: niceTicks(lo, hi).map((value) => ({ value, x: x(value) })),
    bands: rows.map((band, k) => {
      const iv = band.interval!;
      const openLow = !Number.isFinite(iv.low);
      const openHigh = !Number.isFinite(iv.high);
      const x0 = openLow ? MARGIN.left : x(iv.low);
      const width = Math.max((openHigh ? plotRight : x(iv.high)) - x0, 2);
      const text = `${band.source}: ${band.stated || '(no figure)'}`;
      return {
        band,
        x: x0,
        y: MARGIN.top + k * ROW + 14,
        width,
        height: BAND_HEIGHT,
        openLow,
        openHigh,
        valueX: band.value === null ? null : x(band.value),
        label: { text, ...labelPlacement(text, x0, width, plotRight) },
      };
    }),
    accepted: accepted === null ? null : { value: accepted, x: x(accepted) },
  };
}
