import { describe, expect, it } from 'vitest';
import { buildCatalogueIndex } from '../../../shared/catalogue/catalogue-index';
import { extractFigures } from '../../../shared/extract/extract-figures';
import type { ExtractOptions, FoundFigure } from '../../../shared/extract/found-figure';

const catalogue = buildCatalogueIndex({
  entities: [
    { name: 'Thái Nguyên', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen'] },
    { name: 'Bắc Ninh', aliases: ['Bac Ninh'] },
    { name: 'Việt Nam', aliases: ['Vietnam', 'cả nước'] },
  ],
  indicators: [
    { name: 'Export value', unit: 'USD', aliases: ['kim ngạch xuất khẩu', 'xuất khẩu', 'exports'] },
    { name: 'Export growth', unit: '%', aliases: [] },
    { name: 'Import value', unit: 'USD', aliases: ['nhập khẩu', 'imports'] },
    { name: 'Budget revenue', unit: 'VND', aliases: ['thu ngân sách'] },
    { name: 'GRDP growth', unit: '%', aliases: ['tăng trưởng GRDP', 'tăng trưởng kinh tế'] },
    { name: 'Tourist arrivals', unit: 'visitor', aliases: ['lượt khách'] },
    { name: 'International arrivals', unit: 'visitor', aliases: ['lượt khách quốc tế', 'khách quốc tế'] },
    { name: 'New FDI projects', unit: 'project', aliases: ['dự án cấp mới'] },
    { name: 'Registered FDI', unit: 'USD', aliases: ['vốn FDI', 'foreign direct investment'] },
  ],
});

const run = (text: string, opts: Partial<ExtractOptions> = {}) => extractFigures(text, { lang: 'vi', catalogue, ...opts });
const keys = (figs: FoundFigure[]) => figs.map((f) => [f.text, f.entity, f.indicator]);

describe('entity suggestions', () => {
  it('take the entity named nearest before the figure in its sentence', () => {
    expect(keys(run('Xuất khẩu của Bắc Ninh đạt 24 tỷ USD, của tỉnh Thái Nguyên đạt 28 tỷ USD.')).map((k) => k[1])).toEqual([
      'Bắc Ninh',
      'Thái Nguyên',
    ]);
  });
  it('else the sentence’s subject named after it', () => {
    expect(run('Với 28 tỷ USD xuất khẩu, Thái Nguyên dẫn đầu vùng.')[0].entity).toBe('Thái Nguyên');
  });
  it('never take an entity named as the base of a comparison', () => {
    const figs = run('Thái Nguyên năm 2024\n\nTăng trưởng kinh tế đạt 6,5% (cao hơn bình quân chung cả nước); xuất khẩu đạt 27,6 tỷ USD.');
    expect(figs.map((f) => f.entity)).toEqual(['Thái Nguyên', 'Thái Nguyên']);
    const ranked = run('Thái Nguyên: tăng trưởng đạt 6,51%, cao gấp 2 lần bình quân chung của cả nước; số thu đứng thứ 18 cả nước; xuất khẩu đạt 28,8 tỷ USD.');
    expect(ranked.map((f) => [f.text, f.entity])).toContainEqual(['28,8 tỷ USD', 'Thái Nguyên']);
    expect(ranked.every((f) => f.entity === 'Thái Nguyên')).toBe(true);
  });
  it('else the article’s main entity: its title’s, else its opening’s', () => {
    const text = 'Một năm khó khăn\n\nXuất khẩu đạt 28 tỷ USD. Thu ngân sách đạt 20.176 tỷ đồng.';
    expect(run(text, { title: 'Kinh tế Thái Nguyên' }).map((f) => f.entity)).toEqual(['Thái Nguyên', 'Thái Nguyên']);
    expect(run(`Bắc Ninh: ${text}`).map((f) => f.entity)).toEqual(['Bắc Ninh', 'Bắc Ninh']);
    expect(run(text).map((f) => f.entity)).toEqual([null, null]);
  });
});

describe('indicator suggestions', () => {
  it('take the nearest alias before the figure in its clause', () => {
    expect(keys(run('Thái Nguyên: xuất khẩu đạt 28 tỷ USD, nhập khẩu đạt 19,6 tỷ USD; thu ngân sách đạt 20.176 tỷ đồng.'))).toEqual([
      ['28 tỷ USD', 'Thái Nguyên', 'Export value'],
      ['19,6 tỷ USD', 'Thái Nguyên', 'Import value'],
      ['20.176 tỷ đồng', 'Thái Nguyên', 'Budget revenue'],
    ]);
  });
  it('skip an alias whose unit the figure cannot have, and say nothing rather than guess', () => {
    // 104% is neither budget revenue (VND) nor a change of it: no indicator, never the verb "bằng".
    expect(keys(run('Thu ngân sách đạt 20.176 tỷ đồng, bằng 104% dự toán.'))[1]).toEqual(['104%', null, null]);
    expect(run('Số liệu cho thấy con số tăng 12%.')[0].indicator).toBeNull();
  });
  it('look back past other figures only within the clause, up to a semicolon', () => {
    const figs = run('Tăng trưởng kinh tế đạt 6,5%; thu ngân sách đạt 19.680 tỷ đồng, bằng 122% dự toán.');
    expect(figs.map((f) => f.indicator)).toEqual(['GRDP growth', 'Budget revenue', null]);
  });
  it('take an alias that named an earlier figure again only for another entity', () => {
    expect(run('Bắc Ninh có kim ngạch xuất khẩu đạt 48,3 tỷ USD, trong khi Thái Nguyên đạt 27,9 tỷ USD.').map((f) => [f.entity, f.indicator])).toEqual([
      ['Bắc Ninh', 'Export value'],
      ['Thái Nguyên', 'Export value'],
    ]);
    expect(run('Thái Nguyên có 22 dự án cấp mới, 20 lượt dự án tăng vốn.').map((f) => f.indicator)).toEqual(['New FDI projects', null]);
  });
  it('give a percent change of an indicator its growth indicator', () => {
    expect(keys(run('Kim ngạch xuất khẩu đạt 28 tỷ USD, tăng 5,2% so với năm 2022.')).map((k) => k[2])).toEqual(['Export value', 'Export growth']);
    expect(run('Vietnam’s exports fell 4.4% last year.', { lang: 'en' })[0].indicator).toBe('Export growth');
    // A percent that is not a change ("chiếm") is not growth.
    expect(run('Xuất khẩu chiếm 45% GRDP.')[0].indicator).toBeNull();
  });
  it('read the figure’s own words and the words after it when nothing before names it', () => {
    expect(keys(run('Vốn FDI đạt hơn 1,1 tỷ USD, với 98 dự án cấp mới.'))[1][2]).toBe('New FDI projects');
    expect(run('Binh Duong drew $1.5 billion in foreign direct investment in 2023.', { lang: 'en' })[0].indicator).toBe('Registered FDI');
  });
  it('do not take an alias that is another figure’s unit', () => {
    const figs = run('Tỉnh đón 15 triệu lượt khách, trong đó có khoảng 2,1 triệu lượt khách quốc tế.');
    expect(figs.map((f) => f.indicator)).toEqual(['Tourist arrivals', 'International arrivals']);
  });
  it('look further back in the sentence past a figure of another unit', () => {
    expect(run('Imports dropped 8.9% to $327.5 billion.', { lang: 'en' }).map((f) => f.indicator)).toEqual([null, 'Import value']);
  });
  it('are null, with the entity, when there is no catalogue', () => {
    expect(keys(extractFigures('Xuất khẩu của Thái Nguyên đạt 28 tỷ USD.', { lang: 'vi' }))).toEqual([['28 tỷ USD', null, null]]);
  });
});

describe('tables', () => {
  const table =
    'Một số chỉ tiêu của tỉnh Bắc Ninh:\n\n' +
    'Chỉ tiêu\tNăm 2021\tNăm 2022\tQuý I/2024\n' +
    'Kim ngạch xuất khẩu (tỷ USD)\t48,6\t51,2\t12,1\n' +
    'Tăng trưởng GRDP (%)\t6,9\t7,6\t-4,9\n';
  it('give each column’s figures the period of its header', () => {
    expect(run(table).map((f) => f.period?.code)).toEqual(['2021', '2022', '2024-Q1', '2021', '2022', '2024-Q1']);
  });
  it('read a bare year as a header’s period', () => {
    const en = 'Indicator\t2022\t2023\nExports (billion USD)\t32.7\t31.9\n';
    expect(run(en, { lang: 'en' }).map((f) => [f.period?.code, f.indicator])).toEqual([
      ['2022', 'Export value'],
      ['2023', 'Export value'],
    ]);
  });
  it('name the row label and the column header for the quote, and take the indicator from the row label', () => {
    const figs = run(table);
    expect(figs[1].context).toBe('Kim ngạch xuất khẩu (tỷ USD) · Năm 2022');
    expect(figs[4].context).toBe('Tăng trưởng GRDP (%) · Năm 2022');
    expect(figs.map((f) => f.indicator)).toEqual(['Export value', 'Export value', 'Export value', 'GRDP growth', 'GRDP growth', 'GRDP growth']);
    expect(figs.every((f) => f.entity === 'Bắc Ninh')).toBe(true);
  });
  it('leave figures outside tables without a context', () => {
    expect(run('Xuất khẩu đạt 28 tỷ USD.')[0].context).toBeUndefined();
  });
  it('do not take a header that names no period', () => {
    const figs = run('Chỉ tiêu\tThực hiện\tKế hoạch\nThu ngân sách (tỷ đồng)\t20.176\t19.500\n', { published: '2023-12-28' });
    expect(figs.map((f) => [f.period?.code, f.context])).toEqual([
      [undefined, 'Thu ngân sách (tỷ đồng) · Thực hiện'],
      [undefined, 'Thu ngân sách (tỷ đồng) · Kế hoạch'],
    ]);
  });
});

describe('headline figures', () => {
  it('take the period the article’s opening states, not a byline’s date', () => {
    const text = 'Thái Nguyên thu ngân sách vượt 20 nghìn tỷ đồng\nBáo Kinh tế – 29/12/2023\n\nTổng thu ngân sách năm 2023 đạt 20.200 tỷ đồng.';
    expect(run(text, { published: '2023-12-29' }).map((f) => f.period?.code)).toEqual(['2023', '2023']);
  });
});

describe('indicator hints', () => {
  it('are never a bare verb of change', () => {
    const figs = extractFigures('Kim ngạch xuất khẩu đạt 28 tỷ USD, tăng 5%; GRDP tăng 6,51%. Cả năm ước tăng 17,75%.', { lang: 'vi' });
    expect(figs.map((f) => f.indicatorHint)).toEqual(['Kim ngạch xuất khẩu', undefined, 'GRDP', undefined]);
    expect(extractFigures('Exports fell 4.4% to $355 billion.', { lang: 'en' }).map((f) => f.indicatorHint)).toEqual(['Exports', undefined]);
  });
});
