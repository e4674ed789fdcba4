import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/extract-figures';
import { parseFigure } from '../../../shared/numbers/parse-figure';

const vi = (t: string) => parseFigure(t, 'vi');
const en = (t: string) => parseFigure(t, 'en');

describe('one unit per counted thing, its base meaning (domain.md, Units)', () => {
  it.each([
    ['1.250 hộ', 'household'], ['1.250 hộ nghèo', 'household'], ['1.250 hộ gia đình', 'household'],
    ['320 hộ cận nghèo', 'household'], ['3 triệu lượt khách', 'visitor'], ['3 triệu lượt khách quốc tế', 'visitor'],
    ['500 nghìn du khách', 'visitor'], ['2 triệu khách', 'visitor'], ['1,5 triệu lượt người', 'visitor'],
    ['215 dự án', 'project'], ['215 dự án FDI', 'project'], ['1.200 doanh nghiệp', 'enterprise'],
    ['45 công ty', 'enterprise'], ['5.000 người', 'person'], ['120 sản phẩm OCOP', 'product'],
    ['1.800 thủ tục hành chính', 'procedure'], ['900 dịch vụ công', 'service'], ['5.200 giường bệnh', 'bed'],
  ])('vi %s → %s', (t, unit) => expect(vi(t)!.unit).toBe(unit));

  it.each([
    ['1,250 households', 'household'], ['3 million visitors', 'visitor'], ['3 million tourists', 'visitor'],
    ['1.2 million arrivals', 'visitor'], ['40,000 holidaymakers', 'visitor'], ['147 FDI projects', 'project'],
    ['2,400 valid FDI projects', 'project'], ['2,400 valid projects', 'project'], ['350 firms', 'enterprise'],
    ['350 companies', 'enterprise'], ['350 enterprises', 'enterprise'], ['350 businesses', 'enterprise'],
    ['3 million foreign visitors', 'visitor'], ['12 newly licensed FDI projects', 'project'], ['5,000 people', 'person'],
    ['5,000 persons', 'person'],
  ])('en %s → %s', (t, unit) => expect(en(t)!.unit).toBe(unit));

  it('words between the number and the noun do not change the unit', () => {
    expect(en('Hai Phong attracted 147 FDI projects worth $2.1bn')).toMatchObject({ value: 147, unit: 'project' });
    expect(en('the country had 2,400 valid FDI projects')).toMatchObject({ value: 2400, unit: 'project' });
  });

  it('more than three modifiers, or a plain noun that is no counted thing, leave the unit "count"', () => {
    expect(en('7 very new shiny big FDI projects')!.unit).toBe('count');
    expect(en('7 apples')!.unit).toBe('count');
  });
});

describe('a bare "lượt" counts what its sentence counts', () => {
  const figures = (t: string) => extractFigures(t, { lang: 'vi' });
  it('after visitors it is visitors', () => {
    const t = 'Năm 2023, tỉnh đón 3,2 triệu lượt khách, trong đó khách quốc tế đạt 248.000 lượt, tăng 12%.';
    expect(figures(t).map((f) => [f.text, f.unit])).toEqual([
      ['3,2 triệu lượt khách', 'visitor'], ['248.000 lượt', 'visitor'], ['12%', '%'],
    ]);
  });
  it('after tourism words too', () =>
    expect(figures('Ngành du lịch phục vụ 1,1 triệu lượt trong quý.')[0]).toMatchObject({ unit: 'visitor', text: '1,1 triệu lượt' }));
  it('after passengers it is passengers', () =>
    expect(figures('Sân bay phục vụ hành khách: 900 nghìn lượt.')[0]).toMatchObject({ unit: 'passenger' }));
  it('with nothing counted before it in the sentence, it stays a count', () => {
    expect(figures('Khách rất đông. Bài viết có 12.000 lượt.')[0]).toMatchObject({ unit: 'count', text: '12.000' });
    expect(vi('248.000 lượt')!.unit).toBe('count');
    expect(figures('Chi nhánh phục vụ khách hàng 1.000 lượt mỗi ngày.')[0]).toMatchObject({ unit: 'count' }); // customers
  });
});
