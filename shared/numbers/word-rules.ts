import type { Language } from '../model/vocab';
import {
  AT_TIME_BEFORE, CAPITAL_WORD_BEFORE, CHROME_BEFORE, CUMULATIVE_BEFORE, DATE_AFTER, DATE_WORD_BEFORE,
  EVERY_BEFORE_DATE_WORD, GRADE_AFTER_PERCENT, HOUR_AFTER, LINE_START, LINE_START_SO, MONTHS_AFTER_VI,
  MONTHS_PERIOD_AFTER, MONTHS_PERIOD_BEFORE_EN, NAME_BEFORE, NUMBER_LABEL_BEFORE, PHONE_GROUPS_AFTER, TIME_OF_DAY_AFTER,
  VOLTAGE_AFTER, YEAR_WORD_BEFORE,
} from './context-words';
import { hasLeadingZero, isClockLength, isMarkSize, isOne, isPhoneLength, isPlain, isYearLike } from './number-facts';
import { type WrittenNumber, scaledValue } from './number-syntax';
import type { Tail } from './read-tail';
import { GO_ON, isDayMonth } from './token-rules';

/** A number read, with the words around it: the later rules of readFigureAt decide from these whether it is a figure. */
export interface WordSite {
  text: string;
  lang: Language;
  /** The number as written, and as read. */
  raw: string;
  wn: WrittenNumber;
  /** The offset after the number (after "/63" in "8/63"). */
  numEnd: number;
  /** The text before the digits (a bounded look-back), and the part of it before the qualifier cue, if any. */
  before: string;
  lead: string;
  prev: string;
  currency: string | undefined;
  /** Where the qualifier cue starts, or -1. */
  cueStart: number;
  /** The b of a share "a/b". */
  of: number | undefined;
}

/** A WordSite once the words after the number (its scale, unit or counted noun) are read. */
export interface TailSite extends WordSite {
  tail: Tail;
  /** A scale, currency, percent or measure follows: names and labels no longer veto it. */
  strong: boolean;
}

const LIST_MARK_AFTER = /[.)][ \t]/y;
const ONE_OF = /\s+(?:trong|of)\s/iy;
const DIGITS_SPACES_BEFORE = /\d +$/;
const at = (re: RegExp, text: string, pos: number) => ((re.lastIndex = pos), re.test(text));

/** domain.md line 52 (dates): "ngày 16", "tháng 8" — a day or month named by the word before; not "mỗi ngày". */
export const dateWordBefore = (s: WordSite) =>
  DATE_WORD_BEFORE[s.lang].test(s.before) && !EVERY_BEFORE_DATE_WORD.test(s.before) ? s.numEnd : GO_ON;

/** domain.md line 52 (dates): a month or year word after the number ("8 tháng 8 năm"). */
export const dateAfter = (s: WordSite) => (at(DATE_AFTER[s.lang], s.text, s.numEnd) ? s.numEnd : GO_ON);

/** domain.md line 121 (periods): "9 tháng đầu năm", "first 6 months" name a period, not a figure. */
export const monthsPeriod = (s: WordSite) =>
  isPlain(s.raw) && at(MONTHS_PERIOD_AFTER[s.lang], s.text, s.numEnd) && (s.lang === 'vi' || MONTHS_PERIOD_BEFORE_EN.test(s.lead))
    ? s.numEnd
    : GO_ON;

/** domain.md line 123 (periods, `lũy kế`): "Lũy kế 9 tháng" is a period. */
export const cumulativeMonths = (s: WordSite) =>
  isPlain(s.raw) && s.lang === 'vi' && CUMULATIVE_BEFORE.test(s.lead) && at(MONTHS_AFTER_VI, s.text, s.numEnd) ? s.numEnd : GO_ON;

/** domain.md line 52 (times): "9 giờ sáng", "8 giờ 30 phút", "lúc 14 giờ", "9 a.m." are skipped whole. */
export const timeOfDay = (s: WordSite) => {
  if (!isClockLength(s.raw)) return GO_ON;
  const tod = TIME_OF_DAY_AFTER[s.lang];
  if (at(tod, s.text, s.numEnd)) return tod.lastIndex;
  return s.lang === 'vi' && AT_TIME_BEFORE.test(s.lead) && at(HOUR_AFTER, s.text, s.numEnd) ? HOUR_AFTER.lastIndex : GO_ON;
};

/** Rules on the words around the number, before its unit is read, in order. */
export const PERIOD_RULES: readonly ((s: WordSite) => number)[] = [dateWordBefore, dateAfter, monthsPeriod, cumulativeMonths, timeOfDay];

/** domain.md line 53 (names with digits): "đường dây 500 kV" names a power line. */
export const voltage = (s: TailSite) =>
  !s.tail.kind && !s.currency && at(VOLTAGE_AFTER, s.text, s.numEnd) ? VOLTAGE_AFTER.lastIndex : GO_ON;

/** domain.md line 53 (`Quốc lộ 37`, `Nghị quyết số 01`): a name before a bare number or count; "công nghiệp 10%" stays. */
export const nameBefore = (s: TailSite) => ((NAME_BEFORE.test(s.lead) || LINE_START_SO.test(s.lead)) && !s.strong ? s.numEnd : GO_ON);

/** Page chrome ("Lượt xem: 1.234") before a bare number: not a figure of the article. */
export const pageChrome = (s: TailSite) => (CHROME_BEFORE.test(s.lead) && !s.strong ? s.numEnd : GO_ON);

/** "gạo 5% tấm": a grade of rice, not a percentage. */
export const riceGrade = (s: TailSite) =>
  s.tail.kind === 'percent' && at(GRADE_AFTER_PERCENT, s.text, s.tail.end) ? s.tail.end : GO_ON;

/** Rules once the unit is read, before ranks are taken, in order. */
export const NAME_RULES: readonly ((s: TailSite) => number)[] = [voltage, nameBefore, pageChrome, riceGrade];

/** domain.md line 52 (`năm 2025`): a year standing alone as a time, unless a unit makes it an amount. */
export const standaloneYear = (s: TailSite) =>
  isYearLike(s.raw) && !s.currency && !s.strong && (!s.tail.kind || YEAR_WORD_BEFORE[s.lang].test(s.lead)) ? s.numEnd : GO_ON;

/** domain.md line 52 (dates): a bare "a/b" is a day and month ("(20/12)") when it can be one; a > b is no share. */
export const dayMonthShare = (s: TailSite) => {
  if (s.of === undefined || s.tail.kind) return GO_ON;
  const a = scaledValue(s.wn, 0); // a share reads both numbers: the shape reader parses texts with two in full
  return isDayMonth(a, s.of) || (s.lang === 'en' && isDayMonth(s.of, a)) || a > s.of ? s.numEnd : GO_ON;
};

/** A bare number with nothing counted after it, in no currency. */
const bare = (s: TailSite) => !s.tail.kind && !s.currency && s.tail.scaleExp === 0;

/** "0909 123 456", "005930.KS": a bare number written with a leading zero is a code or a phone number. */
export const leadingZeroCode = (s: TailSite) => (bare(s) && hasLeadingZero(s.raw) ? s.numEnd : GO_ON);

/** "0909 123 456" read from its second group on, "1900 1234": groups of digits after a bare number. */
export const phoneNumber = (s: TailSite) =>
  bare(s) && isPhoneLength(s.raw) && at(PHONE_GROUPS_AFTER, s.text, s.numEnd) ? PHONE_GROUPS_AFTER.lastIndex : GO_ON;

/** "bão số 3": "số" right before a bare number labels it. */
export const numberLabel = (s: TailSite) => (bare(s) && s.lang === 'vi' && NUMBER_LABEL_BEFORE.test(s.lead) ? s.numEnd : GO_ON);

/** A bare number with no unit, currency or cue: marks and names rather than amounts. */
const unhedged = (s: TailSite) => !s.tail.kind && !s.currency && s.cueStart < 0;

/** "(1)": a footnote or item mark. */
export const footnoteMark = (s: TailSite) =>
  unhedged(s) && s.prev === '(' && s.text[s.numEnd] === ')' && isMarkSize(s.raw) ? s.numEnd + 1 : GO_ON;

/** "1. ", "2) " at the start of a line: a list mark. */
export const listMark = (s: TailSite) =>
  unhedged(s) && LINE_START.test(s.before) && isPlain(s.raw) && at(LIST_MARK_AFTER, s.text, s.numEnd) ? s.numEnd : GO_ON;

/** "Yên Bình 1": a capitalised name goes on with a number. */
export const capitalName = (s: TailSite) => (unhedged(s) && CAPITAL_WORD_BEFORE.test(s.before) ? s.numEnd : GO_ON);

/** "20221015082803 1": a stray number after another (a tab separates table cells, "20.176\t15.432": both count). */
export const strayAfterNumber = (s: TailSite) => (unhedged(s) && DIGITS_SPACES_BEFORE.test(s.before) ? s.numEnd : GO_ON);

/** "là 1 trong 10 địa phương": one of, not a count. */
export const oneOf = (s: TailSite) => (unhedged(s) && isOne(s.raw) && at(ONE_OF, s.text, s.numEnd) ? s.numEnd : GO_ON);

/** Rules after ranks are taken, for numbers that say no amount, in order. */
export const BARE_RULES: readonly ((s: TailSite) => number)[] = [
  standaloneYear, dayMonthShare, leadingZeroCode, phoneNumber, numberLabel, footnoteMark, listMark, capitalName,
  strayAfterNumber, oneOf,
];
