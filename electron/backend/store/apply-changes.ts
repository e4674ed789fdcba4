import type { z } from 'zod';
import { TallyError } from '../../../shared/api/result';
import { DatasetMeta, Entity, Indicator, type DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryChange } from '../../../shared/model/history';
import { Observation } from '../../../shared/model/observation';
import { Resolution } from '../../../shared/model/resolution';
import { Source } from '../../../shared/model/source';
import { compareIds, searchById } from './ids';

export type Collection = HistoryChange['collection'];
type RecordCollection = Exclude<Collection, 'meta'>;

const SCHEMAS: Record<Collection, z.ZodType> = {
  observations: Observation,
  sources: Source,
  resolutions: Resolution,
  entities: Entity,
  indicators: Indicator,
  meta: DatasetMeta,
};

// Above this many changes to one collection, rebuilding the array beats splicing record by record.
const BULK = 64;

/** A record as stored: parsed by its schema, which also puts its keys in the schema's order for stable files. */
export function normaliseRecord(collection: Collection, value: unknown): unknown {
  return SCHEMAS[collection].parse(value);
}

export function findRecord(doc: DatasetDoc, collection: Collection, id: string): unknown {
  if (collection === 'meta') return doc.meta;
  const items = doc[collection] as { id: string }[];
  const i = searchById(items, id);
  return i >= 0 ? items[i] : null;
}

/** Undo of a list of changes: the reverse order, before and after swapped. */
export function invertChanges(changes: readonly HistoryChange[]): HistoryChange[] {
  return [...changes].reverse().map((c) => ({ collection: c.collection, id: c.id, before: c.after, after: c.before }));
}

/** Parses every `after` by its schema before anything is applied, so that applying cannot fail halfway. */
export function normaliseChanges(changes: readonly HistoryChange[]): HistoryChange[] {
  return changes.map((c) => ({ ...c, after: c.after === null ? null : normaliseRecord(c.collection, c.after) }));
}

/**
 * Refuses a change that creates a record (before: null) whose id is already taken: applied, it would silently replace
 * the existing record, and undoing it would then delete both.
 */
export function refuseReplacingCreates(doc: DatasetDoc, changes: readonly HistoryChange[]): void {
  for (const c of changes) {
    if (c.collection === 'meta' || c.before !== null || c.after === null) continue;
    if (findRecord(doc, c.collection, c.id) !== null) {
      throw new TallyError('INVALID_INPUT', `${c.id} already exists in ${c.collection}: a new record never replaces another`, {
        issues: [{ path: 'id', message: `${c.id} already exists` }],
      });
    }
  }
}

/**
 * Sets each changed record (already normalised) to its `after` (null removes it), keeping arrays in id order. Mutates doc; callers
 * roll back with the inverted changes.
 */
export function applyChanges(doc: DatasetDoc, changes: readonly HistoryChange[]): void {
  const byCollection = new Map<RecordCollection, HistoryChange[]>();
  for (const c of changes) {
    if (c.collection === 'meta') {
      if (c.after !== null) doc.meta = c.after as DatasetDoc['meta'];
      continue;
    }
    const list = byCollection.get(c.collection) ?? [];
    list.push(c);
    byCollection.set(c.collection, list);
  }
  for (const [collection, list] of byCollection) {
    if (list.length > BULK) applyBulk(doc, collection, list);
    else for (const c of list) applyOne(doc[collection] as { id: string }[], c);
  }
}

function applyOne(items: { id: string }[], c: HistoryChange): void {
  const i = searchById(items, c.id);
  if (c.after === null) {
    if (i >= 0) items.splice(i, 1);
    return;
  }
  const record = c.after as { id: string };
  if (i >= 0) items[i] = record;
  else items.splice(-i - 1, 0, record);
}

function applyBulk(doc: DatasetDoc, collection: RecordCollection, list: HistoryChange[]): void {
  const items = doc[collection] as { id: string }[];
  const byId = new Map(items.map((r) => [r.id, r]));
  for (const c of list) {
    if (c.after === null) byId.delete(c.id);
    else byId.set(c.id, c.after as { id: string });
  }
  const next = [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
  items.length = 0;
  for (const r of next) items.push(r);
}
