import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/model/vocab';
import { NUMBER_TOKEN_AT, readWrittenNumber } from '../../../shared/numbers/number-syntax';
import { readTail } from '../../../shared/numbers/read-tail';
import { GO_ON } from '../../../shared/numbers/token-rules';
import {
  capitalName, cumulativeMonths, dateAfter, dateWordBefore, dayMonthShare, footnoteMark, leadingZeroCode, listMark,
  monthsPeriod, nameBefore, numberLabel, oneOf, pageChrome, phoneNumber, riceGrade, standaloneYear, strayAfterNumber,
  type TailSite, timeOfDay, voltage,
} from '../../../shared/numbers/word-rules';

/**
 * The site of the number after "|" with no cue, currency or sign (the cases here have none); "a/b" reads b as `of`.
 */
function site(marked: string, lang: Language = 'vi'): TailSite {
  const at = marked.indexOf('|');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  NUMBER_TOKEN_AT.lastIndex = at;
  const raw = NUMBER_TOKEN_AT.exec(text)![0];
  let numEnd = at + raw.length;
  const share = /^\/(\d+)/.exec(text.slice(numEnd));
  const of = share ? Number(share[1]) : undefined;
  if (share) numEnd += share[0].length;
  const tail = readTail(text, numEnd, lang, undefined);
  const strong = tail.scaleExp > 0 || tail.kind === 'currency' || tail.kind === 'percent' || tail.kind === 'measure';
  const before = text.slice(Math.max(0, at - 40), at);
  return {
    text, lang, raw, wn: readWrittenNumber(raw, lang)!, numEnd, before, lead: before, prev: text[at - 1] ?? '',
    currency: undefined, cueStart: -1, of, tail, strong,
  };
}
/** The text from where the rule resumes, or null when it does not apply. */
const skips = (rule: (s: TailSite) => number, marked: string, lang: Language = 'vi') => {
  const s = site(marked, lang);
  const r = rule(s);
  return r === GO_ON ? null : s.text.slice(r);
};

describe('word rules: numbers the words around them make no figure', () => {
  it('periods and dates: a date word before, a date word after, months of a period, cumulative months', () => {
    expect(skips(dateWordBefore, 'ngày |16 x')).toBe(' x');
    expect(skips(dateWordBefore, 'mỗi ngày |16 lượt')).toBeNull();
    expect(skips(dateAfter, 'vào |8 tháng 8 năm 2024')).not.toBeNull();
    expect(skips(monthsPeriod, 'trong |9 tháng đầu năm')).not.toBeNull();
    expect(skips(monthsPeriod, 'đạt |9,5 tháng')).toBeNull();
    expect(skips(cumulativeMonths, 'Lũy kế |9 tháng')).not.toBeNull();
  });
  it('timeOfDay: "9 giờ sáng" skipped whole; a three-digit number is no hour', () => {
    expect(skips(timeOfDay, 'lúc |9 giờ sáng, x')).toBe(', x');
    expect(skips(timeOfDay, 'có |900 giờ')).toBeNull();
  });
  it('names: a power line, a document or road name, page chrome, a grade of rice', () => {
    expect(skips(voltage, 'đường dây |500 kV đi qua')).toBe(' đi qua');
    expect(skips(nameBefore, 'Quốc lộ |37 qua')).toBe(' qua');
    expect(skips(nameBefore, 'công nghiệp |10%')).toBeNull();
    expect(skips(pageChrome, 'Lượt xem: |1.234')).toBe('');
    expect(skips(riceGrade, 'gạo |5% tấm giá')).toBe(' tấm giá');
  });
  it('standaloneYear: "năm 2025" alone, not "2025 tỷ đồng"', () => {
    expect(skips(standaloneYear, 'năm |2025 tỉnh')).toBe(' tỉnh');
    expect(skips(standaloneYear, 'đạt |2025 tỷ đồng')).toBeNull();
  });
  it('dayMonthShare: "(20/12)" is a date, "9/5" with 9 > 5 no share, "8/63" a share', () => {
    expect(skips(dayMonthShare, '(|20/12)')).toBe(')');
    expect(skips(dayMonthShare, 'x |40/35 y')).toBe(' y');
    expect(skips(dayMonthShare, 'x |8/63 y')).toBeNull();
  });
  it('codes, phone numbers and labels: "0909", "1900 1234", "bão số 3"', () => {
    expect(skips(leadingZeroCode, 'mã |0909 x')).toBe(' x');
    expect(skips(phoneNumber, 'gọi |1900 1234 ngay')).toBe(' ngay');
    expect(skips(numberLabel, 'bão số |3 đổ bộ')).toBe(' đổ bộ');
    expect(skips(numberLabel, 'tổng số |3 đổ bộ')).toBeNull();
  });
  it('marks: "(1)", a list mark, "Yên Bình 1", a stray number, "1 trong 10"', () => {
    expect(skips(footnoteMark, 'xem (|1) sau')).toBe(' sau');
    expect(skips(listMark, '\n|2. Tăng')).toBe('. Tăng');
    expect(skips(capitalName, 'xã Yên Bình |1 x')).toBe(' x');
    expect(skips(strayAfterNumber, '20221015082803 |1')).toBe('');
    expect(skips(oneOf, 'là |1 trong 10 địa phương')).toBe(' trong 10 địa phương');
    expect(skips(oneOf, 'là |2 trong 10 địa phương')).toBeNull();
  });
});
