import { describe, expect, it } from 'vitest';
import { halfUnitOf } from '../../../shared/numbers/half-unit';
import { readWrittenNumber } from '../../../shared/numbers/number-syntax';
import { parseFigure } from '../../../shared/numbers/parse-figure';
import type { Language } from '../../../shared/model/vocab';

const h = (raw: string, scaleExp: number, lang: Language = 'vi') => halfUnitOf(readWrittenNumber(raw, lang)!, scaleExp);

describe('halfUnitOf: half a unit of the last digit written, times the scale (domain.md, Cross-checking)', () => {
  it('28,8 tỷ → 0.05e9', () => expect(h('28,8', 9)).toBe(0.05e9));
  it('29 tỷ → 0.5e9', () => expect(h('29', 9)).toBe(0.5e9));
  it('100% → 0.5', () => expect(h('100', 0)).toBe(0.5));
  it('6,51% → 0.005', () => expect(h('6,51', 0)).toBe(0.005));
  it('19.680 tỷ → 0.5e9 (a zero that does not fill a group is written precision)', () => expect(h('19.680', 9)).toBe(0.5e9));
  it('1.2bn → 0.05e9', () => expect(h('1.2', 9, 'en')).toBe(0.05e9));
});

describe('trailing zero groups are rounding (domain.md, revised)', () => {
  it.each([
    ['711,000', 'en', 0, 500], ['711.000', 'vi', 0, 500], ['2.000', 'vi', 9, 0.5e12], ['1.000.000', 'vi', 0, 500000],
    ['10.000', 'vi', 0, 500], ['250,000', 'en', 0, 500], ['711000', 'vi', 0, 500],
  ] as [string, Language, number, number][])('%s (%s, scale 10^%d) → h = %d', (raw, lang, exp, want) =>
    expect(h(raw, exp, lang)).toBe(want));
  it.each([['500'], ['4.500'], ['711.464'], ['1.030'], ['100']])('%s keeps h = 0.5', (raw) => expect(h(raw, 0)).toBe(0.5));
  it('decimals written keep their precision even when they are zeros: 2.000,0 → 0.05', () => expect(h('2.000,0', 0)).toBe(0.05));
  it('reads the same through the figure reader', () => {
    expect(parseFigure('248.000 lượt', 'vi')!.halfUnit).toBe(500);
    expect(parseFigure('2.000 tỷ đồng', 'vi')!.halfUnit).toBe(0.5e12);
    expect(parseFigure('711,000 people', 'en')!.halfUnit).toBe(500);
    expect(parseFigure('711.464 người', 'vi')!.halfUnit).toBe(0.5);
  });
});
