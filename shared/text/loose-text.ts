/**
 * A text compared loosely: diacritics composed (NFC) and every whitespace run read as one space, with a map
 * from each loose offset back to the original, so a quote found loosely can be reported in original offsets.
 */
export interface LooseText {
  text: string;
  /** Original offset of loose offset i (0..text.length inclusive). */
  toOriginal(i: number): number;
}

/** Combining mark blocks: a base letter followed by these is composed as one unit. */
function isCombining(c: number): boolean {
  return (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Linear in the text; only clusters that carry combining marks are normalised, so plain text costs little. */
export function looseText(original: string): LooseText {
  const parts: string[] = [];
  const starts: number[] = [];
  let plainFrom = 0; // start of the pending run copied verbatim
  const flushPlain = (to: number) => {
    if (to > plainFrom) {
      parts.push(original.slice(plainFrom, to));
      for (let k = plainFrom; k < to; k++) starts.push(k);
    }
  };
  let i = 0;
  const n = original.length;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(original.charCodeAt(j))) j++;
      if (j - i === 1 && c === 0x20) {
        i = j; // a single plain space is already loose
        continue;
      }
      flushPlain(i);
      parts.push(' ');
      starts.push(i);
      plainFrom = i = j;
      continue;
    }
    if (isCombining(c)) {
      // The marks belong to the character before them (if any): compose that cluster as one unit.
      let from = i;
      if (from > plainFrom) from--;
      if (from > plainFrom && from > 0 && original.charCodeAt(from) >= 0xdc00 && original.charCodeAt(from) <= 0xdfff) from--;
      let j = i + 1;
      while (j < n && isCombining(original.charCodeAt(j))) j++;
      flushPlain(from);
      const composed = original.slice(from, j).normalize('NFC');
      parts.push(composed);
      for (let k = 0; k < composed.length; k++) starts.push(from);
      plainFrom = i = j;
      continue;
    }
    i++;
  }
  flushPlain(n);
  starts.push(n);
  const text = parts.join('');
  return {
    text,
    toOriginal(k) {
      if (k <= 0) return 0;
      if (k >= text.length) return n;
      return starts[k];
    },
  };
}

/** The loose form of a short string (a quote or its context). */
export function loosen(s: string): string {
  return s.replace(/\s+/g, ' ').normalize('NFC');
}
