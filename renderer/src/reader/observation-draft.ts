import type { Input } from '../../../shared/api/contract';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import type { Observation } from '../../../shared/model';
import type { ParsedFigure } from '../../../shared/numbers/figure';
import { makeAnchor, type Span } from '../../../shared/text/anchor';
import { overlaps, type FigureState } from './segments';

export type DraftFields = Input<'observations-create'>['fields'];

/** What a new observation borrows from the dataset: the names already in use. */
export interface DraftContext {
  sourceId: string;
  text: string;
  /** Observations citing this source (their entity guesses the new one's when the catalogue names none). */
  sameSource: readonly Observation[];
}

/**
 * The entity most observations of the same source use: an article is usually about one place, so this is
 * right more often than an empty cell. Empty when the source has no observation with an entity yet. The row
 * stays a draft, so the curator confirms it.
 */
export function likelyEntity(sameSource: readonly Observation[]): string {
  const counts = new Map<string, number>();
  for (const o of sameSource) if (o.entity.trim()) counts.set(o.entity, (counts.get(o.entity) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}

function figureFields(fig: ParsedFigure | FoundFigure): Pick<DraftFields, 'value' | 'unit' | 'qualifier' | 'stated'> {
  return { value: fig.value, unit: fig.unit, qualifier: fig.qualifier, stated: fig.text };
}

/** A draft observation from a suggested figure, quoting `quote` (the figure's clause). */
export function draftFromFigure(fig: FoundFigure, quote: Span, ctx: DraftContext): DraftFields {
  return {
    ...figureFields(fig),
    sourceId: ctx.sourceId,
    quote: makeAnchor(ctx.text, quote.start, quote.end),
    period: fig.period?.code ?? '',
    ...suggestedKeys(fig, ctx),
    status: 'draft',
    // A table cell's quote is the cell; where it stands (row label · column header) is kept beside it.
    ...(fig.context ? { note: `Table: ${fig.context}` } : {}),
  };
}

/**
 * Entity and indicator of a suggestion: the catalogue names the extraction found. An indicator it did not find
 * stays empty (the row "needs an indicator", never a stray word); an entity it did not find is the one the
 * source's other rows use.
 */
function suggestedKeys(fig: FoundFigure, ctx: DraftContext): Pick<DraftFields, 'entity' | 'indicator'> {
  return { entity: fig.entity || likelyEntity(ctx.sameSource), indicator: fig.indicator ?? '' };
}

/**
 * A draft observation quoting exactly `span`; the figure inside it, if any, fills value, unit, qualifier and
 * stated (a found figure also the period and indicator hints).
 */
export function draftFromSelection(span: Span, ctx: DraftContext, found: FoundFigure | undefined, parsed: ParsedFigure | null): DraftFields {
  const base: DraftFields = {
    sourceId: ctx.sourceId,
    quote: makeAnchor(ctx.text, span.start, span.end),
    entity: likelyEntity(ctx.sameSource),
    status: 'draft',
  };
  if (found) {
    return { ...base, ...figureFields(found), period: found.period?.code ?? '', ...suggestedKeys(found, ctx) };
  }
  return parsed ? { ...base, ...figureFields(parsed) } : base;
}

/**
 * Each figure's state. A figure counts as cited when an observation's quote overlaps it and the observation
 * is about that figure (same value or same words, or no value yet): a quote holding a whole sentence does not
 * mark the sentence's other figures as done. Orphaned quotes are not placed.
 */
export function figureStates(
  figures: readonly FoundFigure[],
  sameSource: readonly Observation[],
  orphaned: ReadonlySet<string>,
  skipped: ReadonlySet<number>,
): FigureState[] {
  const quotes = sameSource
    .filter((o) => o.quote && !orphaned.has(o.id))
    .map((o) => ({ start: o.quote!.start, end: o.quote!.end, value: o.value, stated: o.stated.trim() }))
    .sort((a, b) => a.start - b.start);
  return figures.map((f) => {
    for (const q of quotes) {
      if (q.start >= f.end) break;
      if (overlaps(q, f) && (q.value === null || q.value === f.value || q.stated === f.text.trim())) return 'cited';
    }
    return skipped.has(f.start) ? 'skipped' : 'suggested';
  });
}
