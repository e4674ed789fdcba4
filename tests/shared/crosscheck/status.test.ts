import { describe, expect, it } from 'vitest';
import { checkDataset, groupStatus, observationInterval, type StatusInput } from '../../../shared/crosscheck';
import type { Observation } from '../../../shared/model/observation';
import { dataset, obs } from './fixtures';

/** The status of a group of hand-built observations, as the dataset check sees it (vi and en sources as set). */
function statusOf(group: Observation[], tolerance = 0.05) {
  const { groups } = checkDataset(dataset(group, [], tolerance));
  expect(groups).toHaveLength(1);
  return groups[0];
}

const input = (value: number | null, unit: string, low: number, high: number): StatusInput => ({
  value,
  unit,
  interval: value === null ? null : { low, high },
});

describe('groupStatus: each status of domain.md', () => {
  it('single: one observation', () => {
    expect(groupStatus([input(5, 'USD', 4.5, 5.5)])).toEqual({ status: 'single', spread: 0 });
  });
  it('agree: several, same value and unit', () => {
    expect(groupStatus([input(5, 'USD', 4.5, 5.5), input(5, 'USD', 4.5, 5.5)])).toEqual({ status: 'agree', spread: 0 });
  });
  it('compatible: values differ but the intervals share a value', () => {
    expect(groupStatus([input(5, 'USD', 4.5, 5.5), input(5.2, 'USD', 5.15, 5.25)]).status).toBe('compatible');
  });
  it('conflict: no value lies in every interval, even if each pair meets', () => {
    const r = groupStatus([input(1, '%', 0, 2), input(2, '%', 1, 3), input(3, '%', 2, 4)]);
    expect(r.status).toBe('conflict');
  });
  it('incomparable: units differ, whatever the values', () => {
    expect(groupStatus([input(5, 'USD', 4.5, 5.5), input(5, 'VND', 4.5, 5.5)]).status).toBe('incomparable');
  });
  it('drafts without a value are left out: a group with one value and one empty draft is single', () => {
    expect(groupStatus([input(5, 'USD', 4.5, 5.5), input(null, 'USD', 0, 0)]).status).toBe('single');
  });
  it('spread is (max − min) / max |value|', () => {
    expect(groupStatus([input(2.16, '%', 2.155, 2.165), input(2.17, '%', 2.165, 2.175)]).spread).toBeCloseTo(0.01 / 2.17, 12);
    expect(groupStatus([input(-3, '%', -3.5, -2.5), input(-2, '%', -2.5, -1.5)]).spread).toBeCloseTo(1 / 3, 12);
    expect(groupStatus([input(0, '%', -0.5, 0.5), input(0, '%', -0.5, 0.5)]).spread).toBe(0);
  });
});

describe('worked examples of domain.md, built from the stated text and the source language', () => {
  it('Thái Nguyên exports 2021: gần 29 tỷ USD against trên 28,8 tỷ USD is compatible', () => {
    const g = statusOf([
      obs({ value: 29e9, unit: 'USD', qualifier: 'nearly', stated: 'gần 29 tỷ USD', sourceId: 'src-vi' }),
      obs({ value: 28.8e9, unit: 'USD', qualifier: 'over', stated: 'trên 28,8 tỷ USD', sourceId: 'src-vi2' }),
    ]);
    expect(g.status).toBe('compatible');
    expect(g.spread).toBeCloseTo(0.2 / 29, 12);
  });
  it('Industrial production value 2021: hơn 840 nghìn tỷ đồng against 844 nghìn tỷ đồng is compatible', () => {
    const g = statusOf([
      obs({ indicator: 'Industrial production value', value: 840e12, unit: 'VND', qualifier: 'over', stated: 'hơn 840 nghìn tỷ đồng' }),
      obs({ indicator: 'Industrial production value', value: 844e12, unit: 'VND', qualifier: 'exact', stated: '844 nghìn tỷ đồng', sourceId: 'src-vi2' }),
    ]);
    expect(g.status).toBe('compatible');
  });
  it('GRDP growth 2021: 6,51% twice agrees', () => {
    const g = statusOf([
      obs({ indicator: 'GRDP growth', value: 6.51, unit: '%', stated: '6,51%' }),
      obs({ indicator: 'GRDP growth', value: 6.51, unit: '%', stated: '6,51%', sourceId: 'src-vi2' }),
    ]);
    expect(g.status).toBe('agree');
    expect(g.spread).toBe(0);
  });
  it('Poor household rate 2021: 2,16% against 2,17% is a conflict (the intervals touch at 2.165)', () => {
    const g = statusOf([
      obs({ indicator: 'Poor household rate', value: 2.16, unit: '%', stated: '2,16%' }),
      obs({ indicator: 'Poor household rate', value: 2.17, unit: '%', stated: '2,17%', sourceId: 'src-vi2' }),
    ]);
    expect(g.status).toBe('conflict');
  });
});

describe('statuses on cases beyond the samples', () => {
  it('an English source reads its own separators: 28.8 billion and 28,8 tỷ agree in value', () => {
    const g = statusOf([
      obs({ value: 28.8e9, stated: 'USD 28.8 billion', sourceId: 'src-en' }),
      obs({ value: 28.8e9, stated: '28,8 tỷ USD', sourceId: 'src-vi' }),
    ]);
    expect(g.status).toBe('agree');
  });
  it('a rounded figure and a precise one are compatible: 29 tỷ against 28,8 tỷ (29 tỷ stands for [28.5e9, 29.5e9))', () => {
    const g = statusOf([obs({ value: 29e9, stated: '29 tỷ USD' }), obs({ value: 28.8e9, stated: '28,8 tỷ USD' })]);
    expect(g.status).toBe('compatible');
  });
  it('the same figures typed by hand (no stated text) are judged at the precision of the value: a conflict', () => {
    const g = statusOf([obs({ value: 29.1e9, stated: '' }), obs({ value: 28.8e9, stated: '' })]);
    expect(g.status).toBe('conflict');
  });
  it('trailing zero groups are rounding, typed or written (domain.md, revised): 711,000 and 711.464 are compatible', () => {
    expect(statusOf([obs({ value: 711000, stated: '711,000' }), obs({ value: 711464, stated: '711.464' })]).status).toBe('compatible');
    expect(statusOf([obs({ value: 711000, stated: '711.000' }), obs({ value: 711464, stated: '711.464' })]).status).toBe('compatible');
    expect(statusOf([obs({ value: 711000, stated: '' }), obs({ value: 711464, stated: '' })]).status).toBe('compatible');
    expect(statusOf([obs({ value: 29e9, stated: '' }), obs({ value: 28.8e9, stated: '' })]).status).toBe('compatible');
    // 711.464 keeps h = 0.5: it does not reach 712.000's interval [711.500, 712.500).
    expect(statusOf([obs({ value: 712000, stated: '712.000' }), obs({ value: 711464, stated: '711.464' })]).status).toBe('conflict');
    expect(statusOf([obs({ value: 2e12, stated: '2.000 tỷ đồng' }), obs({ value: 2.3e12, stated: '2.300 tỷ đồng' })]).status).toBe('compatible');
  });
  it('equal values agree whatever their qualifiers (v lies in every interval of v)', () => {
    const g = statusOf([
      obs({ value: 29e9, qualifier: 'nearly', stated: 'gần 29 tỷ USD' }),
      obs({ value: 29e9, qualifier: 'over', stated: 'hơn 29 tỷ USD' }),
    ]);
    expect(g.status).toBe('agree');
  });
  it('dưới 2% (under) is compatible with 1,5% and in conflict with 2,5%', () => {
    const under = obs({ indicator: 'Poor household rate', value: 2, unit: '%', qualifier: 'under', stated: 'dưới 2%' });
    expect(statusOf([under, obs({ indicator: 'Poor household rate', value: 1.5, unit: '%', stated: '1,5%' })]).status).toBe('compatible');
    expect(statusOf([under, obs({ indicator: 'Poor household rate', value: 2.6, unit: '%', stated: '2,6%' })]).status).toBe('conflict');
  });
  it('ít nhất 215 dự án (atLeast) is compatible with 300 and in conflict with 200', () => {
    const atLeast = obs({ indicator: 'FDI projects', value: 215, unit: 'project', qualifier: 'atLeast', stated: 'ít nhất 215 dự án' });
    const other = (v: number) => obs({ indicator: 'FDI projects', value: v, unit: 'project', stated: `${v} dự án` });
    expect(statusOf([atLeast, other(300)]).status).toBe('compatible');
    expect(statusOf([atLeast, other(200)]).status).toBe('conflict');
  });
  it('negative figures: a fall of 2,5% against a fall of 2,6% conflicts; khoảng −2,5% covers both', () => {
    const fall = (v: number, stated: string, qualifier: Observation['qualifier'] = 'exact') =>
      obs({ indicator: 'Growth', value: v, unit: '%', stated, qualifier });
    expect(statusOf([fall(-2.5, '-2,5%'), fall(-2.6, '-2,6%')]).status).toBe('conflict');
    expect(statusOf([fall(-2.5, 'khoảng -2,5%', 'approx'), fall(-2.6, '-2,6%')]).status).toBe('compatible');
  });
  it('deprecated observations still count for the status (a resolution settles them, not the status)', () => {
    const g = statusOf([
      obs({ indicator: 'Poor household rate', value: 2.16, unit: '%', stated: '2,16%', status: 'deprecated', deprecation: { reason: 'outdated', note: '' } }),
      obs({ indicator: 'Poor household rate', value: 2.17, unit: '%', stated: '2,17%', status: 'preferred' }),
    ]);
    expect(g.status).toBe('conflict');
  });
});

describe('tolerance is a dataset setting that can flip a verdict', () => {
  const pair = () => [
    obs({ indicator: 'Retail sales', value: 100e12, unit: 'VND', qualifier: 'approx', stated: 'khoảng 100 nghìn tỷ đồng' }),
    obs({ indicator: 'Retail sales', value: 108e12, unit: 'VND', stated: '108 nghìn tỷ đồng' }),
  ];
  it('khoảng 100 against 108 nghìn tỷ conflicts at 0.05 ([94.5, 105.5) vs [107.5, 108.5))', () => {
    expect(statusOf(pair(), 0.05).status).toBe('conflict');
  });
  it('and is compatible at 0.1 ([89.5, 110.5))', () => {
    expect(statusOf(pair(), 0.1).status).toBe('compatible');
  });
  it('observationInterval follows the tolerance', () => {
    const [a] = pair();
    expect(observationInterval(a, 'vi', 0.1)).toEqual({ low: 89.5e12, high: 110.5e12 });
  });
});

describe('incomparable groups need a curator', () => {
  it('USD against VND', () => {
    const g = statusOf([obs({ value: 29e9, unit: 'USD', stated: '29 tỷ USD' }), obs({ value: 29e9, unit: 'VND', stated: '29 tỷ đồng' })]);
    expect(g.status).toBe('incomparable');
  });
  it('% against count, even when the numbers are equal', () => {
    const g = statusOf([
      obs({ indicator: 'Urbanisation', value: 20, unit: '%', stated: '20%' }),
      obs({ indicator: 'Urbanisation', value: 20, unit: 'count', stated: '20' }),
    ]);
    expect(g.status).toBe('incomparable');
  });
});
