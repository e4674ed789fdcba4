import type { Observation, ObservationPatch } from '../../../shared/model';
import { makeAnchor, type Span } from '../../../shared/text/anchor';
import type { Parsed } from '../grid/cell-values';

/**
 * The patch that makes `span` of a source's text the quote of `row`: a hand-entered row gets its citation, an
 * orphaned quote is anchored again. A row quoting another source (still found there) is refused: that quote is
 * not lost, and moving it is a new citation.
 */
export function attachQuotePatch(row: Observation, sourceId: string, text: string, span: Span, orphaned: boolean): Parsed<ObservationPatch> {
  if (span.end <= span.start) return { ok: false, message: 'Select the passage to quote first' };
  if (row.quote && row.sourceId && row.sourceId !== sourceId && !orphaned) {
    return { ok: false, message: 'This row already quotes another source; cite the passage as a new observation instead' };
  }
  return { ok: true, value: { sourceId, quote: makeAnchor(text, span.start, span.end) } };
}
