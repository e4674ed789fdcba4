import { describe, expect, it } from 'vitest';
import { statedMeansValue } from '../../../shared/catalogue/stated-means-value';

describe('statedMeansValue', () => {
  it('refuses a value the words cannot mean', () => {
    expect(statedMeansValue('5,43%', -99, '%', 'vi')).toBe(false);
    expect(statedMeansValue('5,43%', 543, '%', 'vi')).toBe(false);
    expect(statedMeansValue('gần 29 tỷ USD', 29, 'USD', 'vi')).toBe(false);
    expect(statedMeansValue('28,8 tỷ USD', 28.9e9, 'USD', 'vi')).toBe(false);
  });

  it('accepts the value within the precision the words were written with', () => {
    expect(statedMeansValue('5,43%', 5.43, '%', 'vi')).toBe(true);
    expect(statedMeansValue('gần 29 tỷ USD', 29e9, 'USD', 'vi')).toBe(true);
    expect(statedMeansValue('gần 29 tỷ USD', 28.6e9, 'USD', 'vi')).toBe(true);
    expect(statedMeansValue('95,1 triệu đồng/người', 95_100_000, 'VND/person', 'vi')).toBe(true);
    expect(statedMeansValue('711,000 visitors', 711_000, 'visitor', 'en')).toBe(true);
  });

  it('reads the separators of the source language', () => {
    expect(statedMeansValue('19.680', 19680, 'count', 'vi')).toBe(true);
    expect(statedMeansValue('19.680', 19680, 'count', 'en')).toBe(false);
    expect(statedMeansValue('19,680', 19680, 'count', 'en')).toBe(true);
  });

  it('tries both languages when the source language is unknown', () => {
    expect(statedMeansValue('19,680', 19680, 'count', null)).toBe(true);
    expect(statedMeansValue('19,680', 19.68, 'count', null)).toBe(true);
    expect(statedMeansValue('19,680', 1968, 'count', null)).toBe(false);
  });

  it('accepts a stated decrease filed with either sign (the reader adds the minus; a fall may also be counted)', () => {
    expect(statedMeansValue('giảm 5,3%', -5.3, '%', 'vi')).toBe(true);
    expect(statedMeansValue('giảm 5,3%', 5.3, '%', 'vi')).toBe(true);
    expect(statedMeansValue('fell 2.1%', -2.1, '%', 'en')).toBe(true);
    expect(statedMeansValue('giảm còn 2,16%', 2.16, '%', 'vi')).toBe(true);
  });

  it('refuses a unit other than the one the words name, but a bare number fits any counted unit', () => {
    expect(statedMeansValue('29 tỷ USD', 29e9, 'VND', 'vi')).toBe(false);
    expect(statedMeansValue('215 dự án', 215, 'count', 'vi')).toBe(false);
    expect(statedMeansValue('215 dự án', 215, 'project', 'vi')).toBe(true);
    expect(statedMeansValue('1.200', 1200, 'household', 'vi')).toBe(true);
    expect(statedMeansValue('95,1 triệu đồng', 95_100_000, 'VND/person', 'vi')).toBe(true);
    expect(statedMeansValue('95,1 triệu USD', 95_100_000, 'VND/person', 'vi')).toBe(false);
  });

  it('says nothing when there are no words to read or no value yet', () => {
    expect(statedMeansValue('', 12, '%', 'vi')).toBe(true);
    expect(statedMeansValue('không rõ', 12, '%', 'vi')).toBe(true);
    expect(statedMeansValue('5,43%', null, '%', 'vi')).toBe(true);
  });
});
