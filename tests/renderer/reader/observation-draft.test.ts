import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/extract/extract-figures';
import type { Observation } from '../../../shared/model';
import { clauseSpan } from '../../../renderer/src/reader/clause-span';
import { buildCatalogueIndex } from '../../../shared/catalogue';
import { draftFromFigure, draftFromSelection, figureStates, likelyEntity } from '../../../renderer/src/reader/observation-draft';

const TEXT = 'Năm 2021, kim ngạch xuất khẩu đạt gần 29 tỷ USD, đứng thứ 3 cả nước. Thu ngân sách ước đạt 15.300 tỷ đồng.';

function obs(over: Partial<Observation>): Observation {
  return {
    id: 'o1', entity: '', indicator: '', period: '', value: null, unit: '', qualifier: 'exact', stated: '', sourceId: 's1', quote: null,
    status: 'draft', deprecation: null, note: '', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', ...over,
  };
}

describe('drafts from the reader', () => {
  const figures = extractFigures(TEXT, { lang: 'vi', published: '2022-01-05' });
  const exportFig = figures.find((f) => f.text === 'gần 29 tỷ USD')!;

  it('fills a suggested figure: words as written, number, period hint and its clause as an anchored quote', () => {
    const ctx = { sourceId: 's1', text: TEXT, sameSource: [obs({ entity: 'Thái Nguyên' }), obs({ entity: 'Thái Nguyên' }), obs({ entity: 'Việt Nam' })] };
    const d = draftFromFigure(exportFig, clauseSpan(TEXT, exportFig.start, exportFig.end), ctx);
    expect(d).toMatchObject({ sourceId: 's1', stated: 'gần 29 tỷ USD', value: 29e9, unit: 'USD', qualifier: 'nearly', period: '2021', status: 'draft', entity: 'Thái Nguyên' });
    expect(d.quote?.exact).toBe('Năm 2021, kim ngạch xuất khẩu đạt gần 29 tỷ USD, đứng thứ 3 cả nước.');
    expect(TEXT.slice(d.quote!.start, d.quote!.end)).toBe(d.quote!.exact);
  });

  it('fills a selection from the figure inside it, or quotes it bare', () => {
    const ctx = { sourceId: 's1', text: TEXT, sameSource: [] };
    const start = TEXT.indexOf('Thu ngân sách');
    const span = { start, end: TEXT.length - 1 };
    const inside = figures.find((f) => f.start >= span.start && f.end <= span.end);
    expect(draftFromSelection(span, ctx, inside, null)).toMatchObject({ value: 15.3e12, unit: 'VND', qualifier: 'approx', entity: '' });
    const bare = draftFromSelection({ start: 0, end: 8 }, ctx, undefined, null);
    expect(bare.quote?.exact).toBe('Năm 2021');
    expect(bare.value).toBeUndefined();
  });

  it('takes entity and indicator from the catalogue suggestion, and leaves an unmatched indicator empty', () => {
    const catalogue = buildCatalogueIndex({
      entities: [{ name: 'Thái Nguyên', aliases: ['tỉnh Thái Nguyên'] }],
      indicators: [{ name: 'Export value', aliases: ['kim ngạch xuất khẩu'], unit: 'USD' }],
    });
    const text = `Tỉnh Thái Nguyên: ${TEXT}`;
    const found = extractFigures(text, { lang: 'vi', published: '2022-01-05', catalogue });
    const ctx = { sourceId: 's1', text, sameSource: [obs({ entity: 'Việt Nam' })] };
    const exp = found.find((f) => f.text === 'gần 29 tỷ USD')!;
    expect(draftFromFigure(exp, clauseSpan(text, exp.start, exp.end), ctx)).toMatchObject({ entity: 'Thái Nguyên', indicator: 'Export value', period: '2021' });
    // "Thu ngân sách" is in no catalogue: the row needs an indicator, it is never filled with stray words.
    const budget = found.find((f) => f.text.includes('15.300'))!;
    expect(draftFromFigure(budget, clauseSpan(text, budget.start, budget.end), ctx).indicator).toBe('');
    expect(likelyEntity([])).toBe('');
  });

  it('counts a figure cited only when a quote over it is about that figure', () => {
    const sentence = clauseSpan(TEXT, exportFig.start, exportFig.end);
    const q = { exact: TEXT.slice(sentence.start, sentence.end), prefix: '', suffix: '', ...sentence };
    const cited = obs({ id: 'a', quote: q, value: 29e9, stated: 'gần 29 tỷ USD' });
    const states = figureStates(figures, [cited], new Set(), new Set());
    expect(figures.map((f, i) => `${f.text}:${states[i]}`)).toEqual(['gần 29 tỷ USD:cited', 'thứ 3:suggested', 'ước đạt 15.300 tỷ đồng:suggested']);
    // Orphaned quotes are not placed; skipped figures are remembered by their start.
    const again = figureStates(figures, [cited], new Set(['a']), new Set([figures[2].start]));
    expect(again).toEqual(['suggested', 'suggested', 'skipped']);
  });
});
