import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/model/vocab';
import {
  afterCodeMark, calendarDate, clockTime, dashedAfterWord, dayMonthDash, documentCode, GO_ON, gluedToWord, insideNumber,
  TOKEN_RULES, type TokenRule, type TokenSite, timeZoneOffset,
} from '../../../shared/numbers/token-rules';
import { NUMBER_TOKEN_AT } from '../../../shared/numbers/number-syntax';
import { readFigureAt } from '../../../shared/numbers/read-figure';

/** The site of the first number token at or after the marker "|" (removed from the text). */
function site(marked: string, lang: Language = 'vi'): TokenSite {
  const at = marked.indexOf('|');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  NUMBER_TOKEN_AT.lastIndex = at;
  const tokEnd = at + NUMBER_TOKEN_AT.exec(text)![0].length;
  return { text, at, lang, tokEnd, prev: text[at - 1] ?? '', prev2: text[at - 2] ?? '', next: text[tokEnd] ?? '' };
}
/** What the rule answers as the rest of the text from the resume offset, or null when it does not apply. */
const skips = (rule: TokenRule, marked: string, lang: Language = 'vi') => {
  const s = site(marked, lang);
  const r = rule(s);
  return r === GO_ON ? null : s.text.slice(r);
};

describe('token rules: numbers that are not figures, by the token and its neighbours', () => {
  it('gluedToWord: "Covid-19"-like names and "nay14" are words; "VND1.5" is a currency', () => {
    expect(skips(gluedToWord, 'nay|14,9 tỷ')).toBe(' tỷ');
    expect(skips(gluedToWord, 'VND|1.5 trillion', 'en')).toBeNull();
    expect(skips(gluedToWord, 'đạt |14 tỷ')).toBeNull();
  });
  it('dashedAfterWord: "Covid-19"', () => {
    expect(skips(dashedAfterWord, 'Covid-|19 lan')).toBe(' lan');
    expect(skips(dashedAfterWord, 'giảm -|19%')).toBeNull();
  });
  it('afterCodeMark: "NQ/|01", "#3", "@2"', () => {
    expect(skips(afterCodeMark, 'NQ/|01 x')).toBe(' x');
    expect(skips(afterCodeMark, 'mục #|3')).toBe('');
    expect(skips(afterCodeMark, 'là |3')).toBeNull();
  });
  it('timeZoneOffset: "(GMT+7)"', () => {
    expect(skips(timeZoneOffset, '(GMT+|7)')).toBe(')');
    expect(skips(timeZoneOffset, 'tăng +|7%')).toBeNull();
  });
  it('insideNumber: the rest of "1.2.3" or of "21:27"', () => {
    expect(skips(insideNumber, '1.2.|3 x')).toBe(' x');
    expect(skips(insideNumber, 'đạt. |3')).toBeNull();
  });
  it('calendarDate: day/month/year both ways in English, ISO dates and month/year, skipped whole', () => {
    expect(skips(calendarDate, 'ngày |16/08/2024 x')).toBe(' x');
    expect(skips(calendarDate, 'on |12/31/2024 x', 'en')).toBe(' x');
    expect(skips(calendarDate, 'ngày |12/31/2024 x')).toBeNull();
    expect(skips(calendarDate, '|2024-08-16 x')).toBe(' x');
    expect(skips(calendarDate, 'tháng |12/2024 x')).toBe(' x');
    expect(skips(calendarDate, 'đạt |8/63 tỉnh')).toBeNull();
  });
  it('documentCode: "01-NQ/TU", "10-year"; not a price per unit', () => {
    expect(skips(documentCode, 'số |01-NQ/TU')).toBe('-NQ/TU');
    expect(skips(documentCode, 'a |10-year plan', 'en')).toBe('-year plan');
    expect(skips(documentCode, '$|627/tonne', 'en')).toBeNull();
  });
  it('dayMonthDash: "Sáng 12-9" and "từ 24-26/9" are dates; "2-3%" and "5-7 người" are ranges', () => {
    expect(skips(dayMonthDash, 'Sáng |12-9, tỉnh')).toBe(', tỉnh');
    expect(skips(dayMonthDash, 'từ |24-26/9 tại')).toBe(' tại');
    expect(skips(dayMonthDash, 'tăng |2-3%')).toBeNull();
    expect(skips(dayMonthDash, 'có |5-7 người')).toBeNull();
    expect(skips(dayMonthDash, 'on |12-9', 'en')).toBeNull();
  });
  it('clockTime: "21:27"', () => {
    expect(skips(clockTime, 'lúc |21:27 x')).toBe(' x');
    expect(skips(clockTime, 'tỷ lệ |3:1')).toBeNull();
  });
  it('are tried in order by readFigureAt: the first that applies says where scanning resumes', () => {
    for (const [marked, rest] of [['ngày |16/08/2024 x', ' x'], ['Covid-|19 lan', ' lan'], ['lúc |21:27 x', ' x']] as const) {
      const s = site(marked);
      const r = readFigureAt(s.text, s.at, 'vi');
      expect(r, marked).toBeTypeOf('number');
      expect(s.text.slice(r as number)).toBe(rest);
    }
    expect(TOKEN_RULES[0]).toBe(gluedToWord);
  });
});
