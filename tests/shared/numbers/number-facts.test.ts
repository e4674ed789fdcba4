import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  hasLeadingZero, isClockLength, isGroupHead, isIdentifierLength, isMarkSize, isOne, isPhoneLength, isPlain, isSmallWhole,
  isYearLike, NUMBER_FACTS, numberClass,
} from '../../../shared/numbers/number-facts';
import { readWrittenNumber } from '../../../shared/numbers/number-syntax';
import { parseFigure } from '../../../shared/numbers/parse-figure';

const wn = (raw: string) => readWrittenNumber(raw, 'vi')!;

describe('number facts: what readFigureAt asks about the digits', () => {
  it('plain digits only, and the lengths that make identifiers, hours, thousands heads and phone numbers', () => {
    expect([isPlain('2021'), isPlain('28,8'), isPlain('19.680')]).toEqual([true, false, false]);
    expect([isIdentifierLength('1234567890123'), isIdentifierLength('123456789012')]).toEqual([true, false]);
    expect([isClockLength('9'), isClockLength('14'), isClockLength('145'), isClockLength('9,5')]).toEqual([true, true, false, false]);
    expect([isGroupHead('19'), isGroupHead('680'), isGroupHead('1680')]).toEqual([true, true, false]);
    expect([isPhoneLength('090'), isPhoneLength('09'), isPhoneLength('0,909')]).toEqual([true, false, false]);
  });
  it('a leading zero, a year, a list mark, "1" and a small whole number', () => {
    expect([hasLeadingZero('0909'), hasLeadingZero('0'), hasLeadingZero('909')]).toEqual([true, false, false]);
    expect([isYearLike('1900'), isYearLike('2100'), isYearLike('1899'), isYearLike('2101'), isYearLike('20210')]).toEqual([
      true, true, false, false, false,
    ]);
    expect([isMarkSize('99'), isMarkSize('100'), isMarkSize('1,5')]).toEqual([true, false, false]);
    expect([isOne('1'), isOne('01'), isOne('1,0')]).toEqual([true, false, false]);
    expect([isSmallWhole('3', wn('3')), isSmallWhole('10', wn('10')), isSmallWhole('3,5', wn('3,5'))]).toEqual([true, false, false]);
  });
  it('the class tells two numbers apart exactly when some fact does', () => {
    const raws = ['1', '3', '9', '14', '99', '100', '090', '0909', '1899', '1900', '2021', '2101', '12345', '1234567890123', '3,5', '28,8', '19.680'];
    for (const a of raws) {
      for (const b of raws) {
        const differ = NUMBER_FACTS.some((f) => f(a, wn(a)) !== f(b, wn(b)));
        expect(numberClass(a, wn(a)) !== numberClass(b, wn(b)), `${a} / ${b}`).toBe(differ);
      }
    }
  });
  it('each fact changes a reading somewhere: the words are the same, the number alone decides', () => {
    expect(parseFigure('năm 2021', 'vi')).toBeNull(); // a year
    expect(parseFigure('năm 2201', 'vi')).not.toBeNull();
    expect(parseFigure('trên 3 nền tảng', 'vi')?.qualifier).toBe('exact');
    expect(parseFigure('trên 30 nền tảng', 'vi')?.qualifier).toBe('over');
    expect(parseFigure('là 1 trong 10 địa phương', 'vi')?.value).not.toBe(1);
  });
  it('readFigureAt asks the facts instead of reading the digits inline (so the shape reader cannot miss a rule)', () => {
    const source = readFileSync(join(__dirname, '../../../shared/numbers/read-figure.ts'), 'utf8');
    const body = source.slice(source.indexOf('export function readFigureAt'), source.indexOf('const COMPOUND_PART'));
    expect(body).not.toMatch(/\braw\.length\b|\braw\[|Number\(raw\)|\+raw\b|\braw ===|\/\^\\d\+\$\/\.test\(raw\)/);
  });
});
