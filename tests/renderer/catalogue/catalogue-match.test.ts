import { describe, expect, it } from 'vitest';
import type { Entity, Indicator } from '../../../shared/model';
import { completeFromCatalogue, findRecord, recordMatches } from '../../../renderer/src/catalogue/catalogue-match';
import { catalogueFileName } from '../../../renderer/src/catalogue/catalogue-file';

const EXPORTS: Indicator = { id: 'ind-1', name: 'Export value', unit: 'USD', definition: 'Goods exported', aliases: ['kim ngạch xuất khẩu', 'exports'] };
const FDI: Indicator = { id: 'ind-2', name: 'FDI registered capital', unit: 'USD', definition: '', aliases: ['vốn FDI đăng ký'] };
const TN: Entity = { id: 'ent-1', name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen'] };

describe('recordMatches (the panel filter)', () => {
  it('finds a record by name, alias, kind or unit, ignoring case and diacritics', () => {
    expect(recordMatches(TN, 'thai nguyen')).toBe(true);
    expect(recordMatches(TN, 'PROVINCE')).toBe(true);
    expect(recordMatches(EXPORTS, 'xuat khau')).toBe(true);
    expect(recordMatches(EXPORTS, 'usd')).toBe(true);
    expect(recordMatches(EXPORTS, 'fdi')).toBe(false);
  });
  it('keeps every record for an empty filter', () => {
    expect(recordMatches(FDI, '  ')).toBe(true);
  });
});

describe('findRecord', () => {
  it('takes a name or an alias to its record, ignoring diacritics', () => {
    expect(findRecord([EXPORTS, FDI], 'export VALUE')?.id).toBe('ind-1');
    expect(findRecord([EXPORTS, FDI], 'Kim ngach xuat khau')?.id).toBe('ind-1');
    expect(findRecord([EXPORTS, FDI], 'imports')).toBeUndefined();
    expect(findRecord([EXPORTS, FDI], '')).toBeUndefined();
  });
});

describe('completeFromCatalogue', () => {
  it('completes an alias to its record’s name, saying which alias matched', () => {
    expect(completeFromCatalogue([EXPORTS, FDI], [], 'kim ngach')).toEqual([{ value: 'Export value', alias: 'kim ngạch xuất khẩu' }]);
  });
  it('ranks prefix matches before matches inside, and names in use after the catalogue’s', () => {
    const got = completeFromCatalogue([FDI, EXPORTS], ['Exports of rice', 'Export value'], 'export');
    expect(got.map((c) => c.value)).toEqual(['Export value', 'Exports of rice']);
    expect(completeFromCatalogue([FDI, EXPORTS], [], 'fdi').map((c) => c.value)).toEqual(['FDI registered capital']);
  });
  it('lists one choice per record even when several aliases match', () => {
    expect(completeFromCatalogue([TN], [], 'nguyen')).toEqual([{ value: 'Thái Nguyên' }]);
    expect(completeFromCatalogue([TN], [], 'tinh')).toEqual([{ value: 'Thái Nguyên', alias: 'tỉnh Thái Nguyên' }]);
  });
  it('offers nothing for exactly what is typed already', () => {
    expect(completeFromCatalogue([TN], [], 'Thái Nguyên')).toEqual([]);
  });
});

describe('catalogueFileName', () => {
  it('keeps letters of any language and replaces the rest', () => {
    expect(catalogueFileName('Thái Nguyên 2023 / draft')).toBe('Thái-Nguyên-2023-draft-catalogue.json');
    expect(catalogueFileName('///')).toBe('dataset-catalogue.json');
  });
});
