import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../shared/crosscheck';
import { explainFigures } from '../../../shared/crosscheck/explain-figures';
import { explainStatus } from '../../../shared/crosscheck/explain-status';
import type { Observation } from '../../../shared/model/observation';
import type { Language } from '../../../shared/model/vocab';
import { dataset, obs } from './fixtures';

/** The engine's status for a hand-built group, explained with the intervals the engine uses. */
function explain(members: Observation[], words: Language = 'en', tolerance = 0.05) {
  const { groups } = checkDataset(dataset(members, [], tolerance));
  expect(groups).toHaveLength(1);
  const lang = (o: Observation): Language | null => (o.sourceId === 'src-vi' ? 'vi' : o.sourceId === 'src-en' ? 'en' : null);
  return explainStatus(groups[0].status, explainFigures(members, lang, tolerance), { words });
}

const vi = (value: number, stated: string, fields: Partial<Observation> = {}) => obs({ value, stated, sourceId: 'src-vi', ...fields });
const en = (value: number, stated: string, fields: Partial<Observation> = {}) => obs({ value, stated, sourceId: 'src-en', ...fields });

describe('explainStatus: conflict', () => {
  it('names the two figures that miss, a percentage in Vietnamese numbers with English words', () => {
    const e = explain([vi(2.16, '2,16%', { unit: '%' }), vi(2.17, '2,17%', { unit: '%' })]);
    expect(e.status).toBe('conflict');
    expect(e.reason).toBe('do not overlap: 2,155–2,165 % vs 2,165–2,175 %');
    expect(e.apart).toEqual([1, 2]);
    expect(e.text).toContain('Conflict: figures 1 and 2 do not overlap');
  });
  it('writes unbounded ends in words, English figures', () => {
    const e = explain([en(30e9, 'under $30bn', { qualifier: 'under' }), en(31.5e9, 'at least $31.5bn', { qualifier: 'atLeast' })]);
    expect(e.status).toBe('conflict');
    expect(e.reason).toBe('do not overlap: under 30.5 billion USD vs from 31.45 billion USD up');
  });
  it('says it in Vietnamese words when asked', () => {
    const e = explain([vi(2.16, '2,16%', { unit: '%' }), vi(2.17, '2,17%', { unit: '%' })], 'vi');
    expect(e.reason).toBe('không giao nhau: 2,155–2,165 % và 2,165–2,175 %');
  });
});

describe('explainStatus: compatible', () => {
  it('gives the overlap in the figures’ scale and unit (sample: Thái Nguyên export value 2021)', () => {
    const e = explain([vi(29e9, 'gần 29 tỷ USD', { qualifier: 'nearly' }), vi(28.8e9, 'trên 28,8 tỷ USD', { qualifier: 'over' })]);
    expect(e.status).toBe('compatible');
    expect(e.reason).toBe('overlap on 28,75–29,5 tỷ USD');
    expect(e.figures.map((f) => f.interval)).toEqual(['27,05 – 29,5 tỷ USD', '28,75 – 30,29 tỷ USD']);
  });
  it('keeps a nghìn tỷ amount in nghìn tỷ, with đồng as a Vietnamese reader writes it', () => {
    const e = explain([vi(840e12, 'hơn 840 nghìn tỷ đồng', { qualifier: 'over', unit: 'VND' }), vi(844e12, '844 nghìn tỷ đồng', { unit: 'VND' })]);
    expect(e.status).toBe('compatible');
    expect(e.reason).toBe('overlap on 843,5–844,5 nghìn tỷ đồng');
    expect(e.figures[0].interval).toBe('839,5 – 882,5 nghìn tỷ đồng');
  });
  it('writes English figures with English separators and scale words', () => {
    const e = explain([en(29e9, 'nearly $29 billion', { qualifier: 'nearly' }), en(28.8e9, 'over $28.8 billion', { qualifier: 'over' })]);
    expect(e.reason).toBe('overlap on 28.75–29.5 billion USD');
  });
});

describe('explainStatus: agree, single, incomparable', () => {
  it('agree: states the shared value, a negative one included', () => {
    const e = explain([en(-2.1, 'fell 2.1%', { unit: '%' }), en(-2.1, 'down 2.1%', { unit: '%' })]);
    expect(e.status).toBe('agree');
    expect(e.reason).toBe('same value: −2.1 %');
    expect(e.figures[0].interval).toBe('−2.15 – −2.05 %');
  });
  it('agree in Vietnamese words', () => {
    const e = explain([vi(6.51, '6,51%', { unit: '%' }), vi(6.51, '6,51%', { unit: '%' })], 'vi');
    expect(e.text).toBe('Khớp: 2 số liệu cùng giá trị: 6,51 %. 1. “6,51%”: 6,505 – 6,515 %; 2. “6,51%”: 6,505 – 6,515 %.');
  });
  it('single: one figure and its interval, never "30.5T"', () => {
    const e = explain([vi(30.5e12, '30.500 tỷ đồng', { unit: 'VND' })]);
    expect(e.status).toBe('single');
    expect(e.reason).toBe('one figure, nothing to compare: 30.500 tỷ đồng (30.499,5–30.500,5 tỷ đồng)');
  });
  it('single in Vietnamese words, an English figure', () => {
    const e = explain([en(711464, '711,464 visitors', { unit: 'visitor' })], 'vi');
    expect(e.reason).toBe('chỉ một số liệu, không có gì để so: 711,464 visitor (711,463.5–711,464.5 visitor)');
  });
  it('incomparable: names the units and the fix', () => {
    const e = explain([vi(215, '215 dự án', { unit: 'project' }), vi(164, '164', { unit: 'count' })]);
    expect(e.status).toBe('incomparable');
    expect(e.units).toEqual(['project', 'count']);
    expect(e.reason).toBe('units differ: project vs count — fix the unit or the indicator');
    expect(e.figures.map((f) => f.interval)).toEqual(['214,5 – 215,5 project', '163,5 – 164,5 count']);
  });
  it('incomparable in Vietnamese words', () => {
    const e = explain([en(215, '215 projects', { unit: 'project' }), en(164, '164', { unit: 'count' })], 'vi');
    expect(e.reason).toBe('đơn vị khác nhau: project và count — sửa đơn vị hoặc chỉ tiêu');
  });
  it('lists at most the figures asked for, saying how many more there are', () => {
    const members = [1, 2, 3, 4].map((k) => vi(6.51, '6,51%', { unit: '%', note: String(k) }));
    const { groups } = checkDataset(dataset(members, [], 0.05));
    const e = explainStatus(groups[0].status, explainFigures(members, () => 'vi', 0.05), { words: 'en', listed: 2 });
    expect(e.text).toBe('Agree: the 4 figures state the same value: 6,51 %. 1. “6,51%”: 6,505 – 6,515 %; 2. “6,51%”: 6,505 – 6,515 %; and 2 more.');
    expect(e.figures).toHaveLength(4);
  });
  it('a draft without a value says so and is left out of the reason', () => {
    const e = explain([vi(2.16, '2,16%', { unit: '%' }), obs({ value: null, stated: '', sourceId: 'src-vi', unit: '%' })]);
    expect(e.status).toBe('single');
    expect(e.text).toContain('2. “(no figure as written)”: no value yet');
  });
});
