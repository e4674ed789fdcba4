import type { Language } from '../model/vocab';
import { CURRENCY_CODE_GLUED } from './context-words';
import { readTail } from './read-tail';
import { PER_AFTER } from './units';

/** A number token in its text: the first rules of readFigureAt look only at it and the characters around it. */
export interface TokenSite {
  text: string;
  at: number;
  lang: Language;
  /** The offset just after the token. */
  tokEnd: number;
  prev: string;
  prev2: string;
  next: string;
}

/** Where to resume scanning when the token is not a figure; GO_ON when the rule does not apply. */
export type TokenRule = (s: TokenSite) => number;
export const GO_ON = -1;

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
export const isWordChar = (ch: string) => ch !== '' && WORD_CHAR.test(ch);
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
/** Last letters of the currency codes that may be glued to digits (USD, VND, VNĐ, EUR, GBP, JPY). */
const endsCode = (ch: string) => ch === 'D' || ch === 'Đ' || ch === 'R' || ch === 'P' || ch === 'Y';
export const isDayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;

const DMY = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const ISO_DATE = /\d{4}-\d{1,2}-\d{1,2}(?!\d)/y;
const MONTH_YEAR = /(\d{1,2})[/.-](\d{4})(?![\d/])/y;
const TIME = /\d{1,2}:\d{2}(?::\d{2})?(?!\d)/y;
const CODE_AFTER = /[-‐]\p{L}|\/\p{L}/uy;
/** "Sáng 12-9", "từ 24-26/9", "Ngày 30-4": a day and month without a year, joined by a dash. */
const DAY_MONTH_DASH = /(\d{1,2})-(\d{1,2})(?:\/(\d{1,2}))?(?![\d%/-]|[.,]\d)/y;
const TIME_ZONE_BEFORE = /(?:GMT|UTC)\s*$/i;

const dateMark = (ch: string) => ch === '/' || ch === '.' || ch === '-';

/**
 * domain.md line 53 (names with digits: `3G`, `Covid-19`): digits glued to a word ("nay14,943") are part of it. A
 * currency code glued to the digits ("VND1.5 trillion") is the one exception.
 */
export const gluedToWord: TokenRule = ({ text, at, prev, tokEnd }) =>
  isWordChar(prev) && !(endsCode(prev) && CURRENCY_CODE_GLUED.test(text.slice(Math.max(0, at - 4), at))) ? tokEnd : GO_ON;

/** domain.md line 53 (`Covid-19`): digits after a word and a dash belong to the name. */
export const dashedAfterWord: TokenRule = ({ prev, prev2, tokEnd }) =>
  (prev === '-' || prev === '‐') && isWordChar(prev2) ? tokEnd : GO_ON;

/** domain.md line 53 (`01-NQ/TU`): digits after a code mark ("NQ/TU", "#3", "@2") are part of a code. */
export const afterCodeMark: TokenRule = ({ prev, tokEnd }) =>
  prev === '/' || prev === '\\' || prev === '#' || prev === '№' || prev === '_' || prev === '@' ? tokEnd : GO_ON;

/** Not a figure (domain.md line 52, times): "(GMT+7)" is a time zone. */
export const timeZoneOffset: TokenRule = ({ text, at, prev, tokEnd }) =>
  (prev === '+' || prev === '-') && TIME_ZONE_BEFORE.test(text.slice(Math.max(0, at - 5), at - 1)) ? tokEnd : GO_ON;

/** Leftovers of a longer number ("1.2.3", 21:27's minutes): digits right after a digit and a mark. */
export const insideNumber: TokenRule = ({ prev, prev2, tokEnd }) =>
  (prev === '.' || prev === ',' || prev === ':') && isDigit(prev2) ? tokEnd : GO_ON;

/** domain.md line 52 (`16/08/2024`): a date is skipped whole, so that "08" or "2024" is not left behind. */
export const calendarDate: TokenRule = ({ text, at, lang, next }) => {
  if (!dateMark(next)) return GO_ON;
  DMY.lastIndex = at;
  const d = DMY.exec(text);
  if (d && (isDayMonth(+d[1], +d[3]) || (lang === 'en' && isDayMonth(+d[3], +d[1])))) return DMY.lastIndex;
  ISO_DATE.lastIndex = at;
  if (ISO_DATE.test(text)) return ISO_DATE.lastIndex;
  MONTH_YEAR.lastIndex = at;
  const my = MONTH_YEAR.exec(text);
  return my && +my[1] >= 1 && +my[1] <= 12 && +my[2] >= 1800 && +my[2] <= 2200 ? MONTH_YEAR.lastIndex : GO_ON;
};

/** domain.md line 53 (`Số 28-HD/BTGTU`): "01-NQ/TU", "123/QĐ-UBND", "10-year" are codes; "$627/tonne" is a price. */
export const documentCode: TokenRule = ({ text, tokEnd, next }) => {
  if (!dateMark(next)) return GO_ON;
  CODE_AFTER.lastIndex = tokEnd;
  PER_AFTER.lastIndex = tokEnd;
  return CODE_AFTER.test(text) && !PER_AFTER.test(text) ? tokEnd : GO_ON;
};

/**
 * domain.md line 52 (dates): "12-9", "30-4" or "24-26/9" in Vietnamese is a day and month when nothing counted
 * follows; "2-3%", "5-7 người" and "3-5 ngày" are ranges: a unit follows.
 */
export const dayMonthDash: TokenRule = ({ text, at, lang, next }) => {
  if (next !== '-' || lang !== 'vi') return GO_ON;
  DAY_MONTH_DASH.lastIndex = at;
  const dm = DAY_MONTH_DASH.exec(text);
  if (!dm) return GO_ON;
  const a = Number(dm[1]);
  const b = Number(dm[2]);
  const month = dm[3] === undefined ? undefined : Number(dm[3]);
  const date = month === undefined ? isDayMonth(a, b) : isDayMonth(a, month) && isDayMonth(b, month) && a < b;
  if (!date) return GO_ON;
  const after = readTail(text, DAY_MONTH_DASH.lastIndex, 'vi', undefined);
  return after.kind || after.scaleExp > 0 ? GO_ON : DAY_MONTH_DASH.lastIndex;
};

/** domain.md line 52 (`15/08/2022 21:27`): a clock time is skipped whole. */
export const clockTime: TokenRule = ({ text, at, next }) => {
  if (next !== ':') return GO_ON;
  TIME.lastIndex = at;
  return TIME.test(text) ? TIME.lastIndex : GO_ON;
};

/** The rules on the token alone, in the order they are tried: the first that applies says where to resume. */
export const TOKEN_RULES: readonly TokenRule[] = [
  gluedToWord, dashedAfterWord, afterCodeMark, timeZoneOffset, insideNumber, calendarDate, documentCode, dayMonthDash,
  clockTime,
];

/** The first rule's answer, or GO_ON when none applies. */
export function firstRule<S>(rules: readonly ((s: S) => number)[], site: S): number {
  for (const rule of rules) {
    const r = rule(site);
    if (r !== GO_ON) return r;
  }
  return GO_ON;
}
