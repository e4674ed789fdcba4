import type { CatalogueIndex, CatalogueMatch } from '../catalogue/catalogue-index';
import type { PeriodCue } from '../periods/period-cues';
import type { ExtractOptions, FoundFigure } from './found-figure';
import { type IndicatorPick, suggestIndicator } from './suggest-indicator';
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

/**
 * Fills, in place, what a curator would otherwise type for each figure: the column header's period and the
 * row/column context of a table cell, a headline figure's period from the article's opening, and — with a
 * catalogue — the entity and the indicator (suggest-indicator.ts).
 */
export function suggestKeys(text: string, placed: readonly PlacedFigure[], cues: readonly PeriodCue[], opts: ExtractOptions): void {
  const headlineEnd = headlineLength(text);
  const hasTables = text.includes('\t'); // tables arrive as tab-separated rows (html-text.ts)
  const cells: (TableCell | null)[] = placed.map((p) => {
    const cell = hasTables ? tableCellAt(text, p.start, opts.lang, opts.published) : null;
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

  let sentence: Bounds = { start: -1, end: -1 };
  let sentenceEntities: CatalogueMatch[] = [];
  let sentenceIndicators: CatalogueMatch[] = [];
  let current = -1;
  // Aliases that named a figure directly, with that figure's entity: looking further back, a later figure takes one
  // again only for another entity (the same indicator compared across places).
  const claimed = new Map<CatalogueMatch, string | null>();
  const taken = (m: CatalogueMatch) => claimed.has(m) && claimed.get(m) === placed[current].fig.entity;
  const note = (pick: IndicatorPick | null) => {
    if (pick?.direct && !claimed.has(pick.alias)) claimed.set(pick.alias, placed[current].fig.entity);
    return pick?.name ?? null;
  };
  const inOther = (m: CatalogueMatch) => {
    const o = owner(m);
    return o >= 0 && o !== current;
  };
  placed.forEach((p, i) => {
    current = i;
    const cell = cells[i];
    // Figures of one sentence share its bounds and its names: found once.
    if (!(p.start >= sentence.start && p.end <= sentence.end)) {
      sentence = sentenceBounds(text, p.start, p.end);
      sentenceEntities = within(entities, sentence.start, sentence.end).filter((m) => !isComparisonBase(text, m.start, sentence.start));
      sentenceIndicators = within(indicators, sentence.start, sentence.end);
    }
    const prev = placed[i - 1];
    const next = placed[i + 1];
    const prevEnd = prev && prev.end > sentence.start ? prev.end : sentence.start;
    const nextStart = next ? next.start : text.length;
    p.fig.entity = suggestEntity(sentenceEntities, clauseStartOf(text, p.start, sentence.start), p.start) ?? main;
    if (cell) {
      // A cell's indicator is named by its row label, else by its column header: each read as a clause ending there.
      const named = (from: number, to: number) =>
        suggestIndicator(
          text,
          { figure: { start: to, end: to }, digitsAt: to, unit: p.fig.unit, sentence: { start: from, end: to }, prevEnd: from, nextStart: to },
          within(indicators, from, to),
          inOther,
          catalogue,
        )?.name ?? null;
      p.fig.indicator = named(cell.labelStart, cell.labelEnd) ?? named(cell.headerStart, cell.headerEnd);
      return;
    }
    const digitsAt = firstDigit(text, p.start, p.end);
    p.fig.indicator = note(
      suggestIndicator(
        text,
        { figure: { start: p.start, end: p.end }, digitsAt, unit: p.fig.unit, sentence, prevEnd, nextStart },
        sentenceIndicators,
        inOther,
        catalogue,
        taken,
      ),
    );
  });
}

/**
 * Words that make what follows a base of comparison or the scope of a rank: "cao hơn bình quân chung cả nước", "gấp 2
 * lần … cả nước", "so cùng kỳ", "compared with Hanoi", "đứng thứ 4 cả nước", "thứ 2 vùng Thủ đô".
 */
const COMPARED =
  /(?:^|[^\p{L}])(?:so|so\s+với|so\s+sánh\s+với|gấp|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn|compared\s+(?:with|to)|than|against|thứ\s+\d+(?:\/\d+)?|đứng\s+đầu|dẫn\s+đầu)(?:\s+[\p{L}\p{N}]+){0,6}\s+$/iu;
const COMPARED_REACH = 60;

/** An entity named as what a figure is compared with, or as a rank's scope, is not what the figure is about. */
function isComparisonBase(text: string, at: number, floor: number): boolean {
  return COMPARED.test(text.slice(Math.max(floor, at - COMPARED_REACH), at));
}

/**
 * The catalogue entity nearest before the figure in its clause (a ";" parts clauses with subjects of their own),
 * else the first one its sentence names (the sentence's subject).
 */
function suggestEntity(inSentence: readonly CatalogueMatch[], clauseStart: number, figStart: number): string | null {
  let best: CatalogueMatch | undefined;
  for (const m of inSentence) if (m.end <= figStart && m.start >= clauseStart) best = m;
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

/** Start of the clause holding offset `at`: just after the last ";" since the sentence began. */
function clauseStartOf(text: string, at: number, sentenceStart: number): number {
  let i = at;
  while (i > sentenceStart && text.charCodeAt(i - 1) !== 59) i--;
  return i;
}

function firstDigit(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return i;
  }
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
