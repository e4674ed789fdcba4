import type { Observation } from '../../../shared/model';
import { locateAnchor, type Span } from '../../../shared/text/anchor';

export type ShownSpan = { found: true; span: Span; quote: string } | { found: false; quote: string };

/**
 * Where a "show in source" request lands in the text as it is now. The request carries a quote's offsets; the
 * observation they belong to (the selected one first) gives the quote's words and context, so a quote that
 * moved is found again with locateAnchor and an orphaned one is reported as not found instead of highlighting
 * whatever now sits at the old offsets.
 */
export function resolveShowRequest(
  req: { sourceId: string; start: number; end: number },
  text: string,
  observations: readonly Observation[],
  selectedId: string | null,
  orphaned: ReadonlySet<string>,
): ShownSpan {
  const matches = (o: Observation | undefined) => !!o && o.sourceId === req.sourceId && !!o.quote && o.quote.start === req.start && o.quote.end === req.end;
  const selected = selectedId ? observations.find((o) => o.id === selectedId) : undefined;
  const obs = matches(selected) ? selected : observations.find(matches);
  if (obs?.quote) {
    const q = obs.quote;
    if (!orphaned.has(obs.id) && text.slice(q.start, q.end) === q.exact) return { found: true, span: { start: q.start, end: q.end }, quote: q.exact };
    const span = locateAnchor(q, text);
    return span ? { found: true, span, quote: q.exact } : { found: false, quote: q.exact };
  }
  if (req.start >= 0 && req.end <= text.length && req.start < req.end) {
    return { found: true, span: { start: req.start, end: req.end }, quote: text.slice(req.start, req.end) };
  }
  return { found: false, quote: '' };
}
