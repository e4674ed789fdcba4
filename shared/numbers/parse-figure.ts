import type { Language } from '../model/vocab';
import type { ParsedFigure } from './figure';
import { type FigureAt, readFigureAt } from './read-figure';

const COMBINING = /[\u0300-\u036f]/;
const DIGIT = /\d/g;

/**
 * Reads the first figure in a short text ("gần 29 tỷ USD", "thứ 8/63", "about $1.2bn"); null when it holds none
 * (no digits, or only dates, years and names). Text with decomposed diacritics reads the same; `text` is then
 * the composed (NFC) form. Hot path of the cross-checker: no allocation beyond the figure and a few slices.
 */
export function parseFigure(text: string, lang: Language): ParsedFigure | null {
  const s = COMBINING.test(text) ? text.normalize('NFC') : text;
  DIGIT.lastIndex = 0;
  let m = DIGIT.exec(s);
  while (m) {
    const out = readFigureAt(s, m.index, lang);
    if (typeof out !== 'number') return toParsed(s, out);
    DIGIT.lastIndex = Math.max(out, m.index + 1);
    m = DIGIT.exec(s);
  }
  return null;
}

/** A figure found in a text as the ParsedFigure shape, `text` being its span. */
export function toParsed(s: string, f: FigureAt): ParsedFigure {
  const out: ParsedFigure = {
    text: s.slice(f.start, f.end),
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier,
    halfUnit: f.halfUnit,
  };
  if (f.of !== undefined) out.of = f.of;
  if (f.range) out.range = f.range;
  return out;
}
