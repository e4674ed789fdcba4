import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/extract-figures';
import type { Language } from '../../../shared/model/vocab';

/** Real-style passages read under the revised domain.md: every figure with value, unit, qualifier and period. */
const read = (text: string, lang: Language, published: string) =>
  extractFigures(text, { lang, published }).map((f) => [f.text, f.value, f.unit, f.qualifier, f.period?.code ?? null]);

describe('a Vietnamese report under the revised rules', () => {
  const text = [
    'Kinh tế Thái Nguyên năm 2024: xuất khẩu tăng, hộ nghèo giảm',
    'Báo Thái Nguyên – 28/12/2024',
    'Năm 2024, kim ngạch xuất khẩu của tỉnh ước cả năm tăng 17,75%, đạt 32,6 tỷ USD. Tỷ lệ hộ nghèo giảm còn 2,16%, giảm 0,6 điểm phần trăm; toàn tỉnh còn 5.320 hộ nghèo.',
    'Riêng tháng 12, tỉnh đón 248.000 lượt khách, trong đó khách quốc tế đạt 12.000 lượt, bằng 97,6% năm 2019.',
    'Thu hút đầu tư FDI không thấp hơn 1 tỷ USD, với 35 dự án FDI; dân số vượt mốc 1,3 triệu người.',
  ].join('\n');
  it('reads units, signs, cues and periods as domain.md says', () =>
    expect(read(text, 'vi', '2024-12-28')).toEqual([
      ['17,75%', 17.75, '%', 'approx', '2024'], // a distant estimate marker hedges the figure but does not join its words
      ['32,6 tỷ USD', 32.6e9, 'USD', 'approx', '2024'],
      ['2,16%', 2.16, '%', 'exact', '2024'],
      ['giảm 0,6 điểm phần trăm', -0.6, 'pp', 'exact', '2024'],
      ['5.320 hộ nghèo', 5320, 'household', 'exact', '2024'],
      ['248.000 lượt khách', 248000, 'visitor', 'exact', '2024-12'],
      ['12.000 lượt', 12000, 'visitor', 'exact', '2024-12'],
      ['97,6%', 97.6, '%', 'exact', '2024-12'],
      ['không thấp hơn 1 tỷ USD', 1e9, 'USD', 'atLeast', '2024-12'],
      ['35 dự án', 35, 'project', 'exact', '2024-12'],
      ['vượt mốc 1,3 triệu người', 1.3e6, 'person', 'over', '2024-12'],
    ]));
});

describe('an English report under the revised rules', () => {
  const text = [
    'Vietnam GDP growth beats forecasts',
    'January 8, 2025',
    "Vietnam's state budget revenue is estimated to have reached VND733.9 trillion in 2024. Rice exports fell 2.1% while coffee exports fell to 1.3 million tonnes.",
    'In December 2024 alone, the country welcomed 1.5 million foreign visitors, up 20% compared with 2023, and licensed 147 FDI projects.',
    'Inflation was not more than 4%, and 2,400 valid FDI projects employed 50 workers or more each.',
  ].join('\n');
  it('reads units, signs, cues and periods as domain.md says', () =>
    expect(read(text, 'en', '2025-01-08')).toEqual([
      ['VND733.9 trillion', 733.9e12, 'VND', 'approx', '2024'],
      ['fell 2.1%', -2.1, '%', 'exact', '2024'],
      ['1.3 million tonnes', 1.3e6, 'tonne', 'exact', '2024'],
      ['1.5 million foreign visitors', 1.5e6, 'visitor', 'exact', '2024-12'],
      ['20%', 20, '%', 'exact', '2024-12'],
      ['147 FDI projects', 147, 'project', 'exact', '2024-12'],
      ['not more than 4%', 4, '%', 'atMost', '2024-12'],
      ['2,400 valid FDI projects', 2400, 'project', 'exact', '2024-12'],
      ['50 workers or more', 50, 'worker', 'atLeast', '2024-12'],
    ]));
});
