import { describe, expect, it } from 'vitest';
import { decimalsNeeded, formatNumber, formatRangeEnds, formatShortest } from '../../../shared/numbers/format-number';
import { commonScale, statedScale } from '../../../shared/numbers/format-scale';

describe('formatNumber: separators as each language writes them', () => {
  it('vi groups thousands with "." and writes a decimal comma', () => {
    expect(formatNumber(3985.5, 'vi', 1)).toBe('3.985,5');
    expect(formatNumber(1030, 'vi', 0)).toBe('1.030');
  });
  it('en groups thousands with "," and writes a decimal point', () => {
    expect(formatNumber(1030.5, 'en', 1)).toBe('1,030.5');
  });
  it('drops trailing zeros and writes a true minus sign', () => {
    expect(formatNumber(-2.5, 'en', 3)).toBe('−2.5');
    expect(formatNumber(-0.0001, 'vi', 2)).toBe('0');
  });
});

describe('formatShortest and formatRangeEnds', () => {
  it('needs only the decimals that write a number exactly, through floating-point noise', () => {
    expect(decimalsNeeded(27.049999999999997)).toBe(2);
    expect(formatShortest(27050000000 / 1e9, 'vi')).toBe('27,05');
  });
  it('adds decimals until the two ends of a range differ', () => {
    expect(formatRangeEnds(1.00001, 1.00003, 'vi')).toEqual(['1,00001', '1,00003']);
    expect(formatRangeEnds(2.155, 2.165, 'en')).toEqual(['2.155', '2.165']);
  });
});

describe('statedScale and commonScale', () => {
  it('reads the scale the words give, compound scales whole', () => {
    expect(statedScale('gần 29 tỷ USD', 'vi')).toBe(9);
    expect(statedScale('1.030 nghìn tỷ đồng', 'vi')).toBe(12);
    expect(statedScale('$1.2bn', 'en')).toBe(9);
    expect(statedScale('711.464 lượt', 'vi')).toBe(0);
    expect(statedScale('', 'vi')).toBeNull();
  });
  it('keeps the scale the words use over the size, and picks one by size when there are no words', () => {
    expect(commonScale([{ stated: '1.030 nghìn tỷ đồng', value: 1.03e15, language: 'vi' }], 'VND')).toBe(12);
    expect(commonScale([{ stated: '', value: 28.8e9, language: 'vi' }], 'USD')).toBe(9);
    expect(commonScale([{ stated: '', value: 95, language: 'vi' }], '%')).toBe(0);
  });
});
