import type { GridApi } from 'ag-grid-community';
import type { Observation } from '../../../shared/model';

/** Ids compare as people read them: obs-9 before obs-10. */
const ID_ORDER = new Intl.Collator('en', { numeric: true });
export const compareIds = (a: string, b: string) => ID_ORDER.compare(a, b);

/**
 * Where `id` goes in a list of ids kept in id order: before the first larger id. A list that is not in id order
 * (rows imported with their own ids) is searched from the start, so the row still lands before its next larger id.
 */
export function insertionIndex(ids: readonly string[], id: string): number {
  let sorted = true;
  for (let i = 1; i < ids.length && sorted; i++) sorted = compareIds(ids[i - 1], ids[i]) <= 0;
  if (!sorted) {
    const at = ids.findIndex((x) => compareIds(x, id) > 0);
    return at < 0 ? ids.length : at;
  }
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareIds(ids[mid], id) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds rows to the grid in their place by id rather than at the end, so a deletion undone brings each row back
 * where it was (a sorted grid then sorts them as usual). Rows that belong after every other go in one transaction.
 */
export function addRowsInPlace(api: GridApi<Observation>, rows: readonly Observation[]): void {
  if (rows.length === 0) return;
  const ids: string[] = [];
  api.forEachNode((n) => {
    if (n.data) ids.push(n.data.id);
  });
  const atEnd: Observation[] = [];
  for (const row of [...rows].sort((a, b) => compareIds(a.id, b.id))) {
    const at = insertionIndex(ids, row.id);
    if (at >= ids.length) {
      atEnd.push(row);
      ids.push(row.id);
    } else {
      api.applyTransaction({ add: [row], addIndex: at });
      ids.splice(at, 0, row.id);
    }
  }
  if (atEnd.length) api.applyTransaction({ add: atEnd });
}
