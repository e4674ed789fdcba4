import { describe, expect, it } from 'vitest';
import { figureInterval } from '../../../shared/crosscheck/interval';
import { parseFigure } from '../../../shared/numbers/parse-figure';
import type { Language } from '../../../shared/model/vocab';

const vi = (t: string) => parseFigure(t, 'vi');
const en = (t: string) => parseFigure(t, 'en');

describe('scale words (domain.md)', () => {
  it.each([
    ['5 nghìn', 5e3], ['5 ngàn', 5e3], ['5 triệu', 5e6], ['5 tỷ', 5e9], ['5 tỉ', 5e9], ['5 nghìn tỷ', 5e12],
    ['5 ngàn tỷ', 5e12], ['5 triệu tỷ', 5e15], ['1.030 nghìn tỷ đồng', 1.03e15], ['518,54 triệu USD', 5.1854e8],
  ])('vi %s = %d', (t, v) => expect(vi(t)!.value).toBe(v));
  it.each([
    ['5 thousand', 5e3], ['50k', 5e4], ['5 million', 5e6], ['$5m', 5e6], ['5mn', 5e6], ['5 mn', 5e6],
    ['5 billion', 5e9], ['1.2bn', 1.2e9], ['5 trillion', 5e12], ['$1.5tn', 1.5e12],
  ])('en %s = %d', (t, v) => expect(en(t)!.value).toBe(v));
  it('"tỷ lệ" is a ratio, not a scale', () => expect(vi('5 tỷ lệ')!.value).toBe(5));
});

describe('units (domain.md)', () => {
  it.each([
    ['29 tỷ USD', 'USD'], ['29 tỷ US$', 'USD'], ['29 tỷ đô la Mỹ', 'USD'], ['19.680 tỷ đồng', 'VND'],
    ['500 VNĐ', 'VND'], ['500 VND', 'VND'], ['50.000đ', 'VND'], ['50.000 đ', 'VND'], ['20%', '%'],
    ['20 phần trăm', '%'], ['95,1 triệu đồng/người', 'VND/person'], ['215 dự án', 'project'], ['6 huyện', 'district'],
    ['118/126 xã', 'commune'], ['2.395ha', 'ha'], ['42', 'count'], ['12 nền tảng', 'platform'],
  ])('vi %s → %s', (t, unit) => expect(vi(t)!.unit).toBe(unit));
  it.each([
    ['$1.2bn', 'USD'], ['US$5 million', 'USD'], ['5 million US dollars', 'USD'], ['USD 20', 'USD'],
    ['7 trillion dong', 'VND'], ['5.5 percent', '%'], ['5.5 per cent', '%'], ['215 projects', 'project'],
    ['2 million people', 'person'], ['$2,000 per capita', 'USD/person'], ['42', 'count'],
  ])('en %s → %s', (t, unit) => expect(en(t)!.unit).toBe(unit));
  it('keeps percent values as written: 20% is 20', () => expect(vi('20%')!.value).toBe(20));
  it('"95,1 triệu đồng/người" = 95100000 VND/person', () =>
    expect(vi('95,1 triệu đồng/người')).toMatchObject({ value: 95100000, unit: 'VND/person' }));
  it('"5 đồng chí" (five comrades) is no currency', () => expect(vi('5 đồng chí')!.unit).toBe('count'));
  it('ranks: thứ 8/63 is value 8 of 63, unit rank', () =>
    expect(vi('thứ 8/63')).toMatchObject({ value: 8, of: 63, unit: 'rank', text: 'thứ 8/63' }));
  it('ranks: đứng thứ hơn 40 keeps its hedge', () =>
    expect(vi('đứng thứ hơn 40 cả nước')).toMatchObject({ value: 40, unit: 'rank', qualifier: 'over' }));
  it('ranks in English: 5th, 8th of 63', () => {
    expect(en('ranked 5th')).toMatchObject({ value: 5, unit: 'rank' });
    expect(en('8th of 63')).toMatchObject({ value: 8, of: 63, unit: 'rank' });
  });
  it('shares: 118/126 xã is 118 communes of 126', () =>
    expect(vi('118/126 xã')).toMatchObject({ value: 118, of: 126, unit: 'commune' }));
  it('multipliers: gấp 2 lần, 2.5 times', () => {
    expect(vi('cao gấp 2 lần')).toMatchObject({ value: 2, unit: 'times', text: 'gấp 2 lần' });
    expect(en('2.5 times')).toMatchObject({ value: 2.5, unit: 'times' });
  });
  it('ranges: value is the midpoint, the interval covers both ends', () => {
    const r = vi('từ 10 đến 15%')!;
    expect(r).toMatchObject({ value: 12.5, unit: '%', range: [10, 15], text: 'từ 10 đến 15%' });
    expect(figureInterval(r.value, r.halfUnit, r.qualifier, 0)).toEqual({ low: 9.5, high: 15.5 });
    expect(vi('10-15%')).toMatchObject({ range: [10, 15], unit: '%' });
    expect(vi('10 - 15 tỷ đồng')).toMatchObject({ range: [10e9, 15e9], unit: 'VND' });
    expect(en('between 10 and 15 percent')).toMatchObject({ range: [10, 15], unit: '%' });
  });
  it('a minus sign makes a negative value', () => expect(vi('-2,5%')!.value).toBe(-2.5));
});

type Row = [string, string];
const QUALIFIER_ROWS: Record<Language, Row[]> = {
  vi: [
    ['đạt', 'exact'], ['là', 'exact'], ['khoảng', 'approx'], ['xấp xỉ', 'approx'], ['ước', 'approx'],
    ['ước đạt', 'approx'], ['ước tính', 'approx'], ['chừng', 'approx'], ['trên dưới', 'approx'], ['gần', 'nearly'],
    ['gần như', 'nearly'], ['suýt', 'nearly'], ['trên', 'over'], ['hơn', 'over'], ['vượt', 'over'], ['dưới', 'under'],
    ['chưa đến', 'under'], ['chưa tới', 'under'], ['không đến', 'under'], ['tối thiểu', 'atLeast'],
    ['ít nhất', 'atLeast'], ['không dưới', 'atLeast'], ['không ít hơn', 'atLeast'], ['tối đa', 'atMost'],
    ['không quá', 'atMost'], ['không vượt quá', 'atMost'],
  ],
  en: [
    ['about', 'approx'], ['around', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'],
    ['estimated', 'approx'], ['some', 'approx'], ['~', 'approx'], ['nearly', 'nearly'], ['almost', 'nearly'],
    ['close to', 'nearly'], ['just under', 'nearly'], ['over', 'over'], ['more than', 'over'], ['above', 'over'],
    ['exceeding', 'over'], ['upwards of', 'over'], ['under', 'under'], ['below', 'under'], ['less than', 'under'],
    ['fewer than', 'under'], ['at least', 'atLeast'], ['minimum of', 'atLeast'], ['no less than', 'atLeast'],
    ['at most', 'atMost'], ['up to', 'atMost'], ['maximum of', 'atMost'], ['no more than', 'atMost'],
  ],
};

describe('qualifier cues (domain.md, both languages)', () => {
  it.each(QUALIFIER_ROWS.vi)('vi "%s 28,8 tỷ USD" → %s', (cue, q) => {
    const f = vi(`${cue} 28,8 tỷ USD`)!;
    expect(f.qualifier).toBe(q);
    expect(f.value).toBe(28.8e9);
    // The hedge joins the span; đạt/là (exact) do not.
    expect(f.text).toBe(q === 'exact' ? '28,8 tỷ USD' : `${cue} 28,8 tỷ USD`);
  });
  it.each(QUALIFIER_ROWS.en)('en "%s $28.8bn" → %s', (cue, q) => {
    const f = en(`${cue} $28.8bn`)!;
    expect(f.qualifier).toBe(q);
    expect(f.value).toBe(28.8e9);
    expect(f.text).toBe(`${cue} $28.8bn`);
  });
  it('no cue is exact in English', () => expect(en('$28.8bn')!.qualifier).toBe('exact'));
  it('a cue counts only right before the number, after đạt at most', () => {
    expect(vi('trên địa bàn có 215 dự án')!.qualifier).toBe('exact');
    expect(vi('đạt trên 95 triệu đồng')!.qualifier).toBe('over');
    expect(vi('gần đạt 29 tỷ USD')).toMatchObject({ qualifier: 'nearly', text: 'gần đạt 29 tỷ USD' });
    expect(en('nearly reached $29bn')!.qualifier).toBe('nearly');
  });
  it('"trên 3 nền tảng" (on three platforms) is no hedge; "trên 500 tác phẩm" is', () => {
    expect(vi('trên 3 nền tảng')!.qualifier).toBe('exact');
    expect(vi('trên 500 tác phẩm')!.qualifier).toBe('over');
  });
  it('cues are found whatever their case', () => expect(vi('Gần 1.000 doanh nghiệp')!.qualifier).toBe('nearly'));
});

describe('intervals of the worked examples (domain.md)', () => {
  const iv = (t: string) => {
    const f = vi(t)!;
    return figureInterval(f.value, f.halfUnit, f.qualifier, 0.05);
  };
  it('gần 29 tỷ USD → [27.05e9, 29.5e9)', () => expect(iv('gần 29 tỷ USD')).toEqual({ low: 27.05e9, high: 29.5e9 }));
  it('trên 28,8 tỷ USD → [28.75e9, 30.29e9)', () =>
    expect(iv('trên 28,8 tỷ USD')).toEqual({ low: 28.75e9, high: 30.29e9 }));
  it('2,16% → [2.155, 2.165)', () => expect(iv('2,16%')).toEqual({ low: 2.155, high: 2.165 }));
});

describe('not figures (domain.md)', () => {
  it.each([
    '16/08/2024', '15/08/2022 21:27', 'năm 2025', '3G', '4G', '5G', 'Covid-19', 'Quốc lộ 37', 'Quốc lộ 1B',
    'Nghị quyết số 01-NQ/TU', 'Số 28-HD/BTGTU', '(20/12)', 'ngày 31/12', 'tháng 11/1940', 'đến 2030', '2021-2025',
    'giai đoạn 2021 - 2025', 'cùng kỳ 2020', 'C-19', 'Nghị quyết số 01', 'cấp độ 4', 'lần thứ 13', 'no digits here',
    '20221015082803',
  ])('vi "%s" holds no figure', (t) => expect(vi(t)).toBeNull());
  it.each(['16 August 2024', 'August 16, 2024', 'in 2021', 'Covid 19', 'the 10-year plan', 'since 2020', 'Route 66'])(
    'en "%s" holds no figure',
    (t) => expect(en(t)).toBeNull(),
  );
  it('a year-like number with a currency, a scale or a percent is a figure', () => {
    expect(vi('2024 tỷ đồng')!.value).toBe(2024e9);
    expect(vi('2.024 dự án')!.value).toBe(2024);
  });
  it('finds the figure after a date or a year in the same text', () =>
    expect(vi('năm 2021 đạt 6,51%')).toMatchObject({ value: 6.51, unit: '%' }));
});

describe('decomposed text', () => {
  it('NFD input reads like NFC', () => {
    const nfc = vi('gần 29 tỷ USD')!;
    const nfd = vi('gần 29 tỷ USD'.normalize('NFD'))!;
    expect(nfd).toEqual(nfc);
  });
});

describe('rules found by the held-out corpus (tests/fixtures/corpus)', () => {
  it.each([
    '9 giờ sáng', 'lúc 8 giờ 30 phút', '14 giờ ngày 5/10', 'lúc 15 giờ', 'Lượt xem: 1.234', 'Bình luận (12)',
    'bão số 3', '0909 123 456', 'Tổng đài 1800 1234', 'mã 005930', 'đường dây 500 kV', 'Lũy kế 9 tháng',
    'gạo 5% tấm', 'Top 10',
  ])('vi "%s" holds no figure', (t) => expect(vi(t)).toBeNull());
  it.each(['at 9 a.m.', 'the top 10 destinations', 'Call 028 3823 9205'])('en "%s" holds no figure', (t) =>
    expect(en(t)).toBeNull(),
  );
  it('plain spaces group thousands before a unit, a counted noun or nothing, never after another digit run', () => {
    expect(vi('19 680')).toMatchObject({ value: 19680, unit: 'count', text: '19 680' });
    expect(vi('19 680 lao động')).toMatchObject({ value: 19680, unit: 'worker' });
    expect(vi('khoảng 1 234 567 người.')).toMatchObject({ value: 1234567, unit: 'person', qualifier: 'approx' });
    expect(vi('19 680,5 tỷ đồng')).toMatchObject({ value: 19680.5e9, unit: 'VND' });
    expect(en('12 500 jobs')).toMatchObject({ value: 12500, unit: 'job' });
    expect(vi('năm 2021 150 dự án')).toMatchObject({ value: 150, unit: 'project' });
    expect(vi('0909 123 456')).toBeNull();
    expect(vi('có 12 345 khác')?.value).toBe(12);
  });
  it('"a year earlier" is a time, not a rate; an English adjective after a scale still leads to the noun', () => {
    expect(en('$3.6 billion a year earlier')).toMatchObject({ value: 3.6e9, unit: 'USD', text: '$3.6 billion' });
    expect(en('$3.6 billion a year')).toMatchObject({ unit: 'USD/year' });
    expect(vi('5 tỷ USD một năm trước')).toMatchObject({ unit: 'USD' });
    expect(en('nearly 3 million foreign visitors')).toMatchObject({ value: 3e6, unit: 'visitor', qualifier: 'nearly' });
  });
  it('reads compound amounts: each part with a smaller scale, the unit after the last, its half-unit the last part\'s', () => {
    expect(vi('1 tỷ 200 triệu đồng')).toMatchObject({ value: 1.2e9, unit: 'VND', halfUnit: 0.5e6, text: '1 tỷ 200 triệu đồng' });
    expect(vi('khoảng 4 triệu 500 nghìn đồng')).toMatchObject({ value: 4.5e6, unit: 'VND', qualifier: 'approx' });
    expect(vi('3 tỷ USD 200 triệu')).toMatchObject({ value: 3e9, text: '3 tỷ USD' });
    expect(vi('5 triệu 2 người')).toMatchObject({ value: 5e6, text: '5 triệu' });
  });
  it('English press abbreviations: bln, trln, sq.m, sq km', () => {
    expect(en('12 bln USD')).toMatchObject({ value: 12e9, unit: 'USD' });
    expect(en('$3bln')).toMatchObject({ value: 3e9, unit: 'USD' });
    expect(en('1.2 million sq.m')).toMatchObject({ value: 1.2e6, unit: 'm2' });
    expect(en('330 sq km')).toMatchObject({ value: 330, unit: 'km2' });
  });
  it('found by probing unseen articles: hedges on thousands, minus words, rates per counted noun, more nouns and measures', () => {
    expect(vi('trên 1.500 hộ')).toMatchObject({ value: 1500, unit: 'household', qualifier: 'over', text: 'trên 1.500 hộ' });
    expect(vi('trên 2 lần')).toMatchObject({ value: 2, unit: 'times', qualifier: 'over' });
    expect(vi('trên 3 nền tảng')).toMatchObject({ qualifier: 'exact' });
    expect(vi('âm 2,5%')).toMatchObject({ value: -2.5, unit: '%', text: 'âm 2,5%' });
    expect(vi('25 triệu khách/năm')).toMatchObject({ value: 25e6, unit: 'visitor/year' });
    expect(vi('9,2 triệu USD/dự án')).toMatchObject({ unit: 'USD/project' });
    expect(vi('từ 2 triệu đến 5 triệu đồng/đêm')).toMatchObject({ value: 3.5e6, unit: 'VND/night' });
    expect(vi('gần 50.000 phòng')).toMatchObject({ unit: 'room', qualifier: 'nearly' });
    expect(vi('100 triệu dân')).toMatchObject({ value: 1e8, unit: 'person' });
    expect(vi('trên 400 mm')).toMatchObject({ value: 400, unit: 'mm', qualifier: 'over' });
    expect(vi('40 độ C')).toMatchObject({ value: 40, unit: '°C' });
    expect(en('17.6 million foreign arrivals')).toMatchObject({ value: 17.6e6, unit: 'visitor' });
  });
  it.each(['Sáng 12-9, đoàn đến', 'từ 24-26/9 sẽ diễn ra', 'Ngày 30-4 và 1-5', 'Thứ năm, 15/8/2024, 21:27 (GMT+7)', 'Vành đai 3', 'trên mức báo động 2', 'Hội nghị Trung ương 8', 'kỳ hạn 12 tháng'])(
    'vi "%s" holds no figure (days and months with a dash, time zones, names)',
    (t) => expect(vi(t)).toBeNull(),
  );
  it('amounts per person by their words, "đô", ordinals that count times, ranges sharing a compound scale', () => {
    expect(vi('GRDP bình quân đầu người đạt 120 triệu đồng')).toMatchObject({ value: 1.2e8, unit: 'VND/person' });
    expect(en('GDP per capita reached $4,700')).toMatchObject({ value: 4700, unit: 'USD/person' });
    expect(vi('bình quân đầu người tăng 5%')).toMatchObject({ unit: '%' });
    expect(vi('500 triệu đô')).toMatchObject({ value: 5e8, unit: 'USD' });
    expect(vi('5 đô thị')).toMatchObject({ unit: 'urban area' });
    expect(en('for the 10th consecutive year')).toBeNull();
    expect(vi('10 nghìn - 12 nghìn tỷ đồng')).toMatchObject({ value: 11e12, unit: 'VND', range: [10e12, 12e12] });
    expect(vi('từ 500 triệu đến 2 tỷ đồng')).toMatchObject({ range: [5e8, 2e9] });
  });
  it('second probe: prices per unit after a currency sign, speeds, quakes, "trường hợp", ordinals in names', () => {
    expect(en('$627/tonne')).toMatchObject({ value: 627, unit: 'USD/tonne', text: '$627/tonne' });
    expect(en('VND20,580/litre')).toMatchObject({ value: 20580, unit: 'VND/litre' });
    expect(en('$5,000/m2')).toMatchObject({ unit: 'USD/m2' });
    expect(vi('123/QĐ-UBND')).toBeNull();
    expect(en('120 km/h')).toMatchObject({ value: 120, unit: 'km/h' });
    expect(vi('5.500 m3/s')).toMatchObject({ value: 5500, unit: 'm3/s' });
    expect(vi('4,2 độ richter')).toMatchObject({ value: 4.2, unit: 'Richter' });
    expect(vi('hơn 1,2 triệu trường hợp')).toMatchObject({ value: 1.2e6, unit: 'case', qualifier: 'over' });
    expect(en('The 2nd Ring Road')).toBeNull();
    expect(en('ranked 8th out of 63')).toMatchObject({ value: 8, unit: 'rank', of: 63 });
  });
  it('a dash between a day-like and a month-like number with a unit after is still a range', () => {
    expect(vi('tăng 2-3%')).toMatchObject({ value: 2.5, unit: '%' });
    expect(vi('khoảng 3-5 ngày')).toMatchObject({ value: 4, unit: 'day' });
  });
  it('a price per kilometre or per week keeps its per-part', () => {
    expect(vi('12 tỷ đồng/km')).toMatchObject({ value: 12e9, unit: 'VND/km' });
    expect(en('$300 a week')).toMatchObject({ unit: 'USD/week' });
  });
  it('a duration in hours is still a figure, and "tổng số" is no label', () => {
    expect(vi('trong 48 giờ')).toMatchObject({ value: 48, unit: 'hour' });
    expect(vi('tổng số 215 dự án')).toMatchObject({ value: 215, unit: 'project' });
  });
  it('"N tháng đạt" is a period, not a count of months', () => expect(vi('gạo 11 tháng đạt 8,5 triệu tấn')!.value).toBe(8.5e6));
  it('hedges after the figure: trở lên, trở xuống, or more', () => {
    expect(vi('từ 10% trở lên')).toMatchObject({ value: 10, qualifier: 'atLeast', text: '10% trở lên' });
    expect(vi('18 tuổi trở xuống')).toMatchObject({ value: 18, qualifier: 'atMost' });
    expect(en('50 workers or more')).toMatchObject({ value: 50, unit: 'worker', qualifier: 'atLeast' });
  });
  it('"cao hơn 0,3 điểm %" and "vượt 27,7% dự toán" are differences, not hedges; "vượt 1.280 điểm" is', () => {
    expect(vi('thấp hơn 0,3 điểm %')).toMatchObject({ value: 0.3, unit: 'pp', qualifier: 'exact' });
    expect(vi('vượt 27,7% dự toán')).toMatchObject({ value: 27.7, qualifier: 'exact' });
    expect(vi('vượt 1.280 điểm')).toMatchObject({ value: 1280, unit: 'point', qualifier: 'over' });
    expect(vi('nhiều hơn 500 người')!.qualifier).toBe('over');
    expect(vi('kéo dài hơn 6 tháng')).toMatchObject({ value: 6, unit: 'month', qualifier: 'over' });
    expect(vi('cao hơn 2% so với năm trước')!.qualifier).toBe('exact');
  });
  it('reads "quanh mức" as approx and new measures and per-parts', () => {
    expect(vi('quanh mức 2.740 USD/ounce')).toMatchObject({ value: 2740, unit: 'USD/ounce', qualifier: 'approx' });
    expect(vi('60,2 tạ/ha')).toMatchObject({ value: 60.2, unit: 'quintal/ha' });
    expect(vi('88,5 triệu đồng/lượng')).toMatchObject({ unit: 'VND/tael' });
    expect(vi('1.500 đồng/cổ phiếu')).toMatchObject({ value: 1500, unit: 'VND/share' });
    expect(en('VND67 million per square meter')).toMatchObject({ value: 6.7e7, unit: 'VND/m2' });
  });
  it('a currency code glued to the digits: VND1.5 trillion, USD20', () => {
    expect(en('VND1.5 trillion')).toMatchObject({ value: 1.5e12, unit: 'VND', text: 'VND1.5 trillion' });
    expect(en('USD20')).toMatchObject({ value: 20, unit: 'USD' });
    expect(en('LH8')).toBeNull();
  });
  it('one English adjective may stand before the counted noun', () =>
    expect(en('around 2,100 new units')).toMatchObject({ value: 2100, unit: 'unit', qualifier: 'approx' }));
});
