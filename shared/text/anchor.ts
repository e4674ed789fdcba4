import { TallyError } from '../api/result';
import type { QuoteAnchor } from '../model/observation';
import { type LooseText, loosen, looseText } from './loose-text';

export const QUOTE_CONTEXT = 32;

/** A passage located in a text: JavaScript string offsets, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The anchor of text[start, end): the exact quote, up to `context` characters either side, and the offsets
 * (W3C TextQuoteSelector plus a position hint). Context never splits a surrogate pair.
 */
export function makeAnchor(text: string, start: number, end: number, context = QUOTE_CONTEXT): QuoteAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new TallyError('INVALID_INPUT', `quote offsets ${start}..${end} do not select text in a text of length ${text.length}`);
  }
  let from = Math.max(0, start - context);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  let to = Math.min(text.length, end + context);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}

/**
 * Finds an anchored quote in a (possibly changed) text. At its recorded offsets with matching context it is
 * taken at once. Otherwise every occurrence of the quote is scored by how much of the prefix (read backwards)
 * and suffix (read forwards) match around it; ties go to the one nearest the old offset. Failing that the
 * search is repeated with whitespace runs and diacritic composition (NFC/NFD) ignored. null: the quote is gone
 * and the citation is orphaned.
 */
export function locateAnchor(anchor: Pick<QuoteAnchor, 'exact' | 'prefix' | 'suffix' | 'start' | 'end'>, text: string): Span | null {
  const { exact, prefix, suffix, start, end } = anchor;
  if (!exact) return null;
  if (
    text.slice(start, end) === exact &&
    text.slice(Math.max(0, start - prefix.length), start).endsWith(prefix) &&
    text.startsWith(suffix, end)
  ) {
    return { start, end };
  }
  const found = bestOccurrence(text, exact, prefix, suffix, start);
  if (found >= 0) return { start: found, end: found + exact.length };

  const loose = cachedLoose(text);
  const looseExact = loosen(exact);
  if (!looseExact.trim()) return null;
  // The old offset hint only roughly holds in loose offsets; it still breaks ties sensibly.
  const at = bestOccurrence(loose.text, looseExact, loosen(prefix), loosen(suffix), start);
  if (at < 0) return null;
  return { start: loose.toOriginal(at), end: loose.toOriginal(at + looseExact.length) };
}

// reanchorAll looks up many quotes in one text: build its loose form once.
let lastLoose: { text: string; loose: LooseText } | null = null;
function cachedLoose(text: string): LooseText {
  if (lastLoose?.text !== text) lastLoose = { text, loose: looseText(text) };
  return lastLoose.loose;
}

/** Start of the occurrence of `exact` whose surroundings best match the context; -1 when there is none. */
function bestOccurrence(text: string, exact: string, prefix: string, suffix: string, hint: number): number {
  let best = -1;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
    const score =
      commonSuffixLength(prefix, text, i) + commonPrefixLength(suffix, text, i + exact.length);
    const distance = Math.abs(i - hint);
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = i;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many characters at the end of `prefix` equal those just before text[at]. */
function commonSuffixLength(prefix: string, text: string, at: number): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && prefix.charCodeAt(prefix.length - 1 - n) === text.charCodeAt(at - n - 1)) n++;
  return n;
}

/** How many characters at the start of `suffix` equal those from text[at] on. */
function commonPrefixLength(suffix: string, text: string, at: number): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && suffix.charCodeAt(n) === text.charCodeAt(at + n)) n++;
  return n;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** What became of each citation when a source's text changed. */
export interface Reanchored<T> {
  /** Every item, in order; quotes that were found carry their new offsets and fresh context. */
  items: T[];
  /** Ids whose quote moved or was re-found loosely. */
  moved: string[];
  /** Ids whose quote could not be found; their quote is kept exactly as it was, never dropped. */
  orphaned: string[];
}

/**
 * Re-anchors the quotes of items citing one source against its new text. Items without a quote pass through.
 * Nothing is mutated: changed items are copies.
 */
export function reanchorAll<T extends { id: string; quote: QuoteAnchor | null }>(items: readonly T[], text: string): Reanchored<T> {
  const moved: string[] = [];
  const orphaned: string[] = [];
  const out = items.map((item) => {
    const q = item.quote;
    if (!q) return item;
    const span = locateAnchor(q, text);
    if (!span) {
      orphaned.push(item.id);
      return item;
    }
    const fresh = makeAnchor(text, span.start, span.end);
    if (fresh.start === q.start && fresh.end === q.end && fresh.exact === q.exact && fresh.prefix === q.prefix && fresh.suffix === q.suffix) {
      return item;
    }
    if (fresh.start !== q.start || fresh.exact !== q.exact) moved.push(item.id);
    return { ...item, quote: fresh };
  });
  return { items: out, moved, orphaned };
}
