import type { Language } from '../model/vocab';

/**
 * A digit run with its separators, as it stands in text: "19.680", "28,8", "3.985,5", "1,030.5", "29".
 * Thin and no-break spaces count as thousands separators only before a group of exactly three digits.
 * Global: callers set lastIndex. Plain ASCII spaces are never part of a token ("năm 2021 150 dự án").
 */
export const NUMBER_TOKEN = /\d+(?:(?:[.,]|[\u00a0\u202f\u2009](?=\d{3}(?!\d)))\d+)*/g;
/** The same token, anchored (sticky) for reading a second number at a known position. */
export const NUMBER_TOKEN_AT = new RegExp(NUMBER_TOKEN.source, 'y');

/**
 * A number as written, kept as an exact decimal: value = digits × 10^exp. `exp` is minus the count of digits
 * written after the decimal mark, so the last digit written is worth 10^exp (the basis of halfUnit).
 */
export interface WrittenNumber {
  digits: string;
  exp: number;
}

/** The decimal mark of each language (domain.md, Numbers as written); the other mark groups thousands. */
export const DECIMAL_MARK: Record<Language, string> = { vi: ',', en: '.' };

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Reads a token by the language's separators. Where both marks appear, the last one is the decimal mark whatever
 * the language ("1,030.5" in a Vietnamese text is still 1030.5). A single mark of the language's thousands kind
 * followed by other than three digits is read as a decimal mark ("1.5" in a Vietnamese text), because it cannot
 * be grouping. Broken grouping ("0208.3855", "1.2.3") is not a number: null.
 */
export function readWrittenNumber(raw: string, lang: Language): WrittenNumber | null {
  let dots = 0;
  let commas = 0;
  let lastSep = -1;
  let lastSepChar = '';
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (isDigit(c)) continue;
    plain = false;
    if (c === 46) dots++;
    else if (c === 44) commas++;
    lastSep = i;
    lastSepChar = raw[i];
  }
  if (plain) return { digits: stripZeros(raw), exp: 0 };

  let decimalAt = -1; // index of the decimal mark, -1 when the token is a whole number
  if (dots > 0 && commas > 0) {
    if (lastSepChar !== '.' && lastSepChar !== ',') return null;
    if ((lastSepChar === '.' ? dots : commas) !== 1) return null;
    decimalAt = lastSep;
  } else if (dots + commas === 1) {
    const mark = dots ? '.' : ',';
    const after = raw.length - lastSep - 1;
    const before = lastSep;
    const groupable = after === 3 && before <= 3 && !raw.startsWith('0');
    if (mark === DECIMAL_MARK[lang] || !groupable) decimalAt = lastSep;
  }
  // Otherwise several marks of one kind (or spaces only): grouping, never a decimal.

  const intPart = decimalAt >= 0 ? raw.slice(0, decimalAt) : raw;
  const fracPart = decimalAt >= 0 ? raw.slice(decimalAt + 1) : '';
  if (!validGrouping(intPart)) return null;
  if (fracPart && !/^\d+$/.test(fracPart)) return null;
  const intDigits = intPart.replace(/\D/g, '');
  return { digits: stripZeros(intDigits + fracPart), exp: -fracPart.length };
}

/** Thousands grouping: a first group of one to three digits, then groups of exactly three. */
function validGrouping(s: string): boolean {
  let group = 0;
  let first = true;
  for (let i = 0; i < s.length; i++) {
    if (isDigit(s.charCodeAt(i))) {
      group++;
      continue;
    }
    if (first ? group < 1 || group > 3 : group !== 3) return false;
    first = false;
    group = 0;
  }
  return first || group === 3;
}

function stripZeros(d: string): string {
  let i = 0;
  while (i < d.length - 1 && d.charCodeAt(i) === 48) i++;
  return i ? d.slice(i) : d;
}

/** digits × 10^(exp + scale), through the decimal string so that 28,8 tỷ is exactly 28800000000. */
export function scaledValue(n: WrittenNumber, scaleExp: number): number {
  return Number(`${n.digits}e${n.exp + scaleExp}`);
}
