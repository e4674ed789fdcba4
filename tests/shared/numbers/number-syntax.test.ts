import { describe, expect, it } from 'vitest';
import { readWrittenNumber, scaledValue } from '../../../shared/numbers/number-syntax';
import type { Language } from '../../../shared/model/vocab';

const read = (raw: string, lang: Language) => {
  const n = readWrittenNumber(raw, lang);
  return n ? scaledValue(n, 0) : null;
};

describe('numbers as written (domain.md separators table)', () => {
  it.each([
    ['19.680', 19680],
    ['28,8', 28.8],
    ['3.985,5', 3985.5],
    ['1.030', 1030],
    ['1\u00a0030', 1030],
    ['1.234.567', 1234567],
  ])('vi reads %s as %d', (raw, value) => expect(read(raw, 'vi')).toBe(value));

  it.each([
    ['19,680', 19680],
    ['28.8', 28.8],
    ['1,030.5', 1030.5],
    ['1,234,567', 1234567],
  ])('en reads %s as %d', (raw, value) => expect(read(raw, 'en')).toBe(value));

  it('lets the language decide an ambiguous mark: 19.680 is 19680 in vi and 19.68 in en', () => {
    expect(read('19.680', 'vi')).toBe(19680);
    expect(read('19.680', 'en')).toBe(19.68);
    expect(read('19,680', 'vi')).toBe(19.68);
  });

  it('reads a mark that cannot be grouping as a decimal mark, and both marks by their order', () => {
    expect(read('1.5', 'vi')).toBe(1.5);
    expect(read('1,030.5', 'vi')).toBe(1030.5);
    expect(read('3.985,5', 'en')).toBe(3985.5);
  });

  it('refuses broken grouping (phone numbers, versions)', () => {
    expect(read('0208.385.5123', 'vi')).toBeNull();
    expect(read('1.2.3', 'vi')).toBeNull();
    expect(read('12.34.567', 'en')).toBeNull();
  });

  it('keeps leading zeros out of the value ("03 đột phá")', () => expect(read('03', 'vi')).toBe(3));
});

describe('scaledValue', () => {
  it('scaled values are exact decimals: 28,8 tỷ is 28800000000', () =>
    expect(scaledValue(readWrittenNumber('28,8', 'vi')!, 9)).toBe(28800000000));
});
