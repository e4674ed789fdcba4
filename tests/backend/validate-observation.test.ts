import { describe, expect, it } from 'vitest';
import { describeIssues, validateObservation } from '../../shared/model/validate-observation';

const TEXT = 'Xuất khẩu đạt gần 29 tỷ USD.';
const ctx = { sourceExists: (id: string) => id === 'src-1', sourceText: (id: string) => (id === 'src-1' ? TEXT : undefined) };
const quote = { exact: 'gần 29 tỷ USD', prefix: '', suffix: '', start: 14, end: 27 };

describe('validateObservation', () => {
  it('accepts a blank row and a complete, correctly quoted one', () => {
    expect(validateObservation({}, ctx)).toEqual([]);
    expect(validateObservation({ period: '2021', value: 29e9, unit: 'USD', sourceId: 'src-1', quote }, ctx)).toEqual([]);
  });

  it('refuses a period that is not a period code, with its message', () => {
    expect(validateObservation({ period: '2021-13' }, ctx)[0]).toMatchObject({ path: 'period', message: expect.stringContaining('"2021-13"') });
    expect(validateObservation({ period: '2024-H3' }, ctx)[0].message).toContain('half 3 does not exist');
  });

  it('refuses a non-finite value and a value without unit', () => {
    expect(validateObservation({ value: Number.NaN, unit: 'USD' }, ctx)[0].path).toBe('value');
    expect(validateObservation({ value: 5, unit: ' ' }, ctx)[0]).toEqual({ path: 'unit', message: 'a unit is required when a value is set' });
  });

  it('refuses an unknown source, a quote without source, and a quote not at its offsets', () => {
    expect(validateObservation({ sourceId: 'src-2' }, ctx)[0].path).toBe('sourceId');
    expect(validateObservation({ quote }, ctx)[0]).toEqual({ path: 'quote', message: 'a quote needs a source' });
    expect(validateObservation({ sourceId: 'src-1', quote: { ...quote, start: 13, end: 26 } }, ctx)[0].path).toBe('quote');
  });

  it('describes issues in one line, naming the field once', () => {
    expect(describeIssues([{ path: 'unit', message: 'required' }])).toBe('unit: required');
    expect(describeIssues([{ path: 'period', message: 'period "x": bad' }, { path: 'unit', message: 'u' }])).toBe('period "x": bad (and 1 more)');
  });
});
