import type { CatalogueIndex, CatalogueMatch } from '../catalogue/catalogue-index';
import type { PeriodCue } from '../periods/period-cues';
import type { ExtractOptions, FoundFigure } from './found-figure';
import { suggestIndicator } from './suggest-indicator';
import { type TableCell, tableCellAt } from './table-header';
import { type Bounds, sentenceBounds } from './text-bounds';
import { partitionPoint } from '../search/partition-point';

/** A found figure with its span in the composed text the readers work on (its own start/end are the input's). */
export interface PlacedFigure {
  fig: FoundFigure;
  start: number;
  end: number;
}

/** How far into an article its opening runs: the headline, a byline and the first paragraph. */
const OPENING = 600;
/** A headline is the text's first line, when it is this short. */
const HEADLINE_MAX = 200;
/** Kinds of period an article's opening states for its headline; a byline's date is not one. */
const OPENING_KINDS = new Set(['year', 'half', 'quarter', 'months']);
const DIGIT = /\d/;

/**
 * Fills, in place, what a curator would otherwise type for each figure: the column header's period and the
 * row/column context of a table cell, a headline figure's period from the article's opening, and — with a
 * catalogue — the entity and the indicator (suggest-indicator.ts).
 */
export function suggestKeys(text: string, placed: readonly PlacedFigure[], cues: readonly PeriodCue[], opts: ExtractOptions): void {
  const headlineEnd = headlineLength(text);
  const cells: (TableCell | null)[] = placed.map((p) => {
    const cell = tableCellAt(text, p.start, opts.lang, opts.published);
    if (cell) {
      p.fig.context = cell.header ? `${cell.rowLabel} · ${cell.header}` : cell.rowLabel;
      if (cell.period) p.fig.period = periodOf(cell.period);
    }
    return cell;
  });
  const opening = openingPeriod(cues, headlineEnd);
  for (const p of placed) if (p.end <= headlineEnd && !p.fig.period && opening) p.fig.period = opening;

  const catalogue = opts.catalogue;
  if (!catalogue) return;
  const all = catalogue.find(text);
  const entities = all.filter((m) => m.kind === 'entity');
  const indicators = all.filter((m) => m.kind === 'indicator');
  const main = mainEntity(catalogue, opts.title, entities);
  // An alias standing in a figure's own words (its unit noun) belongs to that figure.
  const owner = (m: CatalogueMatch) => {
    const i = lastStartingBefore(placed, m.end);
    return i >= 0 && placed[i].end > m.start ? i : -1;
  };

  placed.forEach((p, i) => {
    const cell = cells[i];
    const sentence: Bounds = sentenceBounds(text, p.start, p.end);
    const prev = placed[i - 1];
    const next = placed[i + 1];
    const prevEnd = prev && prev.end > sentence.start ? prev.end : sentence.start;
    const nextStart = next ? next.start : text.length;
    const inOther = (m: CatalogueMatch) => {
      const o = owner(m);
      return o >= 0 && o !== i;
    };
    p.fig.entity = suggestEntity(entities, sentence, p.start) ?? main;
    const digitsAt = firstDigit(text, p.start, p.end);
    if (cell) {
      // A cell's indicator is named by its row label, else by its column header.
      const inLabel = within(indicators, cell.labelStart, cell.labelEnd);
      const inHeader = within(indicators, cell.headerStart, cell.headerEnd);
      const scope = (b: Bounds) => ({ figure: { start: p.start, end: p.end }, digitsAt, unit: p.fig.unit, sentence: b, prevEnd: b.start, nextStart: b.end });
      const label = { start: cell.labelStart, end: cell.labelEnd };
      const header = { start: cell.headerStart, end: cell.headerEnd };
      p.fig.indicator =
        suggestIndicator(text, { ...scope(label), figure: { start: label.end, end: label.end } }, inLabel, inOther, catalogue) ??
        suggestIndicator(text, { ...scope(header), figure: { start: header.end, end: header.end } }, inHeader, inOther, catalogue);
      return;
    }
    p.fig.indicator = suggestIndicator(
      text,
      { figure: { start: p.start, end: p.end }, digitsAt, unit: p.fig.unit, sentence, prevEnd, nextStart },
      within(indicators, sentence.start, sentence.end),
      inOther,
      catalogue,
    );
  });
}

/** The catalogue entity nearest before the figure in its sentence, else the first one the sentence names. */
function suggestEntity(entities: readonly CatalogueMatch[], sentence: Bounds, figStart: number): string | null {
  const inSentence = within(entities, sentence.start, sentence.end);
  let best: CatalogueMatch | undefined;
  for (const m of inSentence) if (m.end <= figStart) best = m;
  return (best ?? inSentence[0])?.name ?? null;
}

/** The article's main entity: the first one its headline names, else the first one its opening names. */
function mainEntity(catalogue: CatalogueIndex, title: string | undefined, entities: readonly CatalogueMatch[]): string | null {
  const inTitle = title ? catalogue.find(title).find((m) => m.kind === 'entity') : undefined;
  if (inTitle) return inTitle.name;
  const first = entities[0];
  return first && first.start < OPENING ? first.name : null;
}

/** Length of the headline: the text's first line when it is short and not a sentence of the body. */
function headlineLength(text: string): number {
  const nl = text.indexOf('\n');
  const end = nl < 0 ? text.length : nl;
  return end <= HEADLINE_MAX && nl >= 0 ? end : 0;
}

/** The first year, half, quarter or months the article's opening states after its headline. */
function openingPeriod(cues: readonly PeriodCue[], headlineEnd: number): FoundFigure['period'] | undefined {
  if (headlineEnd === 0) return undefined;
  for (const c of cues) {
    if (c.start >= headlineEnd + OPENING) break;
    if (c.start >= headlineEnd && !c.base && c.period && OPENING_KINDS.has(c.period.kind)) return periodOf(c.period);
  }
  return undefined;
}

function periodOf(p: NonNullable<PeriodCue['period']>): FoundFigure['period'] {
  return { code: p.code, kind: p.kind, start: p.start, end: p.end };
}

function firstDigit(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (DIGIT.test(text[i])) return i;
  return from;
}

/** Matches lying wholly in [from, to), by binary search over matches in text order. */
function within(matches: readonly CatalogueMatch[], from: number, to: number): CatalogueMatch[] {
  const lo = partitionPoint(matches, (m) => m.start < from);
  const out: CatalogueMatch[] = [];
  for (let i = lo; i < matches.length && matches[i].start < to; i++) if (matches[i].end <= to) out.push(matches[i]);
  return out;
}

/** Index of the last figure starting before `at` (figures in text order), or -1. */
function lastStartingBefore(placed: readonly PlacedFigure[], at: number): number {
  return partitionPoint(placed, (f) => f.start < at) - 1;
}
