import type { HistoryChange, Observation } from '../../../shared/model';
import { compareIds } from '../../../shared/model/compare-ids';

export type ObservationsBySource = ReadonlyMap<string, readonly Observation[]>;

const EMPTY: readonly Observation[] = [];

/** Each source's observations, in document order (what `observations.filter(o => o.sourceId === id)` gives). */
export function indexBySource(observations: readonly Observation[]): ObservationsBySource {
  const map = new Map<string, Observation[]>();
  for (const o of observations) {
    if (!o.sourceId) continue;
    const list = map.get(o.sourceId);
    if (list) list.push(o);
    else map.set(o.sourceId, [o]);
  }
  return map;
}

/**
 * The index after one Mutation's changes, touching only the sources they name: other sources keep the very same
 * arrays (so the reader showing them does no work). A record replaced in place keeps its place, a new one goes
 * last (as the renderer's applyChanges puts it), one moved from another source goes to its id's place (the
 * document's order, which is id order as the backend sends it).
 */
export function updateBySource(index: ObservationsBySource, changes: readonly HistoryChange[]): ObservationsBySource {
  let next: Map<string, readonly Observation[]> | null = null;
  const listOf = (id: string) => (next ?? index).get(id) ?? EMPTY;
  const put = (id: string, list: readonly Observation[]) => {
    next ??= new Map(index);
    if (list.length) next.set(id, list);
    else next.delete(id);
  };
  for (const c of changes) {
    if (c.collection !== 'observations') continue;
    const before = c.before as Observation | null;
    const after = c.after as Observation | null;
    const from = before?.sourceId ?? null;
    const to = after?.sourceId ?? null;
    if (from && from === to) {
      const list = listOf(from);
      const at = list.findIndex((o) => o.id === c.id);
      put(from, at >= 0 ? [...list.slice(0, at), after!, ...list.slice(at + 1)] : [...list, after!]);
      continue;
    }
    if (from) put(from, listOf(from).filter((o) => o.id !== c.id));
    if (to && after) {
      const list = listOf(to);
      if (!before) put(to, [...list, after]);
      else {
        let at = list.findIndex((o) => compareIds(o.id, c.id) > 0);
        if (at < 0) at = list.length;
        put(to, [...list.slice(0, at), after, ...list.slice(at)]);
      }
    }
  }
  return next ?? index;
}
