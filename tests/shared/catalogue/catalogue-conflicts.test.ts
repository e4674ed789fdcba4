import { describe, expect, it } from 'vitest';
import { findCatalogueConflicts } from '../../../shared/catalogue/catalogue-conflicts';
import { catalogueKey } from '../../../shared/catalogue/catalogue-key';
import { tidyAliases } from '../../../shared/catalogue/tidy-aliases';

describe('catalogue names and aliases', () => {
  it('folds case, diacritics and spacing', () => {
    expect(catalogueKey('  Thái   Nguyên ')).toBe('thai nguyen');
    expect(catalogueKey('ĐỒNG NAI')).toBe('dong nai');
  });

  it('tidies aliases: no empties, no repeats, not the own name in another case, order kept', () => {
    expect(tidyAliases('Thái Nguyên', ['tỉnh  Thái Nguyên', ' ', 'THÁI NGUYÊN', 'Thai Nguyen ', 'thai nguyen', 'TỈNH THÁI NGUYÊN', 'TN'])).toEqual([
      'tỉnh Thái Nguyên',
      'Thai Nguyen',
      'TN',
    ]);
  });

  it('finds names equal after folding', () => {
    const c = findCatalogueConflicts([{ name: 'Export value', aliases: [] }, { name: 'export  VALUE', aliases: [] }], 'indicator');
    expect(c).toEqual([{ records: [0, 1], message: 'indicator "export  VALUE" has the same name as indicator "Export value" (case and diacritics aside)' }]);
  });

  it('finds an alias claimed by two records, and an alias that is another record’s name', () => {
    const c = findCatalogueConflicts(
      [
        { name: 'Export value', aliases: ['xuất khẩu', 'exports'] },
        { name: 'Exports', aliases: ['Xuat khau'] },
      ],
      'indicator',
    );
    expect(c.map((x) => x.message)).toEqual([
      'alias "exports" of indicator "Export value" is the name of indicator "Exports"',
      'alias "Xuat khau" is claimed by indicator "Export value" and indicator "Exports"',
    ]);
    expect(c.map((x) => x.records)).toEqual([[1, 0], [0, 1]]);
  });

  it('finds nothing in a clean catalogue', () => {
    expect(findCatalogueConflicts([{ name: 'Thái Nguyên', aliases: ['Thai Nguyen'] }, { name: 'Việt Nam', aliases: ['Vietnam'] }], 'entity')).toEqual([]);
  });
});
