import { describe, expect, it } from 'vitest';
import { CatalogueFile } from '../../../shared/api/contract';
import { catalogueProblemsMessage, validateCatalogueFile } from '../../../shared/catalogue/validate-catalogue';

const file = (f: unknown) => CatalogueFile.parse(f);
const messages = (f: unknown, existing?: Parameters<typeof validateCatalogueFile>[1]) =>
  validateCatalogueFile(file(f), existing).map((p) => p.message);

describe('validateCatalogueFile', () => {
  it('takes a clean catalogue', () => {
    expect(
      messages({
        entities: [{ name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen'] }],
        indicators: [{ name: 'Export value', unit: 'USD', aliases: ['kim ngạch xuất khẩu', 'exports'] }],
      }),
    ).toEqual([]);
  });

  it('refuses two names that are the same once case and accents are ignored', () => {
    expect(messages({ entities: [{ name: 'Thái Nguyên' }, { name: 'thai  nguyen' }] })).toEqual([
      'entity "thai  nguyen": same name as "Thái Nguyên" once case and accents are ignored',
    ]);
  });

  it('refuses an alias claimed by two indicators, naming both', () => {
    const problems = validateCatalogueFile(
      file({
        indicators: [
          { name: 'Export value', aliases: ['xuất khẩu'] },
          { name: 'Export growth', aliases: ['Xuat khau'] },
        ],
      }),
    );
    expect(problems).toEqual([
      { collection: 'indicators', name: 'Export growth', message: 'indicator "Export growth": alias "Xuat khau" is also an alias of "Export value"' },
    ]);
  });

  it('refuses an alias equal to another record’s name', () => {
    expect(messages({ indicators: [{ name: 'Exports' }, { name: 'Export value', aliases: ['exports'] }] })).toEqual([
      'indicator "Export value": alias "exports" is the name of another indicator, "Exports"',
    ]);
  });

  it('refuses an alias with no letters or digits', () => {
    expect(messages({ entities: [{ name: 'Hà Nội', aliases: [' - '] }] })).toEqual(['entity "Hà Nội": alias " - " has no letters or digits']);
  });

  it('lets an entity and an indicator share words, and a record repeat its own name as an alias', () => {
    expect(messages({ entities: [{ name: 'FDI', aliases: ['fdi'] }], indicators: [{ name: 'FDI' }] })).toEqual([]);
  });

  it('checks against the existing catalogue: a same-named entry updates it, another one may not take its aliases', () => {
    const existing = { entities: [], indicators: [{ name: 'Export value', unit: 'USD', aliases: ['xuất khẩu'] }] };
    expect(messages({ indicators: [{ name: 'export value', aliases: ['exports', 'xuất khẩu'] }] }, existing)).toEqual([]);
    expect(messages({ indicators: [{ name: 'Export growth', aliases: ['xuất khẩu'] }] }, existing)).toEqual([
      'indicator "Export growth": alias "xuất khẩu" is also an alias of "Export value"',
    ]);
    expect(messages({ indicators: [{ name: 'Trade', aliases: ['Export Value'] }] }, existing)).toEqual([
      'indicator "Trade": alias "Export Value" is the name of another indicator, "Export value"',
    ]);
  });

  it('sums the problems up in one line', () => {
    const p = validateCatalogueFile(file({ entities: [{ name: 'A' }, { name: 'a' }, { name: 'á' }] }));
    expect(catalogueProblemsMessage(p)).toBe('entity "a": same name as "A" once case and accents are ignored (and 1 more problem)');
  });
});
