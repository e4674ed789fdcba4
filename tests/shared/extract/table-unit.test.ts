import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/extract-figures';
import { rowUnitAt } from '../../../shared/extract/table-unit';

const figs = (text: string) => extractFigures(text, { lang: 'vi' }).map((f) => [f.text, f.value, f.unit]);

describe('units stated in a table row label', () => {
  it('apply to the bare numbers of that row only', () => {
    const table = 'Chỉ tiêu\tNăm 2023\t9 tháng 2024\nThu ngân sách (tỷ đồng)\t20.176\t15.432\nVốn FDI (triệu USD)\t1.850\t1.210,5\nSố dự án\t120\t95';
    expect(figs(table)).toEqual([
      ['20.176', 20176e9, 'VND'],
      ['15.432', 15432e9, 'VND'],
      ['1.850', 1850e6, 'USD'],
      ['1.210,5', 1210.5e6, 'USD'],
      ['120', 120, 'count'],
      ['95', 95, 'count'],
    ]);
  });
  it('leave numbers with their own words, and labels that are no unit, alone', () => {
    expect(figs('Tăng trưởng (%)\t6,5\t7%')).toEqual([['6,5', 6.5, '%'], ['7%', 7, '%']]);
    expect(figs('Xuất khẩu (tỷ USD)\t3 triệu tấn')).toEqual([['3 triệu tấn', 3e6, 'tonne']]);
    expect(rowUnitAt('Hà Nội (thủ đô)\t12', 14, 'vi')).toBeNull();
    expect(rowUnitAt('Thu (tỷ đồng) 12', 14, 'vi')).toBeNull(); // no cells
  });
});

describe('English row labels with the currency first', () => {
  it('read "(US$ billion)" and "(VND trillion)" as "billion US$" and "trillion VND"', () => {
    const en = (text: string) => extractFigures(text, { lang: 'en' }).map((f) => [f.text, f.value, f.unit]);
    expect(en('Indicator\t2022\t2023\nExports (US$ billion)\t32.7\t31.9\nBudget revenue (VND trillion)\t67.5\t70\n')).toEqual([
      ['32.7', 32.7e9, 'USD'],
      ['31.9', 31.9e9, 'USD'],
      ['67.5', 67.5e12, 'VND'],
      ['70', 70e12, 'VND'],
    ]);
  });
});
