import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../../shared/catalogue/catalogue-index';
import { growthIndicatorNames } from '../../../shared/catalogue/growth-indicator';
import { unitFitsIndicator, unitMaySuitIndicator } from '../../../shared/catalogue/unit-fit';

describe('unitFitsIndicator (the check at entry)', () => {
  it('takes the indicator’s own unit, or any unit when the indicator fixes none', () => {
    expect(unitFitsIndicator('USD', 'USD')).toBe(true);
    expect(unitFitsIndicator('VND', '')).toBe(true);
  });
  it('refuses VND under a USD indicator and a bare count under a project indicator', () => {
    expect(unitFitsIndicator('VND', 'USD')).toBe(false);
    expect(unitFitsIndicator('count', 'project')).toBe(false);
    expect(unitFitsIndicator('VND', 'VND/person')).toBe(false);
  });
});

describe('unitMaySuitIndicator (suggesting)', () => {
  it('lets a bare count suggest an indicator that counts things, never money, percent or rank', () => {
    expect(unitMaySuitIndicator('count', 'visitor')).toBe(true);
    expect(unitMaySuitIndicator('count', 'USD')).toBe(false);
    expect(unitMaySuitIndicator('count', 'VND/person')).toBe(false);
    expect(unitMaySuitIndicator('count', '%')).toBe(false);
    expect(unitMaySuitIndicator('%', 'USD')).toBe(false);
  });
});

describe('growth indicators', () => {
  it('are named "<name> growth", or without a trailing "value"', () => {
    expect(growthIndicatorNames('GRDP')).toEqual(['GRDP growth']);
    expect(growthIndicatorNames('Export value')).toEqual(['Export value growth', 'Export growth']);
  });
  it('are found in the catalogue folded, and only when it has one', () => {
    const index = buildCatalogueIndex({
      entities: [],
      indicators: [
        { name: 'Export value', unit: 'USD', aliases: [] },
        { name: 'export GROWTH', unit: '%', aliases: [] },
        { name: 'Budget revenue', unit: 'VND', aliases: [] },
      ],
    });
    expect(index.growthOf('Export value')).toBe('export GROWTH');
    expect(index.growthOf('Budget revenue')).toBeNull();
  });
});

describe('unitFitsIndicator (as validation uses it)', () => {
  it('refuses a percent under a percentage-point indicator and accepts a rate per person under its own unit', () => {
    expect(unitFitsIndicator('%', 'pp')).toBe(false);
    expect(unitFitsIndicator('VND/person', 'VND/person')).toBe(true);
    expect(unitFitsIndicator('project', 'project')).toBe(true);
  });
});
