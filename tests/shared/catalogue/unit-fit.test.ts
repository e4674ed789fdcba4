import { describe, expect, it } from 'vitest';
import { unitFitsIndicator } from '../../../shared/catalogue/unit-fit';

describe('unitFitsIndicator', () => {
  it('refuses another currency or a plain count under a counted indicator', () => {
    expect(unitFitsIndicator('VND', 'USD')).toBe(false);
    expect(unitFitsIndicator('count', 'project')).toBe(false);
    expect(unitFitsIndicator('%', 'pp')).toBe(false);
    expect(unitFitsIndicator('VND', 'VND/person')).toBe(false);
  });

  it('accepts the same unit', () => {
    expect(unitFitsIndicator('VND/person', 'VND/person')).toBe(true);
    expect(unitFitsIndicator('project', 'project')).toBe(true);
  });

  it('an indicator without a unit takes any', () => {
    expect(unitFitsIndicator('VND', '')).toBe(true);
  });
});
