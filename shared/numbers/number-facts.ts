import { type WrittenNumber, scaledValue } from './number-syntax';

/** A question a rule of readFigureAt asks about the number's own digits (the rest of its rules read only words). */
export type NumberFact = (raw: string, wn: WrittenNumber) => boolean;

const PLAIN = /^\d+$/;
const plain = (raw: string) => PLAIN.test(raw);

/** Digits only, no separator: the only numbers that can be years, codes, phone numbers or list marks. */
export const isPlain = plain;
/** More than twelve plain digits: an identifier or a timestamp, never a figure. */
export const isIdentifierLength = (raw: string) => plain(raw) && raw.length > 12;
/** One or two plain digits: may be an hour ("9 giờ sáng") or a list number. */
export const isClockLength = (raw: string) => plain(raw) && raw.length <= 2;
/** Up to three plain digits: may head thousands written with spaces ("19 680"). */
export const isGroupHead = (raw: string) => plain(raw) && raw.length <= 3;
/** Three plain digits or more: may begin a phone number ("0909 123 456"). */
export const isPhoneLength = (raw: string) => plain(raw) && raw.length >= 3;
/** A plain number written with a leading zero: a code or a phone number, not a count. */
export const hasLeadingZero = (raw: string) => plain(raw) && raw.length > 1 && raw[0] === '0';
/** Four plain digits from 1900 to 2100: may be a year (domain.md line 52: years standing alone as a time). */
export const isYearLike = (raw: string) => plain(raw) && raw.length === 4 && +raw >= 1900 && +raw <= 2100;
/** A plain number below 100: may be a footnote or list mark ("(1)"). */
export const isMarkSize = (raw: string) => plain(raw) && Number(raw) < 100;
/** Exactly "1": may mean "one of" ("là 1 trong 10 địa phương"). */
export const isOne = (raw: string) => raw === '1';
/** A whole number below ten: "trên 3 nền tảng" is on three platforms, not over three. */
export const isSmallWhole: NumberFact = (_raw, wn) => wn.exp === 0 && scaledValue(wn, 0) < 10;

/**
 * Every fact readFigureAt's rules ask, in one list: two numbers that answer them all alike take the same path through
 * those rules when the words around them are the same, which is what lets the shape reader (shared/crosscheck/
 * shape-reader.ts) reuse one reading for both. A rule that needs a new fact about the digits adds it here.
 */
export const NUMBER_FACTS: readonly NumberFact[] = [
  isPlain, isIdentifierLength, isClockLength, isGroupHead, isPhoneLength, hasLeadingZero, isYearLike, isMarkSize, isOne,
  isSmallWhole,
];

/** The answers to NUMBER_FACTS as a short code: equal codes, same path through readFigureAt's digit rules. */
export function numberClass(raw: string, wn: WrittenNumber): string {
  let code = '';
  for (const fact of NUMBER_FACTS) code += fact(raw, wn) ? '1' : '0';
  return code;
}
