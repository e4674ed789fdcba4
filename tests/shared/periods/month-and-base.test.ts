import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/extract-figures';
import { csvLine, INTERCHANGE_COLUMNS, readInterchange } from '../../../shared/interchange';
import { parsePeriodInput } from '../../../renderer/src/grid/cell-values';
import { parsePeriodCode } from '../../../shared/periods/period-code';
import { findPeriodCues, readPeriod } from '../../../shared/periods/period-cues';
import { PERIOD_KINDS } from '../../../shared/periods/period';
import type { Language } from '../../../shared/model/vocab';

const PUB = '2025-01-10';

describe('a single month is a period (domain.md, Periods, revised)', () => {
  it('is a kind with a code of its own: 2024-12', () => {
    expect(PERIOD_KINDS).toContain('month');
    const r = parsePeriodCode('2024-12');
    expect(r).toEqual({ ok: true, period: { kind: 'month', start: '2024-12-01', end: '2024-12-31', code: '2024-12' } });
    expect(parsePeriodCode('2024-02')).toMatchObject({ ok: true, period: { end: '2024-02-29' } });
  });
  it('refuses a month that does not exist, or one written with one digit, saying why', () => {
    expect(parsePeriodCode('2021-13')).toEqual({ ok: false, message: 'period "2021-13": month 13 does not exist' });
    expect(parsePeriodCode('2024-3')).toEqual({ ok: false, message: 'period "2024-3": write the month with two digits (2024-03)' });
  });
  it.each([
    ['tháng 12/2024', 'vi'], ['tháng 12 năm 2024', 'vi'], ['tháng 12-2024', 'vi'], ['riêng tháng 12', 'vi'], ['trong tháng 12', 'vi'],
    ['tháng 12 vừa qua', 'vi'], ['in December 2024 alone', 'en'], ['December 2024', 'en'], ['in December alone', 'en'],
  ] as [string, Language][])('%s → 2024-12 (published %s)', (t, lang) =>
    expect(readPeriod(t, lang, PUB)).toEqual({ kind: 'month', start: '2024-12-01', end: '2024-12-31', code: '2024-12' }));
  it('a month named without a year takes the publication year when it is not later than the publication month', () =>
    expect(readPeriod('riêng tháng 1', 'vi', PUB)?.code).toBe('2025-01'));
  it('July 2024 → 2024-07; without a publication date a month with no year has no period', () => {
    expect(readPeriod('July 2024', 'en')?.code).toBe('2024-07');
    expect(readPeriod('riêng tháng 12', 'vi')).toBeNull();
  });
  it('a day of an event is not a month period', () => {
    expect(readPeriod('ngày 15 tháng 12 năm 2024', 'vi', PUB)).toBeNull();
    expect(readPeriod('on 8 January 2024', 'en', PUB)).toBeNull();
  });
  it('"6 tháng đầu năm" and "tháng 1-10/2024" stay first months', () => {
    expect(readPeriod('tháng 1-10/2024', 'vi', PUB)?.code).toBe('2024-M01..M10');
    expect(readPeriod('January-June 2024', 'en', PUB)?.code).toBe('2024-M01..M06');
  });
  it('every reader of codes takes it: interchange import and the grid\'s period input', () => {
    const row = { id: 'o1', entity: 'Việt Nam', indicator: 'Export value', period: '2024-12', value: '35.6', unit: 'USD', qualifier: 'exact', status: 'draft' };
    const file = `${INTERCHANGE_COLUMNS.join(',')}\n${csvLine(INTERCHANGE_COLUMNS.map((c) => (row as Record<string, string>)[c] ?? '')).trimEnd()}\n`;
    const r = readInterchange(file, 'csv');
    expect(r.errors).toEqual([]);
    expect(r.rows[0].observation.period).toBe('2024-12');
    expect(parsePeriodInput(' 2024-12 ')).toEqual({ ok: true, value: '2024-12' });
  });
  it('extraction gives a figure its month', () => {
    const t = 'Năm 2024, kim ngạch xuất khẩu đạt 405 tỷ USD. Riêng tháng 12, xuất khẩu đạt 35,6 tỷ USD.';
    const figs = extractFigures(t, { lang: 'vi', published: PUB });
    expect(figs.map((f) => [f.text, f.period?.code])).toEqual([['405 tỷ USD', '2024'], ['35,6 tỷ USD', '2024-12']]);
  });
});

describe('a compared-with year is never the period', () => {
  const periodOf = (t: string, figure: string, lang: Language) =>
    extractFigures(t, { lang, published: PUB }).find((f) => f.text === figure)?.period?.code;
  it.each([
    ['Năm 2023, khách quốc tế đạt 12,6 triệu lượt, bằng 97,6% năm 2019.', '97,6%', '2023'],
    ['Năm 2023, GRDP tăng 7,2% so với năm 2022.', '7,2%', '2023'],
    ['Quý I/2024, xuất khẩu tăng 17% so với cùng kỳ năm 2023.', '17%', '2024-Q1'],
    ['Năm 2023, sản lượng gấp 2 lần năm 2015.', 'gấp 2 lần', '2023'],
  ])('%s', (t, figure, want) => expect(periodOf(t, figure, 'vi')).toBe(want));
  it('English: compared with the same period in 2023, and a bare compared-with year', () => {
    expect(periodOf('In 2024, exports rose 14% compared with the same period in 2023.', '14%', 'en')).toBe('2024');
    expect(periodOf('In 2024, exports rose 14% compared with 2023.', '14%', 'en')).toBe('2024');
  });
  it('marks "bằng 97,6% năm 2019" as a base', () =>
    expect(findPeriodCues('bằng 97,6% năm 2019', 'vi', PUB)[0]).toMatchObject({ base: true }));
});

describe('a period stated once holds until another is stated (carry-over)', () => {
  const codes = (t: string, lang: Language = 'vi') => extractFigures(t, { lang, published: PUB }).map((f) => f.period?.code ?? null);
  it('over later sentences and paragraphs, however far', () => {
    const filler = ' Tỉnh tiếp tục cải cách hành chính, nâng cao chất lượng dịch vụ công trực tuyến.'.repeat(20);
    expect(codes(`Năm 2024, GRDP tăng 7,2%.${filler}\n\nThu ngân sách đạt 20.176 tỷ đồng.`)).toEqual(['2024', '2024']);
  });
  it('until another is stated', () =>
    expect(codes('Quý I/2024, xuất khẩu tăng 17%. Nhập khẩu tăng 12%. Quý II/2024, xuất khẩu tăng 15%. Nhập khẩu tăng 9%.')).toEqual([
      '2024-Q1', '2024-Q1', '2024-Q2', '2024-Q2',
    ]));
  it('months and dates carry too', () => {
    expect(codes('Tháng 12/2024, xuất khẩu đạt 35 tỷ USD. Nhập khẩu đạt 32 tỷ USD.')).toEqual(['2024-12', '2024-12']);
    expect(codes('Tính đến ngày 30/6/2024, tỉnh có 500 dự án. Tổng vốn đạt 10 tỷ USD.')).toEqual(['2024-06-30', '2024-06-30']);
  });
  it('a target year does not carry; the period before it goes on', () =>
    expect(codes('Năm 2024, GRDP tăng 7,2%. Đến năm 2030, phấn đấu đạt 10%. Thu ngân sách đạt 20.176 tỷ đồng.')).toEqual([
      '2024', '2030', '2024',
    ]));
  it('a base of comparison does not carry', () =>
    expect(codes('Năm 2024, GRDP tăng 7,2% so với năm 2023. Thu ngân sách đạt 20.176 tỷ đồng.')).toEqual(['2024', '2024']));
  it('in English too', () =>
    expect(codes('In 2023, exports rose 5%. Imports grew 3%. In July 2024, exports reached $30 billion. Imports were $28 billion.', 'en')).toEqual([
      '2023', '2023', '2024-07', '2024-07',
    ]));
});
