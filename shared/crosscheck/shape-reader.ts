import type { Language } from '../model/vocab';
import { halfUnitOf } from '../numbers/half-unit';
import { numberClass } from '../numbers/number-facts';
import { NUMBER_TOKEN_AT, readWrittenNumber, scaledValue } from '../numbers/number-syntax';
import { parseFigure } from '../numbers/parse-figure';

/** What the cross-checker needs of a stated text: the figure's value and half-unit. */
export interface ValueAndHalf {
  value: number;
  halfUnit: number;
}

/** Scale exponents a figure can carry (scale-words.ts), tried to learn which one a shape's words gave. */
const EXPONENTS = [0, 2, 3, 6, 9, 12, 15];
// Shapes remembered before the memo starts over, so a long session cannot grow it without bound.
const MAX_SHAPES = 50_000;

/** A shape's verdict: the scale exponent and sign its words give the number, or NOT_FAST (always parse in full). */
interface Shape {
  exp: number;
  negative: boolean;
}
const NOT_FAST: Shape = { exp: NaN, negative: false };

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * parseFigure's value and half-unit, remembered per shape of text: the words before the number, the words after it
 * and the class of the number ("gần _ tỷ USD" with a decimal number). A dataset's stated texts are mostly a few such
 * shapes with different numbers, and parseFigure costs microseconds per text (its rules look back and forward with
 * many patterns); a shape is parsed in full once, and later texts of that shape are read by the number alone.
 *
 * Why this is the same answer: in readFigureAt, every rule but a few reads only the words before the first digit
 * (fixed by the shape), the words after the number token (fixed) and the language (fixed); the few that read the
 * number itself ask the facts of number-facts.ts, whose answers are numberClass: derived, not mirrored by hand. So
 * texts of one shape take one path, and a figure's value and half-unit are scaledValue / halfUnitOf of its number
 * with the scale exponent that path found. Guards keep the argument simple: only the first digit run may hold
 * digits (no second number, no range end, no fraction), the token must be followed by no date or time mark (a date
 * pattern could match inside the token), and text with combining marks (read after NFC) is parsed in full. A shape
 * whose first text does not read as one plain figure is never taken fast. tests/shared/crosscheck/shape-reader.test.ts
 * checks it against parseFigure.
 */
export class ShapeReader {
  private readonly shapes = new Map<string, Shape>();

  read(text: string, lang: Language): ValueAndHalf | null {
    const n = text.length;
    let at = -1;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x300 && c <= 0x36f) return this.full(text, lang);
      if (at < 0 && isDigit(c)) at = k;
    }
    if (at < 0) return this.full(text, lang);
    NUMBER_TOKEN_AT.lastIndex = at;
    const tok = NUMBER_TOKEN_AT.exec(text);
    if (!tok) return this.full(text, lang);
    const raw = tok[0];
    const end = at + raw.length;
    for (let k = end; k < n; k++) if (isDigit(text.charCodeAt(k))) return this.full(text, lang);
    const next = end < n ? text.charCodeAt(end) : 0;
    // '/', '.', '-', ':' right after the token: date, time and fraction patterns read into the token itself.
    if (next === 47 || next === 46 || next === 45 || next === 58) return this.full(text, lang);
    const wn = readWrittenNumber(raw, lang);
    if (wn === null) return this.full(text, lang);

    const key = `${lang}\u0001${numberClass(raw, wn)}\u0001${text.slice(0, at)}\u0001${text.slice(end)}`;
    const shape = this.shapes.get(key);
    if (shape !== undefined) {
      if (shape === NOT_FAST) return this.full(text, lang);
      const v = scaledValue(wn, shape.exp);
      return { value: shape.negative ? -v : v, halfUnit: halfUnitOf(wn, shape.exp) };
    }
    const f = this.full(text, lang);
    if (this.shapes.size >= MAX_SHAPES) this.shapes.clear();
    this.shapes.set(key, learn(f, wn));
    return f;
  }

  private full(text: string, lang: Language): ValueAndHalf | null {
    const f = parseFigure(text, lang);
    return f === null ? null : { value: f.value, halfUnit: f.halfUnit };
  }
}

/** The exponent and sign that make the shape's first figure from its number, or NOT_FAST when none does. */
function learn(f: ValueAndHalf | null, wn: { digits: string; exp: number }): Shape {
  if (f === null) return NOT_FAST;
  for (const exp of EXPONENTS) {
    if (halfUnitOf(wn, exp) !== f.halfUnit) continue;
    const v = scaledValue(wn, exp);
    if (Object.is(v, f.value)) return { exp, negative: false };
    if (Object.is(-v, f.value)) return { exp, negative: true };
  }
  return NOT_FAST;
}
