import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/extract-figures';
import { parseFigure } from '../../../shared/numbers/parse-figure';
import type { Language } from '../../../shared/model/vocab';

const vi = (t: string) => parseFigure(t, 'vi');
const en = (t: string) => parseFigure(t, 'en');
/** The figures of an article passage as [words, value, qualifier]. */
const found = (t: string, lang: Language) => extractFigures(t, { lang }).map((f) => [f.text, f.value, f.qualifier]);

describe('signs (domain.md, Signs)', () => {
  it.each([
    ['giảm 5,3%', -5.3], ['sụt giảm 12,4%', -12.4], ['giảm gần 5%', -5], ['âm 2,5%', -2.5], ['giảm 0,5 điểm phần trăm', -0.5],
    ['giảm 1.200 tỷ đồng', -1.2e12], ['tăng 5,3%', 5.3], ['giảm còn 2,16%', 2.16], ['giảm xuống 2,16%', 2.16],
    ['xuống còn 2,16%', 2.16], ['giảm về mức 3%', 3],
  ])('vi "%s" → %d', (t, v) => expect(vi(t)!.value).toBe(v));
  it.each([
    ['fell 2.1%', -2.1], ['fell by 2.1%', -2.1], ['down 3%', -3], ['declined 4.5 percent', -4.5], ['dropped $2bn', -2e9],
    ['rose 2.1%', 2.1], ['fell to 2.16%', 2.16], ['down to 3%', 3], ['fell from 5%', 5], ['fell nearly 3%', -3],
  ])('en "%s" → %d', (t, v) => expect(en(t)!.value).toBe(v));

  it('the verb of decrease is part of the words as written, so they read back the same', () => {
    const f = vi('Xuất khẩu giảm 5,3% so với cùng kỳ')!;
    expect(f).toMatchObject({ text: 'giảm 5,3%', value: -5.3 });
    expect(vi(f.text)!.value).toBe(-5.3);
    expect(en('Exports fell 2.1% in May')).toMatchObject({ text: 'fell 2.1%', value: -2.1 });
  });

  it('extraction applies the same rule to the words before each figure', () => {
    expect(found('Tỷ lệ hộ nghèo giảm còn 2,16%, giảm 0,6 điểm phần trăm; chỉ số CPI giảm 5,3%.', 'vi')).toEqual([
      ['2,16%', 2.16, 'exact'], ['giảm 0,6 điểm phần trăm', -0.6, 'exact'], ['giảm 5,3%', -5.3, 'exact'],
    ]);
    expect(found('Rice exports fell 2.1% to 7.1 million tonnes, while coffee was down 3%.', 'en')).toEqual([
      ['fell 2.1%', -2.1, 'exact'], ['7.1 million tonnes', 7.1e6, 'exact'], ['down 3%', -3, 'exact'],
    ]);
  });

  it('a fall over a range turns the range round', () =>
    expect(vi('giảm 10-15%')).toMatchObject({ value: -12.5, range: [-15, -10] }));
  it('"giảm nghèo" before a figure is no fall of that figure: the verb must end the words before it', () =>
    expect(vi('giảm nghèo bền vững, 1.200 hộ')!.value).toBe(1200));
});

describe('qualifier cues as revised (domain.md, Qualifiers)', () => {
  it('a cue with only a verb of reaching or change between it and the number', () => {
    expect(vi('ước tăng 5,78%')).toMatchObject({ qualifier: 'approx', value: 5.78, text: 'ước tăng 5,78%' });
    expect(vi('ước giảm 10%')).toMatchObject({ qualifier: 'approx', value: -10 });
    expect(vi('gần đạt 29 tỷ USD')!.qualifier).toBe('nearly');
    expect(vi('khoảng ở mức 5%')!.qualifier).toBe('approx');
    expect(en('nearly reached $29bn')!.qualifier).toBe('nearly');
    expect(en('some rose by 5%')!.qualifier).toBe('approx');
  });
  it('"trên địa bàn" is not a qualifier, "trên 28,8 tỷ USD" is', () => {
    expect(vi('trên địa bàn tỉnh có 215 dự án')!.qualifier).toBe('exact');
    expect(vi('trên 28,8 tỷ USD')!.qualifier).toBe('over');
  });
  it.each([
    ['ước cả năm tăng 17,75%', 'vi'], ['Dự kiến năm 2025, GRDP của tỉnh tăng 8%', 'vi'], ['ước tính trong năm xuất khẩu đạt 405 tỷ USD', 'vi'],
    ['Kim ngạch ước đạt 405 tỷ USD, tăng 14,3%', 'vi'], ['is estimated to have reached VND733.9 trillion', 'en'],
    ['GDP growth is expected to hit 6.5% this year', 'en'], ['exports were projected at $400bn, up 14%', 'en'],
  ] as [string, Language][])('an estimate marker earlier in the clause makes it approx: %s', (t, lang) =>
    expect(parseFigure(t, lang)!.qualifier).toBe('approx'));
  it('an estimate marker does not reach past its clause', () => {
    expect(found('Năm 2024, GRDP ước tăng 7,2%, thu ngân sách đạt 20.176 tỷ đồng.', 'vi').map((f) => f[2])).toEqual(['approx', 'exact']);
    expect(found('Xuất khẩu ước đạt 405 tỷ USD; nhập khẩu đạt 380 tỷ USD.', 'vi').map((f) => f[2])).toEqual(['approx', 'exact']);
    expect(found('Exports are estimated at $405bn, while imports reached $380bn.', 'en').map((f) => f[2])).toEqual(['approx', 'exact']);
    expect(found('Ước tính đạt 5%. Năm sau đạt 6%.', 'vi').map((f) => f[2])).toEqual(['approx', 'exact']);
  });
  it('words that only contain a marker are no estimate', () => {
    expect(vi('hiệp ước có 12 điều khoản, 300 doanh nghiệp')!.qualifier).toBe('exact');
    expect(vi('ước mơ của 300 doanh nghiệp')!.qualifier).toBe('exact');
    expect(en('growth was faster than expected at 7.1%')!.qualifier).toBe('exact');
  });
  it.each([
    ['không cao hơn 5%', 'atMost'], ['không hơn 5%', 'atMost'], ['không vượt 5%', 'atMost'], ['không vượt quá 5%', 'atMost'],
    ['không thấp hơn 5%', 'atLeast'], ['không kém 5%', 'atLeast'], ['vượt mốc 1 tỷ USD', 'over'],
    ['vượt ngưỡng 100 nghìn tỷ đồng', 'over'], ['từ 10% trở lên', 'atLeast'], ['18 tuổi trở xuống', 'atMost'],
  ])('vi "%s" → %s', (t, q) => expect(vi(t)!.qualifier).toBe(q));
  it.each([
    ['not more than 5%', 'atMost'], ['not less than 5%', 'atLeast'], ['passed the mark of $1bn', 'over'],
    ['50 workers or more', 'atLeast'], ['10% or less', 'atMost'], ['no higher than 4.5%', 'atMost'],
  ])('en "%s" → %s', (t, q) => expect(en(t)!.qualifier).toBe(q));
});
