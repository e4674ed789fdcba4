import type { FieldIssue } from '../api/result';
import { parsePeriodCode } from '../periods/period-code';
import type { QuoteAnchor } from './observation';

/** What a check needs to know about the dataset; the backend and the renderer each supply their own. */
export interface ObservationCheckContext {
  sourceExists(id: string): boolean;
  /**
   * The source's current text, or undefined when it is not at hand (the quote check is then skipped). An empty text
   * is a source whose article was never added (rows from another tool's CSV): its quotes are unanchored, not wrong.
   */
  sourceText(id: string): string | undefined;
}

/** The fields that matter to the checks; a whole observation or a patch merged over one both fit. */
export interface ObservationLike {
  period?: string;
  value?: number | null;
  unit?: string;
  sourceId?: string | null;
  quote?: QuoteAnchor | null;
}

/**
 * Checks an observation as it would be stored, so that nothing invalid reaches the disk. Empty entity, indicator
 * and period are allowed (a blank row being filled in); a value, once set, must be finite and carry a unit.
 * `before` is the stored observation when this is an edit: a quote the edit leaves alone is not checked again, so an
 * unanchored or orphaned citation never blocks editing another field (it is shown as such, and re-anchors when the
 * source's text is added or changed).
 */
export function validateObservation(o: ObservationLike, ctx: ObservationCheckContext, before?: ObservationLike): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const period = (o.period ?? '').trim();
  if (period !== '') {
    const parsed = parsePeriodCode(period);
    if (!parsed.ok) issues.push({ path: 'period', message: parsed.message });
  }
  if (o.value !== undefined && o.value !== null) {
    if (typeof o.value !== 'number' || !Number.isFinite(o.value)) {
      issues.push({ path: 'value', message: `"${String(o.value)}" is not a number` });
    } else if ((o.unit ?? '').trim() === '') {
      issues.push({ path: 'unit', message: 'a unit is required when a value is set' });
    }
  }
  const sourceId = o.sourceId ?? null;
  if (sourceId !== null && !ctx.sourceExists(sourceId)) {
    issues.push({ path: 'sourceId', message: `source "${sourceId}" does not exist` });
  }
  if (o.quote) {
    if (sourceId === null) {
      issues.push({ path: 'quote', message: 'a quote needs a source' });
    } else if (ctx.sourceExists(sourceId) && !quoteUnchanged(o, before)) {
      const text = ctx.sourceText(sourceId);
      const q = o.quote;
      if (text && text.slice(q.start, q.end) !== q.exact) {
        issues.push({ path: 'quote', message: `the quote is not at ${q.start}–${q.end} in the source text` });
      }
    }
  }
  return issues;
}

/** True when an edit keeps the stored citation as it was: same source, same quote at the same offsets. */
function quoteUnchanged(o: ObservationLike, before: ObservationLike | undefined): boolean {
  if (!before?.quote || !o.quote) return false;
  const [a, b] = [o.quote, before.quote];
  return (o.sourceId ?? null) === (before.sourceId ?? null) && a.exact === b.exact && a.start === b.start && a.end === b.end;
}

/** One line for a list of issues: the first issue, prefixed by its field unless the message already names it. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  const first = issues[0];
  if (!first) return 'invalid input';
  const named = first.path === '' || first.message.startsWith(`${first.path} `) || first.message.startsWith(`${first.path}:`);
  const line = named ? first.message : `${first.path}: ${first.message}`;
  return issues.length > 1 ? `${line} (and ${issues.length - 1} more)` : line;
}
