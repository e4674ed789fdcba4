import type { Span } from '../../../shared/text/anchor';

/** How far a quote may reach either side of its figure before it is cut at a word boundary. */
export const CLAUSE_REACH = 120;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\n';

/**
 * The clause around a figure, as the quote of a citation: back to the previous boundary (a newline, ";", or
 * ".", ":", "!", "?" followed by a space) and forward to the next one, a sentence-ending mark included. A "."
 * or ":" inside a number or time ("15.300", "08:15") is not a boundary. Without a boundary within `reach`
 * characters the clause is cut at a space, so a run-on paragraph never becomes the whole quote. The result
 * is trimmed and always contains [start, end).
 */
export function clauseSpan(text: string, start: number, end: number, reach = CLAUSE_REACH): Span {
  let qs = -1;
  const floor = Math.max(0, start - reach);
  for (let i = start - 1; i >= floor; i--) {
    const c = text[i];
    if (c === '\n' || c === ';' || ((c === '.' || c === ':' || c === '!' || c === '?') && isSpace(text[i + 1] ?? ' '))) {
      qs = i + 1;
      break;
    }
  }
  if (qs < 0) {
    qs = floor;
    if (qs > 0) {
      // Cut mid-paragraph: start at the next word.
      const sp = text.slice(qs, start).search(/\s/);
      if (sp >= 0) qs += sp + 1;
    }
  }

  let qe = -1;
  const ceil = Math.min(text.length, end + reach);
  for (let j = end; j < ceil; j++) {
    const c = text[j];
    if (c === '\n' || c === ';') {
      qe = j;
      break;
    }
    const spaced = j + 1 >= text.length || isSpace(text[j + 1]);
    if ((c === '.' || c === '!' || c === '?') && spaced) {
      qe = j + 1;
      break;
    }
    if (c === ':' && spaced) {
      qe = j;
      break;
    }
  }
  if (qe < 0) {
    qe = ceil;
    if (qe < text.length) {
      const before = text.slice(end, qe);
      const sp = Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n'));
      qe = sp >= 0 ? end + sp : end;
    }
  }
  return trimSpan(text, Math.min(qs, start), Math.max(qe, end), start, end);
}

/** [from, to) without surrounding white space, never cutting into [keepFrom, keepTo). */
export function trimSpan(text: string, from: number, to: number, keepFrom = to, keepTo = from): Span {
  while (from < to && from < keepFrom && /\s/.test(text[from])) from++;
  while (to > from && to > keepTo && /\s/.test(text[to - 1])) to--;
  return { start: from, end: to };
}
