import { describe, expect, it } from 'vitest';
import { findPeriodCues, readPeriod } from '../../../shared/periods/period-cues';

const PUB = '2024-08-16';

describe('period cues (domain.md, Periods)', () => {
  it.each([
    ['năm 2021', 'year', '2021', '2021-01-01', '2021-12-31'],
    ['6 tháng đầu năm 2024', 'months', '2024-M01..M06', '2024-01-01', '2024-06-30'],
    ['9 tháng năm 2024', 'months', '2024-M01..M09', '2024-01-01', '2024-09-30'],
    ['quý II/2024', 'quarter', '2024-Q2', '2024-04-01', '2024-06-30'],
    ['quý 3 năm 2023', 'quarter', '2023-Q3', '2023-07-01', '2023-09-30'],
    ['nửa đầu năm 2024', 'half', '2024-H1', '2024-01-01', '2024-06-30'],
    ['6 tháng cuối năm 2024', 'half', '2024-H2', '2024-07-01', '2024-12-31'],
    ['giai đoạn 2021-2025', 'range', '2021..2025', '2021-01-01', '2025-12-31'],
    ['2021 – 2025', 'range', '2021..2025', '2021-01-01', '2025-12-31'],
    ['giai đoạn 2021 -2025', 'range', '2021..2025', '2021-01-01', '2025-12-31'],
    ['từ năm 1954 đến năm 1964', 'range', '1954..1964', '1954-01-01', '1964-12-31'],
    ['đến nay', 'date', PUB, PUB, PUB],
    ['lũy kế đến nay', 'date', PUB, PUB, PUB],
    ['đến hết tháng 12/2023', 'date', '2023-12-31', '2023-12-31', '2023-12-31'],
    ['tính đến tháng 2/2024', 'date', '2024-02-29', '2024-02-29', '2024-02-29'],
    ['trong 7 tháng qua', 'months', '2024-M01..M07', '2024-01-01', '2024-07-31'],
    ['tháng 1-10/2024', 'months', '2024-M01..M10', '2024-01-01', '2024-10-31'],
    ['Tính đến 17h ngày 10/9/2024', 'date', '2024-09-10', '2024-09-10', '2024-09-10'],
    ['tính đến thời điểm 30/6/2024', 'date', '2024-06-30', '2024-06-30', '2024-06-30'],
    ['từ tháng 1 đến tháng 5 năm 2024', 'months', '2024-M01..M05', '2024-01-01', '2024-05-31'],
    ['hiện nay', 'date', PUB, PUB, PUB],
    ['tính đến ngày 30/6/2024', 'date', '2024-06-30', '2024-06-30', '2024-06-30'],
    ['đến hết năm 2023', 'date', '2023-12-31', '2023-12-31', '2023-12-31'],
    ['năm nay', 'year', '2024', '2024-01-01', '2024-12-31'],
    ['đến năm 2030', 'year', '2030', '2030-01-01', '2030-12-31'],
  ])('vi "%s" → %s %s', (text, kind, code, start, end) =>
    expect(readPeriod(text, 'vi', PUB)).toEqual({ kind, code, start, end }),
  );

  it.each([
    ['in 2021', 'year', '2021'],
    ['the first half of 2024', 'half', '2024-H1'],
    ['H1 2024', 'half', '2024-H1'],
    ['the first six months of 2024', 'months', '2024-M01..M06'],
    ['first 5 months of 2024', 'months', '2024-M01..M05'],
    ['Q2 2024', 'quarter', '2024-Q2'],
    ['the second quarter of 2024', 'quarter', '2024-Q2'],
    ['2021-2025', 'range', '2021..2025'],
    ['between 2021 and 2025', 'range', '2021..2025'],
    ['as of 16 August 2024', 'date', '2024-08-16'],
    ['as of August 16, 2024', 'date', '2024-08-16'],
    ['as of now', 'date', PUB],
    ['as of end-September 2024', 'date', '2024-09-30'],
    ['in the January-October period of 2024', 'months', '2024-M01..M10'],
    ['January-June 2024', 'months', '2024-M01..M06'],
    ['in the first half', 'half', '2024-H1'],
    ['In the first seven months', 'months', '2024-M01..M07'],
    ['As of June 20, FDI', 'date', '2024-06-20'],
    ['so far', 'date', PUB],
    ['last year', 'year', '2023'],
  ])('en "%s" → %s %s', (text, kind, code) => expect(readPeriod(text, 'en', PUB)).toMatchObject({ kind, code }));

  it('"đến nay" needs the publication date; without one there is no period', () =>
    expect(readPeriod('đến nay', 'vi')).toBeNull());
  it.each([
    ['vi', 'Đến nay, toàn tỉnh có'], ['vi', 'năm nay'], ['vi', 'quý II'], ['vi', '6 tháng đầu năm'], ['vi', 'Lũy kế 9 tháng'],
    ['en', 'so far'], ['en', 'this year'], ['en', 'the first half of this year'],
  ] as const)('%s "%s" without a publication date is still a cue, with no period', (lang, text) => {
    const [cue] = findPeriodCues(text, lang);
    expect(cue).toBeDefined();
    expect(cue.period).toBeNull();
  });
  it('"từ trước đến nay" (ever) and "thực hiện có" are not "as of now"', () => {
    expect(findPeriodCues('cao nhất từ trước đến nay', 'vi', PUB)).toEqual([]);
    expect(findPeriodCues('thực hiện có hiệu quả', 'vi', PUB)).toEqual([]);
  });
  it('the longer cue wins: "6 tháng đầu năm 2024" is one cue, not also "năm 2024"', () =>
    expect(findPeriodCues('6 tháng đầu năm 2024 đạt', 'vi', PUB)).toHaveLength(1));
  it('"so với cuối năm 2024" is a base of comparison too', () =>
    expect(findPeriodCues('giảm 0,5 điểm phần trăm so với cuối năm 2024', 'vi', PUB)[0]?.base).toBe(true));
  it('marks bases of comparison', () => {
    const cues = findPeriodCues('tăng 5,86% so với năm 2023; năm 2024 đạt', 'vi', PUB);
    expect(cues.map((c) => [c.period?.code, c.base ?? false])).toEqual([
      ['2023', true],
      ['2024', false],
    ]);
  });
  it('impossible periods are no cue', () => {
    expect(readPeriod('quý 5/2024', 'vi', PUB)).toBeNull();
    expect(readPeriod('giai đoạn 2025-2021', 'vi', PUB)).toBeNull();
    expect(readPeriod('năm 2025-2021', 'vi', PUB)?.code).toBe('2025');
    expect(readPeriod('as of 31 February 2024', 'en', PUB)).toBeNull();
  });
  it('reads decomposed text', () => expect(readPeriod('6 tháng đầu năm 2024'.normalize('NFD'), 'vi')?.code).toBe('2024-M01..M06'));
});

describe('cumulative months without "năm" (corpus)', () => {
  it('"Lũy kế 9 tháng" and "11 tháng đạt" are the first months of the publication year', () => {
    expect(findPeriodCues('Lũy kế 9 tháng, doanh thu đạt', 'vi', '2024-10-28')[0]?.period?.code).toBe('2024-M01..M09');
    expect(findPeriodCues('Xuất khẩu gạo 11 tháng đạt 8,5 triệu tấn', 'vi', '2024-12-12')[0]?.period?.code).toBe('2024-M01..M11');
    expect(findPeriodCues('trong 3 tháng liên tiếp', 'vi', '2024-12-12')).toEqual([]);
  });
});
