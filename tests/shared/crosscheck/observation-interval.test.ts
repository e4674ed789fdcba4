import { describe, expect, it } from 'vitest';
import { guessLanguage, HalfUnits, halfUnitOfValue, observationInterval } from '../../../shared/crosscheck';

describe('halfUnitOfValue: precision of a value typed by hand, as JavaScript writes it', () => {
  it('is half a unit of the last decimal written', () => {
    expect(halfUnitOfValue(28.8)).toBe(0.05);
    expect(halfUnitOfValue(2.16)).toBe(0.005);
    expect(halfUnitOfValue(-2.5)).toBe(0.05);
  });
  it('reads whole groups of trailing zeros as rounding, like a written figure (domain.md, revised)', () => {
    expect(halfUnitOfValue(29000000000)).toBe(0.5e9);
    expect(halfUnitOfValue(711000)).toBe(500);
    expect(halfUnitOfValue(1000000)).toBe(500000);
    expect(halfUnitOfValue(711464)).toBe(0.5);
    expect(halfUnitOfValue(4500)).toBe(0.5);
    expect(halfUnitOfValue(500)).toBe(0.5);
    expect(halfUnitOfValue(215)).toBe(0.5);
    expect(halfUnitOfValue(0)).toBe(0.5);
  });
  it('reads exponent notation', () => {
    expect(halfUnitOfValue(1.5e-7)).toBeCloseTo(0.5e-8, 20);
    expect(halfUnitOfValue(1e21)).toBe(0.5e21);
  });
});

describe('guessLanguage: the language of a figure whose source does not say', () => {
  it('Vietnamese letters, words or a decimal comma mean vi', () => {
    expect(guessLanguage('gần 29 tỷ USD')).toBe('vi');
    expect(guessLanguage('844 nghin ty dong')).toBe('vi');
    expect(guessLanguage('28,8')).toBe('vi');
    expect(guessLanguage('3.985,5')).toBe('vi');
  });
  it('English words or a decimal point mean en', () => {
    expect(guessLanguage('nearly 29 billion USD')).toBe('en');
    expect(guessLanguage('28.8')).toBe('en');
    expect(guessLanguage('1,030.5')).toBe('en');
  });
  it('an ambiguous figure defaults to vi', () => {
    expect(guessLanguage('19.680')).toBe('vi');
    expect(guessLanguage('19,680')).toBe('vi');
    expect(guessLanguage('')).toBe('vi');
  });
});

describe('HalfUnits: h from the stated text in the source language, else from the value', () => {
  const hu = new HalfUnits();
  it('reads the scale word: 28,8 tỷ → 0.05e9, 29 tỷ → 0.5e9, 100% → 0.5', () => {
    expect(hu.halfUnit('trên 28,8 tỷ USD', 'vi', 28.8e9)).toBe(0.05e9);
    expect(hu.halfUnit('gần 29 tỷ USD', 'vi', 29e9)).toBe(0.5e9);
    expect(hu.halfUnit('100%', 'vi', 100)).toBe(0.5);
    expect(hu.halfUnit('1.030 nghìn tỷ đồng', 'vi', 1.03e15)).toBe(0.5e12);
  });
  it('reads separators by language: 19,680 is 19680 in English', () => {
    expect(hu.halfUnit('19,680', 'en', 19680)).toBe(0.5);
  });
  it('falls back to the value when the text is empty or not a figure', () => {
    expect(hu.halfUnit('', 'vi', 29e9)).toBe(0.5e9);
    expect(hu.halfUnit('', 'vi', 29.1e9)).toBe(0.5e6);
    expect(hu.halfUnit('xem bảng', 'vi', 28.8)).toBe(0.05);
  });
  it('falls back to the value when the words say another number (value corrected by hand)', () => {
    expect(hu.halfUnit('gần 29 tỷ USD', 'vi', 29.1e9)).toBe(halfUnitOfValue(29.1e9));
  });
  it('ignores the sign: a fall stated as "giảm 2,5%" may be filed as −2.5', () => {
    expect(hu.halfUnit('giảm 2,5%', 'vi', -2.5)).toBe(0.05);
  });
  it('with no language, guesses and retries the other language when the guess reads another number', () => {
    expect(hu.halfUnit('19,680 projects', null, 19680)).toBe(0.5);
    expect(hu.halfUnit('28,8 tỷ USD', null, 28.8e9)).toBe(0.05e9);
  });
  it('reads each distinct (text, language) once', () => {
    let calls = 0;
    const counted = new HalfUnits((t, l) => {
      calls++;
      return t === '6,51%' && l === 'vi' ? { value: 6.51, halfUnit: 0.005 } : null;
    });
    for (let i = 0; i < 5; i++) expect(counted.halfUnit('6,51%', 'vi', 6.51)).toBe(0.005);
    expect(calls).toBe(1);
    counted.halfUnit('6,51%', 'en', 6.51);
    expect(calls).toBe(2);
  });
});

describe('observationInterval', () => {
  it('is null for a draft without a value', () => {
    expect(observationInterval({ value: null, qualifier: 'exact', stated: '' }, 'vi', 0.05)).toBeNull();
  });
  it('gives the worked example intervals of domain.md', () => {
    expect(observationInterval({ value: 29e9, qualifier: 'nearly', stated: 'gần 29 tỷ USD' }, 'vi', 0.05)).toEqual({ low: 27.05e9, high: 29.5e9 });
    expect(observationInterval({ value: 28.8e9, qualifier: 'over', stated: 'trên 28,8 tỷ USD' }, 'vi', 0.05)).toEqual({
      low: 28.75e9,
      high: 30.29e9,
    });
    expect(observationInterval({ value: 2.16, qualifier: 'exact', stated: '2,16%' }, 'vi', 0.05)).toEqual({ low: 2.155, high: 2.165 });
  });
  it('uses the qualifier recorded on the observation, not the cue in the words (a curator may correct it)', () => {
    expect(observationInterval({ value: 29e9, qualifier: 'exact', stated: 'gần 29 tỷ USD' }, 'vi', 0.05)).toEqual({ low: 28.5e9, high: 29.5e9 });
  });
});
