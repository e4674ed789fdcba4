/**
 * A number as plain digits with '.' as the decimal point and no grouping, at full (shortest round-trip) precision:
 * 29000000000, 28.8, 0.0000001. String() alone would write 1e+21 or 1e-7, which spreadsheets and readers of other
 * locales handle badly.
 */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const s = String(n);
  const m = s.match(/^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/);
  if (!m) return s;
  const [, sign, lead, frac = '', expText] = m;
  const exp = Number(expText);
  const digits = lead + frac;
  if (exp >= 0) {
    const intLen = 1 + exp;
    return sign + (digits.length <= intLen ? digits + '0'.repeat(intLen - digits.length) : `${digits.slice(0, intLen)}.${digits.slice(intLen)}`);
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

const PLAIN = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads a plain number; null when the text is not one (so "28,8" or "1.030.000" are refused, not guessed). */
export function readPlainNumber(text: string): number | null {
  const t = text.trim();
  if (!PLAIN.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}
