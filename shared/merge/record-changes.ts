import type { DatasetDoc } from '../model/dataset';
import type { HistoryChange } from '../model/history';
import { canonicalJson } from './canonical-json';
import { MERGED_COLLECTIONS } from './merge-conflict';

type Rec = { id: string };

/**
 * The records that differ between two versions of a dataset, as history changes (before/after, null when absent):
 * what a merge brought in, journaled as one entry, and what a sync's commit message counts. Metadata counts only
 * when more than its updatedAt stamp changed.
 */
export function recordChanges(before: DatasetDoc, after: DatasetDoc): HistoryChange[] {
  const out: HistoryChange[] = [];
  for (const c of MERGED_COLLECTIONS) {
    const b = new Map((before[c] as Rec[]).map((r) => [r.id, r]));
    const a = new Map((after[c] as Rec[]).map((r) => [r.id, r]));
    for (const id of new Set([...b.keys(), ...a.keys()])) {
      const [x, y] = [b.get(id) ?? null, a.get(id) ?? null];
      if (canonicalJson(x) !== canonicalJson(y)) out.push({ collection: c, id, before: x, after: y });
    }
  }
  const strip = (m: DatasetDoc['meta']) => ({ ...m, updatedAt: undefined });
  if (canonicalJson(strip(before.meta)) !== canonicalJson(strip(after.meta))) out.push({ collection: 'meta', id: after.meta.id, before: before.meta, after: after.meta });
  return out;
}

/** "2 created, 1 changed, 3 deleted" for a list of changes ("no record changes" when empty). */
export function summariseChanges(changes: readonly HistoryChange[]): string {
  const n = { created: 0, changed: 0, deleted: 0 };
  for (const c of changes) n[c.before === null ? 'created' : c.after === null ? 'deleted' : 'changed']++;
  const parts = Object.entries(n)
    .filter(([, v]) => v > 0)
    .map(([k, v]) => `${v} ${k}`);
  return parts.length ? parts.join(', ') : 'no record changes';
}
