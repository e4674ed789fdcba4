import type { DatasetDoc } from '../model/dataset';
import { compareIds } from '../model/compare-ids';
import { canonicalJson } from './canonical-json';
import { MERGED_COLLECTIONS, type MergeConflict, type MergeSide } from './merge-conflict';
import { mergeRecord, type RecordMerge } from './merge-record';

type Rec = Record<string, unknown> & { id: string };

export interface MergeSides {
  ours: MergeSide;
  theirs: MergeSide;
  /** When the merge ran (ISO): stamped on new conflicts. */
  at: string;
}

export interface DatasetMerge {
  doc: DatasetDoc;
  /** Conflicts this merge found (also in doc.mergeConflicts, beside any older ones). */
  conflicts: MergeConflict[];
  /** Records that came from the other side: created, changed or deleted there. */
  changedByTheirs: number;
}

/** A conflict's id names what clashed and the two values, so both clones that meet it record the same one once. */
function conflictId(collection: string, recordId: string, field: string | null, ours: unknown, theirs: unknown): string {
  const text = canonicalJson([collection, recordId, field, ours, theirs]);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `mc-${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}`;
}

function conflictsOf(collection: MergeConflict['collection'], recordId: string, m: RecordMerge, sides: MergeSides): MergeConflict[] {
  const common = { collection, recordId, oursBy: sides.ours, theirsBy: sides.theirs, detectedAt: sides.at };
  if (m.kind === 'fields') {
    return m.clashes.map((c) => ({ id: conflictId(collection, recordId, c.field, c.ours, c.theirs), ...common, field: c.field, base: c.base, ours: c.ours, theirs: c.theirs }));
  }
  if (m.kind === 'delete-edit') {
    const ours = m.deletedBy === 'ours' ? null : m.value;
    const theirs = m.deletedBy === 'theirs' ? null : m.value;
    return [{ id: conflictId(collection, recordId, null, ours, theirs), ...common, field: null, base: null, ours, theirs }];
  }
  return [];
}

const byId = (items: readonly Rec[] | undefined) => new Map((items ?? []).map((r) => [r.id, r]));

/** Merges one collection record by record; the result is in id order, as the store keeps it. */
function mergeCollection(name: MergeConflict['collection'], base: readonly Rec[] | undefined, ours: readonly Rec[], theirs: readonly Rec[], sides: MergeSides, found: MergeConflict[]) {
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const ids = [...new Set([...o.keys(), ...t.keys(), ...b.keys()])].sort(compareIds);
  const out: Rec[] = [];
  let changedByTheirs = 0;
  for (const id of ids) {
    const m = mergeRecord(b.get(id) ?? null, o.get(id) ?? null, t.get(id) ?? null);
    if (canonicalJson(m.value) !== canonicalJson(o.get(id) ?? null)) changedByTheirs++;
    if (m.value) out.push(m.value as Rec);
    found.push(...conflictsOf(name, id, m, sides));
  }
  return { out, changedByTheirs };
}

/**
 * The record-level three-way merge of two datasets (issue 13): every collection merges record by record, the
 * dataset's metadata as one record, and recorded conflicts merge like records (one resolved on one side is gone).
 * `base` is null when the two have no common ancestor. The local journal position (`historySeq`) stays ours.
 */
export function mergeDatasets(base: DatasetDoc | null, ours: DatasetDoc, theirs: DatasetDoc, sides: MergeSides): DatasetMerge {
  const found: MergeConflict[] = [];
  const doc: DatasetDoc = { ...ours };
  let changedByTheirs = 0;
  for (const c of MERGED_COLLECTIONS) {
    const r = mergeCollection(c, base?.[c] as Rec[] | undefined, ours[c] as Rec[], theirs[c] as Rec[], sides, found);
    (doc as Record<string, unknown>)[c] = r.out;
    changedByTheirs += r.changedByTheirs;
  }
  const meta = mergeRecord((base?.meta ?? null) as Rec | null, ours.meta as Rec, theirs.meta as Rec);
  doc.meta = (meta.value ?? ours.meta) as DatasetDoc['meta'];
  found.push(...conflictsOf('meta', ours.meta.id, meta, sides));

  const kept = mergeCollection('meta', base?.mergeConflicts as Rec[] | undefined, (ours.mergeConflicts ?? []) as Rec[], (theirs.mergeConflicts ?? []) as Rec[], sides, []);
  const known = new Set(kept.out.map((c) => c.id));
  const fresh = found.filter((c) => !known.has(c.id));
  const all = [...(kept.out as unknown as MergeConflict[]), ...fresh].sort((a, b) => compareIds(a.id, b.id));
  doc.mergeConflicts = all.length ? all : undefined;
  return { doc, conflicts: fresh, changedByTheirs: changedByTheirs + (canonicalJson(doc.meta) !== canonicalJson(ours.meta) ? 1 : 0) };
}
