import { describe, expect, it } from 'vitest';
import { blankObservationFields, type Observation } from '../../../shared/model';
import { makeAnchor } from '../../../shared/text/anchor';
import { attachQuotePatch } from '../../../renderer/src/reader/attach-quote';

const TEXT = 'Năm 2023, kim ngạch xuất khẩu của tỉnh đạt 31,5 tỷ USD.';
const row = (extra: Partial<Observation> = {}): Observation =>
  ({ id: 'obs-1', ...blankObservationFields(), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', ...extra }) as Observation;
const span = { start: TEXT.indexOf('kim'), end: TEXT.length - 1 };

describe('attachQuotePatch', () => {
  it('gives a hand-entered row its source and a quote anchored at the selection', () => {
    const r = attachQuotePatch(row({ stated: '31,5 tỷ USD' }), 'src-1', TEXT, span, false);
    expect(r.ok && r.value.sourceId).toBe('src-1');
    expect(r.ok && r.value.quote).toMatchObject({ exact: 'kim ngạch xuất khẩu của tỉnh đạt 31,5 tỷ USD', start: span.start, end: span.end });
  });
  it('re-anchors an orphaned quote, even one that named another source', () => {
    const old = row({ sourceId: 'src-0', quote: makeAnchor('old 31,5 tỷ USD text', 4, 15) });
    expect(attachQuotePatch(old, 'src-1', TEXT, span, true).ok).toBe(true);
  });
  it('refuses to move a quote that is still found in another source', () => {
    const other = row({ sourceId: 'src-0', quote: makeAnchor('old 31,5 tỷ USD text', 4, 15) });
    const r = attachQuotePatch(other, 'src-1', TEXT, span, false);
    expect(r).toEqual({ ok: false, message: expect.stringContaining('already quotes another source') });
  });
});
