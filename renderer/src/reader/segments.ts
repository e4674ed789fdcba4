import type { Span } from '../../../shared/text/anchor';

/** How a found figure is shown: a suggestion to review, already cited by an observation, or skipped this session. */
export type FigureState = 'suggested' | 'cited' | 'skipped';

/** A run of text drawn with one style: `fig` is the index of the figure it belongs to, or -1. */
export interface Segment {
  start: number;
  end: number;
  fig: number;
  /** Inside the span a "show in source" request asked for. */
  hl: boolean;
}

/**
 * Cuts the text into runs at every figure and highlight boundary, once per change of those inputs; the reader
 * draws one element per run, so a long article with few figures stays a handful of elements. Figures must be
 * in text order; one that overlaps the previous is clipped rather than drawn twice.
 */
export function buildSegments(textLength: number, figures: readonly Span[], highlight: Span | null): Segment[] {
  const cuts = new Set<number>([0, textLength]);
  let last = 0;
  const figs: Array<Span & { i: number }> = [];
  figures.forEach((f, i) => {
    const s = Math.max(f.start, last, 0);
    const e = Math.min(f.end, textLength);
    if (e <= s) return;
    figs.push({ start: s, end: e, i });
    cuts.add(s);
    cuts.add(e);
    last = e;
  });
  const hl = highlight && highlight.end > highlight.start ? { start: Math.max(0, highlight.start), end: Math.min(textLength, highlight.end) } : null;
  if (hl) {
    cuts.add(hl.start);
    cuts.add(hl.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= textLength).sort((a, b) => a - b);
  const out: Segment[] = [];
  let k = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p];
    const end = points[p + 1];
    while (k < figs.length && figs[k].end <= start) k++;
    const fig = k < figs.length && figs[k].start <= start ? figs[k].i : -1;
    out.push({ start, end, fig, hl: !!hl && start >= hl.start && end <= hl.end });
  }
  return out;
}

/** Whether two half-open spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
