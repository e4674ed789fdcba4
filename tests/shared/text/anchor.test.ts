import { describe, expect, it } from 'vitest';
import { TallyError } from '../../../shared/api/result';
import { QuoteAnchor } from '../../../shared/model/observation';
import { locateAnchor, makeAnchor, reanchorAll } from '../../../shared/text/anchor';
import { seedText } from '../../fixtures/seeds';

const seed = seedText('000');

const ARTICLE = [
  'Năm 2021, kinh tế Thái Nguyên tăng trưởng 6,51% so với năm 2020.',
  'Kim ngạch xuất khẩu đạt gần 29 tỷ USD, đứng thứ 3 cả nước.',
  'Giá trị sản xuất công nghiệp đạt 844 nghìn tỷ đồng.',
].join('\n\n');

function anchorOf(text: string, quote: string, occurrence = 0): QuoteAnchor {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`test setup: "${quote}" not in text`);
  return makeAnchor(text, at, at + quote.length);
}

describe('makeAnchor', () => {
  it('stores the quote, 32 characters of context either side and the offsets', () => {
    const a = anchorOf(ARTICLE, 'gần 29 tỷ USD');
    expect(a.exact).toBe('gần 29 tỷ USD');
    expect(a.prefix).toHaveLength(32);
    expect(a.suffix).toHaveLength(32);
    expect(ARTICLE.slice(a.start - 32, a.end + 32)).toBe(a.prefix + a.exact + a.suffix);
    expect(QuoteAnchor.parse(a)).toEqual(a);
  });

  it('shortens the context at the edges of the text', () => {
    const a = makeAnchor('6,51%', 0, 5);
    expect(a).toEqual({ exact: '6,51%', prefix: '', suffix: '', start: 0, end: 5 });
  });

  it('never splits a surrogate pair in the context', () => {
    // 32 before the quote lands inside the first emoji, 32 after it inside the second.
    const text = 'x😀' + 'a'.repeat(31) + 'QUOTE' + 'b'.repeat(31) + '😀y';
    const a = makeAnchor(text, 34, 39);
    expect(a.exact).toBe('QUOTE');
    expect(a.prefix).toBe('a'.repeat(31)); // the pair straddling the edge is left out whole
    expect(a.suffix).toBe('b'.repeat(31));
  });

  it('refuses offsets that select nothing', () => {
    expect(() => makeAnchor('abc', 2, 2)).toThrow(TallyError);
    expect(() => makeAnchor('abc', 1, 9)).toThrow(/quote offsets 1\.\.9/);
    expect(() => makeAnchor('abc', -1, 2)).toThrow(TallyError);
  });
});

describe('locateAnchor', () => {
  it('finds a quote at its offsets in the unchanged text', () => {
    const a = anchorOf(ARTICLE, '844 nghìn tỷ đồng');
    expect(locateAnchor(a, ARTICLE)).toEqual({ start: a.start, end: a.end });
  });

  it('re-finds a quote after a paragraph is inserted before it', () => {
    const a = anchorOf(ARTICLE, 'gần 29 tỷ USD');
    const inserted = 'Theo Cục Thống kê tỉnh, số liệu đã được cập nhật.\n\n';
    const changed = inserted + ARTICLE;
    const span = locateAnchor(a, changed)!;
    expect(span).toEqual({ start: a.start + inserted.length, end: a.end + inserted.length });
    expect(changed.slice(span.start, span.end)).toBe('gần 29 tỷ USD');
  });

  it('picks the right one of two identical quotes by their context', () => {
    const text = 'Năm 2020, GRDP tăng 6,51%. Còn năm 2021, GRDP tăng 6,51% và xuất khẩu tăng mạnh.';
    const second = anchorOf(text, 'GRDP tăng 6,51%', 1);
    const first = anchorOf(text, 'GRDP tăng 6,51%', 0);
    const shifted = 'Mở đầu. ' + text;
    expect(locateAnchor(second, shifted)).toEqual({ start: second.start + 8, end: second.end + 8 });
    expect(locateAnchor(first, shifted)).toEqual({ start: first.start + 8, end: first.end + 8 });
  });

  it('prefers context over a stale offset that happens to hold the same words', () => {
    const text = 'A: tăng 6,51%. B: tăng 6,51%.';
    const b = anchorOf(text, 'tăng 6,51%', 1);
    // In the new text the old offsets of B now hold A's figure.
    const changed = 'A: 1. B: 2. ' + 'X: tăng 6,51%. B: tăng 6,51%.';
    const moved = { ...b, start: 3, end: 3 + b.exact.length };
    const span = locateAnchor(moved, changed)!;
    expect(changed.slice(span.start - 3, span.start)).toBe('B: ');
  });

  it('breaks a tie in context by nearness to the old offset', () => {
    const text = 'xx 6,51% xx 6,51% xx 6,51% xx';
    const a = { exact: '6,51%', prefix: '', suffix: '', start: 20, end: 25 };
    expect(locateAnchor(a, text)).toEqual({ start: 21, end: 26 });
  });

  it('returns null when the quote is gone: the citation is orphaned', () => {
    const a = anchorOf(ARTICLE, 'gần 29 tỷ USD');
    const corrected = ARTICLE.replace('gần 29 tỷ USD', 'gần 29,1 tỷ USD');
    expect(locateAnchor(a, corrected)).toBeNull();
    expect(locateAnchor(a, '')).toBeNull();
  });

  it('tolerates decomposed diacritics (NFD) in the new text', () => {
    const a = anchorOf(ARTICLE, 'gần 29 tỷ USD');
    const nfd = ARTICLE.normalize('NFD');
    const span = locateAnchor(a, nfd)!;
    expect(span).not.toBeNull();
    expect(nfd.slice(span.start, span.end).normalize('NFC')).toBe('gần 29 tỷ USD');
  });

  it('tolerates changed whitespace: a re-wrapped line', () => {
    const a = anchorOf(ARTICLE, 'đạt gần 29 tỷ USD, đứng thứ 3');
    const rewrapped = ARTICLE.replace('gần 29 tỷ USD, đứng', 'gần 29 tỷ\nUSD,  đứng');
    const span = locateAnchor(a, rewrapped)!;
    expect(rewrapped.slice(span.start, span.end)).toBe('đạt gần 29 tỷ\nUSD,  đứng thứ 3');
  });

  it('works on a real seed after a paragraph is inserted before the quote', () => {
    const quote = 'thu ngân sách ước đạt 19.680 tỷ đồng';
    const a = anchorOf(seed, quote);
    const changed = seed.replace('\n\n', '\n\nĐoạn mới chèn vào, nói về 19.680 tỷ đồng khác.\n\n');
    const span = locateAnchor(a, changed)!;
    expect(changed.slice(span.start, span.end)).toBe(quote);
    expect(span.start).toBeGreaterThan(a.start);
  });
});

describe('reanchorAll', () => {
  it('moves found quotes, keeps lost ones as they were and reports both', () => {
    const obs = [
      { id: 'o1', quote: anchorOf(ARTICLE, '6,51%') },
      { id: 'o2', quote: anchorOf(ARTICLE, 'gần 29 tỷ USD') },
      { id: 'o3', quote: null },
    ];
    const changed = 'Mới.\n\n' + ARTICLE.replace('gần 29 tỷ USD', 'gần 30 tỷ USD');
    const r = reanchorAll(obs, changed);
    expect(r.moved).toEqual(['o1']);
    expect(r.orphaned).toEqual(['o2']);
    expect(r.items[0].quote!.start).toBe(obs[0].quote!.start + 6);
    expect(changed.slice(r.items[0].quote!.start, r.items[0].quote!.end)).toBe('6,51%');
    expect(r.items[1]).toBe(obs[1]); // orphaned: untouched, never dropped
    expect(r.items[2]).toBe(obs[2]);
    expect(obs[0].quote!.start).toBe(ARTICLE.indexOf('6,51%')); // inputs not mutated
  });

  it('changes nothing when the text is the same', () => {
    const obs = [{ id: 'o1', quote: anchorOf(ARTICLE, '844 nghìn tỷ đồng') }];
    const r = reanchorAll(obs, ARTICLE);
    expect(r).toEqual({ items: obs, moved: [], orphaned: [] });
    expect(r.items[0]).toBe(obs[0]);
  });
});
