import { COMBINING_MARK, COMBINING_MARKS } from '../text/combining-marks';
import { foldDiacritics } from '../text/fold';

/**
 * A text folded one UTF-16 unit at a time (foldDiacritics per character: lower case, no diacritics, đ → d), so it
 * has the text's length and offsets, and its words can be read with a plain, fast regex. The catalogue reads every
 * word of an article: this keeps that at the speed of a native scan.
 */
const FOLDED_BELOW = 0x3000;
let table: Uint16Array | null = null;

function foldTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(FOLDED_BELOW);
    for (let c = 0; c < FOLDED_BELOW; c++) {
      const f = c >= 0xd800 ? '' : foldDiacritics(String.fromCharCode(c));
      table[c] = f.length === 1 ? f.charCodeAt(0) : c;
    }
  }
  return table;
}

/** text[from, to) folded, of the same length (a mark of a decomposed letter stays, as a part of its word). */
export function foldSameLength(text: string, from = 0, to = text.length): string {
  const fold = foldTable();
  const codes = new Uint16Array(to - from);
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    codes[i - from] = c < FOLDED_BELOW ? fold[c] : c;
  }
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}

/**
 * A word of a folded text: ASCII letters and digits, and letters, digits and combining marks beyond ASCII (general
 * punctuation, symbols and spaces excluded). Not a Unicode-property regex, which is several times slower.
 */
export const FOLDED_WORD = /[a-z0-9\u00b5\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u1fff\u2070-\u209f\u2c00-\u2dff\u3040-\ud7ff\uf900-\ufdff\ufe70-\ufefe\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff66-\uffdc]+/g;

/** A folded word without the combining marks a decomposed (NFD) text leaves in it. */
export const withoutMarks = (w: string) => w.replace(COMBINING_MARKS, '');
export const hasMarks = (s: string) => COMBINING_MARK.test(s);
