import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../../shared/catalogue/catalogue-index';

const index = buildCatalogueIndex({
  entities: [
    { name: 'Thái Nguyên', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen'] },
    { name: 'Việt Nam', aliases: ['Vietnam', 'cả nước'] },
    { name: 'Bà Rịa - Vũng Tàu', aliases: [] },
  ],
  indicators: [
    { name: 'Export value', unit: 'USD', aliases: ['kim ngạch xuất khẩu', 'xuất khẩu', 'exports', 'export turnover'] },
    { name: 'Import value', unit: 'USD', aliases: ['kim ngạch nhập khẩu', 'nhập khẩu'] },
    { name: 'GRDP per capita', unit: 'VND/person', aliases: ['GRDP bình quân đầu người', 'GRDP/người'] },
  ],
});
const found = (text: string) => index.find(text).map((m) => [text.slice(m.start, m.end), m.kind, m.name]);

describe('buildCatalogueIndex', () => {
  it('finds names and aliases with case and Vietnamese diacritics folded', () => {
    expect(found('Kim ngạch XUẤT KHẨU của tinh thai nguyen')).toEqual([
      ['Kim ngạch XUẤT KHẨU', 'indicator', 'Export value'],
      ['tinh thai nguyen', 'entity', 'Thái Nguyên'],
    ]);
  });

  it('lets the longest alias win where several start at the same word', () => {
    expect(found('tỉnh Thái Nguyên')).toEqual([['tỉnh Thái Nguyên', 'entity', 'Thái Nguyên']]);
    expect(found('xuất khẩu hàng hóa')).toEqual([['xuất khẩu', 'indicator', 'Export value']]);
  });

  it('matches whole words only', () => {
    expect(found('Vietnamese exporters and Vietnam’s exportsx')).toEqual([['Vietnam', 'entity', 'Việt Nam']]);
  });

  it('reads a term across spaces, hyphens and slashes but not across a clause or line break', () => {
    expect(found('GRDP/người; Bà Rịa–Vũng Tàu')).toEqual([
      ['GRDP/người', 'indicator', 'GRDP per capita'],
      ['Bà Rịa–Vũng Tàu', 'entity', 'Bà Rịa - Vũng Tàu'],
    ]);
    expect(found('kim ngạch\nxuất khẩu')).toEqual([['xuất khẩu', 'indicator', 'Export value']]);
    expect(found('Thái, Nguyên')).toEqual([]);
  });

  it('finds terms in decomposed (NFD) text too', () => {
    expect(found('Thái Nguyên'.normalize('NFD')).map((m) => m[2])).toEqual(['Thái Nguyên']);
  });

  it('gives an indicator its unit and looks only inside the range asked for', () => {
    const text = 'nhập khẩu đạt 10 tỷ USD, xuất khẩu đạt 12 tỷ USD';
    const from = text.indexOf('xuất');
    expect(index.find(text, from).map((m) => [m.name, m.unit, m.start])).toEqual([['Export value', 'USD', from]]);
  });

  it('finds nothing with an empty catalogue', () => {
    expect(buildCatalogueIndex({ entities: [], indicators: [] }).find('xuất khẩu')).toEqual([]);
  });
});
