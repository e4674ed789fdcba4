import { describe, expect, it } from 'vitest';
import { blankObservationFields, type Indicator, type Observation } from '../../../shared/model';
import { indicatorLookup } from '../../../shared/validation/figure-problems';
import { rowProblems } from '../../../renderer/src/grid/row-checks';
import { notInCatalogue } from '../../../renderer/src/grid/catalogue-marks';

const EXPORTS: Indicator = { id: 'ind-1', name: 'Export value', unit: 'USD', definition: '', aliases: ['kim ngạch xuất khẩu'] };
const context = {
  lookups: null,
  catalogue: { entities: [], indicators: [EXPORTS] },
  indicatorOf: indicatorLookup([EXPORTS]),
};
const row = (extra: Partial<Observation>): Observation =>
  ({ id: 'obs-1', ...blankObservationFields(), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', ...extra }) as Observation;

describe('row checks in the grid', () => {
  it('marks a unit its indicator cannot have', () => {
    const kinds = rowProblems(row({ indicator: 'Export value', stated: '2.000 tỷ đồng', value: 2e12, unit: 'VND' }), context).map((p) => p.kind);
    expect(kinds).toEqual(['unit-misfit']);
  });
  it('marks a value the stated words cannot mean', () => {
    const kinds = rowProblems(row({ indicator: 'Export value', stated: '5,43%', value: -99, unit: '%' }), context).map((p) => p.kind);
    expect(kinds).toContain('stated-mismatch');
  });
  it('leaves a sound row and a row without keys alone (not grouped is the Group status column’s)', () => {
    expect(rowProblems(row({ indicator: 'Export value', stated: 'gần 29 tỷ USD', value: 29e9, unit: 'USD' }), context)).toEqual([]);
    expect(rowProblems(row({}), context)).toEqual([]);
  });
  it('marks entity and indicator names the catalogue does not know, aliases counting as known', () => {
    expect(notInCatalogue(context, 'indicator', row({ indicator: 'Kim ngach xuat khau' }))).toBe(false);
    expect(notInCatalogue(context, 'indicator', row({ indicator: 'Imports' }))).toBe(true);
    expect(notInCatalogue(context, 'indicator', row({ indicator: '' }))).toBe(false);
    expect(notInCatalogue(context, 'unit', row({ unit: 'USD' }))).toBe(false);
  });
});
