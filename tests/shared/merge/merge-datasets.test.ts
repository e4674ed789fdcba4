import { describe, expect, it } from 'vitest';
import type { DatasetDoc, Observation } from '../../../shared/model';
import { mergeDatasets, type MergeSides } from '../../../shared/merge/merge-datasets';
import { mergeRecord } from '../../../shared/merge/merge-record';
import { fixtureDoc } from '../export/fixture';

const SIDES: MergeSides = { ours: { who: 'Lan', at: '2024-09-02T08:00:00.000Z' }, theirs: { who: 'Minh', at: '2024-09-02T09:00:00.000Z' }, at: '2024-09-02T10:00:00.000Z' };

const clone = (d: DatasetDoc): DatasetDoc => structuredClone(d);
const obsOf = (d: DatasetDoc, id: string) => d.observations.find((o) => o.id === id);
function edit(d: DatasetDoc, id: string, patch: Partial<Observation>, at = '2024-09-02T07:00:00.000Z'): DatasetDoc {
  const o = obsOf(d, id)!;
  Object.assign(o, patch, { updatedAt: at });
  return d;
}

describe('mergeRecord', () => {
  it('takes the side that changed, and either when both made the same change', () => {
    const b = { id: 'x', a: 1, b: 1 };
    expect(mergeRecord(b, { ...b, a: 2 }, b)).toEqual({ kind: 'clean', value: { id: 'x', a: 2, b: 1 } });
    expect(mergeRecord(b, b, { ...b, b: 3 })).toEqual({ kind: 'clean', value: { id: 'x', a: 1, b: 3 } });
    expect(mergeRecord(b, { ...b, a: 5 }, { ...b, a: 5 })).toEqual({ kind: 'clean', value: { id: 'x', a: 5, b: 1 } });
  });

  it('merges changes to different fields of one record without asking', () => {
    const b = { id: 'x', a: 1, b: 1, updatedAt: '1' };
    expect(mergeRecord(b, { ...b, a: 2, updatedAt: '2' }, { ...b, b: 3, updatedAt: '3' })).toEqual({ kind: 'clean', value: { id: 'x', a: 2, b: 3, updatedAt: '3' } });
  });

  it('calls the same field changed to different values a clash, keeping ours for now', () => {
    const b = { id: 'x', a: 1 };
    const m = mergeRecord(b, { ...b, a: 2 }, { ...b, a: 3 });
    expect(m).toEqual({ kind: 'fields', value: { id: 'x', a: 2 }, clashes: [{ field: 'a', base: 1, ours: 2, theirs: 3 }] });
  });

  it('keeps an edited record that the other side deleted, and says so', () => {
    const b = { id: 'x', a: 1 };
    expect(mergeRecord(b, null, { ...b, a: 3 })).toEqual({ kind: 'delete-edit', value: { id: 'x', a: 3 }, deletedBy: 'ours' });
    expect(mergeRecord(b, { ...b, a: 2 }, null)).toEqual({ kind: 'delete-edit', value: { id: 'x', a: 2 }, deletedBy: 'theirs' });
    expect(mergeRecord(b, null, b)).toEqual({ kind: 'clean', value: null });
  });

  it('compares nested values by content, whatever the order of their keys', () => {
    const b = { id: 'x', q: { start: 1, end: 2 } };
    expect(mergeRecord(b, { id: 'x', q: { end: 2, start: 1 } }, b).kind).toBe('clean');
  });
});

describe('mergeDatasets', () => {
  const base = fixtureDoc();
  const [first, second] = base.observations.map((o) => o.id);

  it('merges records created, edited and deleted on different sides, in id order', () => {
    const ours = edit(clone(base), first, { note: 'checked' });
    const theirs = clone(base);
    theirs.observations = theirs.observations.filter((o) => o.id !== second);
    theirs.observations.push({ ...structuredClone(base.observations[0]), id: 'obs-900', stated: '30 tỷ USD', value: 3e10 });
    const m = mergeDatasets(base, ours, theirs, SIDES);
    expect(m.conflicts).toEqual([]);
    expect(obsOf(m.doc, first)?.note).toBe('checked');
    expect(obsOf(m.doc, second)).toBeUndefined();
    expect(obsOf(m.doc, 'obs-900')?.value).toBe(3e10);
    const ids = m.doc.observations.map((o) => o.id);
    expect(ids[ids.length - 1]).toBe('obs-900');
    expect(m.changedByTheirs).toBe(2);
  });

  it('records a conflict when one field diverged, with both values and who changed each', () => {
    const ours = edit(clone(base), first, { value: 2.91e10 });
    const theirs = edit(clone(base), first, { value: 2.95e10 });
    const m = mergeDatasets(base, ours, theirs, SIDES);
    expect(m.conflicts).toHaveLength(1);
    expect(m.conflicts[0]).toMatchObject({ collection: 'observations', recordId: first, field: 'value', ours: 2.91e10, theirs: 2.95e10, oursBy: { who: 'Lan' }, theirsBy: { who: 'Minh' } });
    expect(obsOf(m.doc, first)?.value).toBe(2.91e10);
    expect(m.doc.mergeConflicts).toEqual(m.conflicts);
  });

  it('records a conflict when a record was deleted on one side and edited on the other, keeping the edit', () => {
    const ours = clone(base);
    ours.observations = ours.observations.filter((o) => o.id !== first);
    const theirs = edit(clone(base), first, { note: 'source checked' });
    const m = mergeDatasets(base, ours, theirs, SIDES);
    expect(m.conflicts).toMatchObject([{ recordId: first, field: null, ours: null }]);
    expect(obsOf(m.doc, first)?.note).toBe('source checked');
  });

  it('does not call two edit stamps a conflict', () => {
    const ours = edit(clone(base), first, { note: 'a' }, '2024-09-02T07:00:00.000Z');
    const theirs = edit(clone(base), first, { status: 'verified' }, '2024-09-02T08:00:00.000Z');
    const m = mergeDatasets(base, ours, theirs, SIDES);
    expect(m.conflicts).toEqual([]);
    expect(obsOf(m.doc, first)).toMatchObject({ note: 'a', status: 'verified', updatedAt: '2024-09-02T08:00:00.000Z' });
  });

  it('merges recorded conflicts like records: one resolved on either side stays resolved, one found twice is kept once', () => {
    const ours = edit(clone(base), first, { value: 1 });
    const theirs = edit(clone(base), first, { value: 2 });
    const once = mergeDatasets(base, ours, theirs, SIDES);
    // Both clones meet the same clash: its id is the same, so a second merge of the two results keeps one.
    const mirrored = mergeDatasets(base, theirs, ours, { ...SIDES, ours: SIDES.theirs, theirs: SIDES.ours });
    expect(mirrored.conflicts).toHaveLength(1);
    const resolved = clone(once.doc);
    resolved.mergeConflicts = undefined;
    const later = mergeDatasets(once.doc, resolved, clone(once.doc), SIDES);
    expect(later.doc.mergeConflicts).toBeUndefined();
    expect(mergeDatasets(once.doc, clone(once.doc), clone(once.doc), SIDES).doc.mergeConflicts).toHaveLength(1);
  });

  it('merges the dataset metadata as one record and keeps the local journal position', () => {
    const ours = clone(base);
    ours.meta.description = 'ours';
    ours.historySeq = 40;
    const theirs = clone(base);
    theirs.meta.tolerance = 0.1;
    theirs.historySeq = 12;
    const m = mergeDatasets(base, ours, theirs, SIDES);
    expect(m.doc.meta).toMatchObject({ description: 'ours', tolerance: 0.1 });
    expect(m.doc.historySeq).toBe(40);
  });

  it('merges two datasets with no common ancestor field by field', () => {
    const ours = clone(base);
    const theirs = edit(clone(base), first, { note: 'x' });
    const m = mergeDatasets(null, ours, theirs, SIDES);
    expect(m.conflicts.map((c) => c.field).sort()).toEqual(['note']);
  });
});
