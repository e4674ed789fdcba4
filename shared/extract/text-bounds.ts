/** Where a sentence ends: a full stop, question or exclamation mark before a space, or a line end (headlines, table rows). */
const SENTENCE_END = /[.!?](?=\s)|\n/g;
/** A sentence longer than this is read only this far either side of a figure (a page without punctuation stays cheap). */
const REACH = 500;

export interface Bounds {
  start: number;
  end: number;
}

/** The sentence holding text[from, to): from just after the previous sentence end to the next one. */
export function sentenceBounds(text: string, from: number, to: number): Bounds {
  let start = Math.max(0, from - REACH);
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index < from; m = SENTENCE_END.exec(text)) start = m.index + 1;
  SENTENCE_END.lastIndex = to;
  const after = SENTENCE_END.exec(text);
  const end = after && after.index < to + REACH ? after.index : Math.min(text.length, to + REACH);
  return { start, end };
}

/**
 * The line holding offset `at` (a table row, when the line holds tabs), or null when it reaches further than
 * `reach` either side: a paragraph, not a row. Bounded, so a text without line ends is not scanned once per figure.
 */
export function lineBounds(text: string, at: number, reach = 2000): Bounds | null {
  let start = at;
  const floor = Math.max(0, at - reach);
  while (start > floor && text.charCodeAt(start - 1) !== 10) start--;
  if (start > 0 && text.charCodeAt(start - 1) !== 10) return null;
  let end = at;
  const ceiling = Math.min(text.length, at + reach);
  while (end < ceiling && text.charCodeAt(end) !== 10) end++;
  if (end < text.length && text.charCodeAt(end) !== 10) return null;
  return { start, end };
}
