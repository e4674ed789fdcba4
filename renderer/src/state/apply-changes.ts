import type { DatasetDoc, HistoryChange } from '../../../shared/model';

type RecordCollection = Exclude<HistoryChange['collection'], 'meta'>;

/** Up to this many changes, records are found by a scan rather than through an id index. */
const SCAN_LIMIT = 8;

/**
 * Applies a Mutation's changes to a copy of the document, generically: `after: null` removes the record,
 * `before: null` adds it, otherwise it replaces the record with the same id in place; 'meta' replaces doc.meta.
 * Only the touched collections are copied, so an edit at 200k rows costs one array copy and a scan.
 */
export function applyChanges(doc: DatasetDoc, changes: readonly HistoryChange[]): DatasetDoc {
  if (changes.length === 0) return doc;
  const next: DatasetDoc = { ...doc };
  const copied = new Set<RecordCollection>();
  const indexes = new Map<RecordCollection, Map<string, number>>();

  const listOf = (c: RecordCollection): Array<{ id: string }> => {
    if (!copied.has(c)) {
      (next as Record<RecordCollection, unknown[]>)[c] = [...(doc[c] as Array<{ id: string }>)];
      copied.add(c);
    }
    return next[c] as Array<{ id: string }>;
  };
  const indexOf = (c: RecordCollection, id: string): number => {
    // A few changes (one cell edit): a scan is far cheaper than indexing every row of a 200k-row collection.
    if (changes.length <= SCAN_LIMIT) return listOf(c).findIndex((r) => r.id === id);
    let idx = indexes.get(c);
    if (!idx) {
      idx = new Map(listOf(c).map((r, i) => [r.id, i]));
      indexes.set(c, idx);
    }
    return idx.get(id) ?? -1;
  };

  for (const ch of changes) {
    if (ch.collection === 'meta') {
      if (ch.after) next.meta = ch.after as DatasetDoc['meta'];
      continue;
    }
    const c = ch.collection;
    const list = listOf(c);
    const at = indexOf(c, ch.id);
    if (ch.after === null || ch.after === undefined) {
      if (at >= 0) {
        list.splice(at, 1);
        indexes.delete(c); // positions moved; rebuilt on next use
      }
    } else if (at >= 0) {
      list[at] = ch.after as { id: string };
    } else {
      list.push(ch.after as { id: string });
      indexes.get(c)?.set(ch.id, list.length - 1);
    }
  }
  return next;
}
