import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/model/vocab';
import { parseFigure } from '../../../shared/numbers/parse-figure';
import { ShapeReader } from '../../../shared/crosscheck/shape-reader';
import { seedFiles } from '../../fixtures/seeds';

// Words before the number: cues, and words that make parseFigure skip or change a figure (ranks, dates, names,
// currency signs, minus signs, list marks).
const HEADS = [
  '', 'gần ', 'khoảng ', 'hơn ', 'trên ', 'dưới ', 'ít nhất ', 'tối đa ', 'đạt ', 'ước đạt ', 'vượt ', 'tăng hơn ',
  'thứ ', 'đứng thứ hơn ', 'năm ', 'ngày ', 'lúc ', 'số ', 'bão số ', 'Lượt xem: ', 'gấp ', 'từ ', 'Yên Bình ', '(',
  '-', '−', '$', 'US$', 'VND', 'nay', 'Covid-', 'là ', 'Lũy kế ', 'about ', 'nearly ', 'over ', 'between ', 'the ',
  'No. ', 'at ', 'in ', '#', 'x ', 'ca\u0301c ', 'tháng ',
];
// Numbers of every class numberClass tells apart, in both languages' writing.
const NUMBERS = [
  '0', '1', '01', '5', '9', '10', '12', '31', '99', '100', '123', '500', '999', '1000', '1899', '1900', '2021',
  '2100', '2101', '0909', '12345', '123456789012', '1234567890123', '28,8', '28.8', '1.030', '1,030', '1,030.5',
  '3.985,5', '0,5', '0.5', '1.5', '19.680', '1.2.3', '6,51', '100,0', '1.000.000', '2,5', '19\u00a0680', '15.08.2022', '1.030.500', '12.05.21',
];
// Words after the number: scales, units, per-parts, dates, times, names, hedges after, range joins without a number.
const TAILS = [
  '', ' tỷ USD', ' triệu USD', ' nghìn tỷ đồng', '%', ' %', ' triệu đồng/người', ' dự án', ' doanh nghiệp', ' tháng',
  ' tháng đầu năm', ' giờ sáng', ' năm', ' kV', 'G', 'B', 'k', 'bn', '.', ')', ' trở lên', ' người', ' million',
  ' billion USD', ' new units', 'th', ' tỷ', ' tỉ đồng', ' lần', 'x', ' đến', ' điểm phần trăm', ' tấn', ' ha',
  ' trong 10', ' of', ' USD', ' đồng', ' nghìn', '/', '-', ':', ' - ', '% kế hoạch', ' so với', ' tuổi trở xuống',
  ' km', ' trên', 'h', '/người', ' trăm', ' tháng 8',
];

function same(a: { value: number; halfUnit: number } | null, b: { value: number; halfUnit: number } | null): boolean {
  if (a === null || b === null) return a === b;
  return Object.is(a.value, b.value) && Object.is(a.halfUnit, b.halfUnit);
}

/** A seeded shuffle, so that each shape is learnt from a different first text than the order written above. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = xs.slice();
  let s = seed >>> 0;
  for (let k = out.length - 1; k > 0; k--) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    const j = s % (k + 1);
    [out[k], out[j]] = [out[j], out[k]];
  }
  return out;
}

function mismatches(texts: string[], lang: Language, reader: ShapeReader): string[] {
  const bad: string[] = [];
  for (const t of texts) {
    const f = parseFigure(t, lang);
    const want = f === null ? null : { value: f.value, halfUnit: f.halfUnit };
    const got = reader.read(t, lang);
    if (!same(want, got)) bad.push(`${lang}: ${JSON.stringify(t)} → ${JSON.stringify(got)}, parseFigure ${JSON.stringify(want)}`);
  }
  return bad;
}

describe('ShapeReader: parseFigure’s value and half-unit, learnt per text shape', () => {
  const grid: string[] = [];
  for (const h of HEADS) for (const n of NUMBERS) for (const t of TAILS) grid.push(h + n + t);

  it('agrees with parseFigure on every head × number × tail, in both languages and several orders', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const seed of [1, 2, 3]) expect(mismatches(shuffled(grid, seed), lang, new ShapeReader())).toEqual([]);
    }
  }, 90_000); // six passes over the whole grid through parseFigure: 5–8 s on a quiet machine

  it('agrees with parseFigure on short windows of the seed articles', () => {
    const texts: string[] = [];
    for (const { file } of seedFiles()) {
      const body = fs.readFileSync(file, 'utf8');
      for (const m of body.matchAll(/\d/g)) {
        const at = m.index;
        for (const [b, a] of [[0, 8], [6, 14], [12, 24], [20, 30]]) texts.push(body.slice(Math.max(0, at - b), at + a));
      }
    }
    expect(texts.length).toBeGreaterThan(500); // the seeds hold hundreds of digits: an empty input must fail, not pass
    for (const lang of ['vi', 'en'] as const) expect(mismatches(shuffled(texts, 7), lang, new ShapeReader())).toEqual([]);
  });

  it('reads later texts of a known shape without parsing them, with the right scale and sign', () => {
    const r = new ShapeReader();
    expect(r.read('gần 28,8 tỷ USD', 'vi')).toEqual({ value: 28.8e9, halfUnit: 0.05e9 });
    expect(r.read('gần 31,2 tỷ USD', 'vi')).toEqual({ value: 31.2e9, halfUnit: 0.05e9 });
    expect(r.read('-2,5%', 'vi')).toEqual({ value: -2.5, halfUnit: 0.05 });
    expect(r.read('-3,1%', 'vi')).toEqual({ value: -3.1, halfUnit: 0.05 });
    // A year is no figure, and another number of that shape is still read in full.
    expect(r.read('năm 2021', 'vi')).toBeNull();
    expect(r.read('năm 2022', 'vi')).toBeNull();
    expect(r.read('không có số', 'vi')).toBeNull();
  });
});
