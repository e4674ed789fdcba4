import { TallyError } from '../../../shared/api/result';
import { unitFitsIndicator } from '../../../shared/catalogue/unit-fit';
import { tidyAliases } from '../../../shared/catalogue/tidy-aliases';
import type { Entity, Indicator } from '../../../shared/model/dataset';
import { change, nowIso } from '../handlers/helpers';
import type { ChangeSet, DatasetStore } from '../store/dataset-store';
import { assertNoConflicts, type CatalogueCollection, type CatalogueRecord, getRecord, NOUN, sameRecord, storedName, withRecords } from './catalogue-records';
import { refileObservations } from './rename-filed';

export type EntityInput = Omit<Entity, 'id'> & { id?: string };
export type IndicatorInput = Omit<Indicator, 'id'> & { id?: string };
type RecordInput = EntityInput | IndicatorInput;

const NOTHING: ChangeSet = { action: 'catalogue-none', label: '', changes: [] };
const times = (n: number) => (n === 1 ? '1 observation' : `${n} observations`);

/**
 * Creates (no id) or updates a catalogue record. A rename files the record's observations (and their decided groups)
 * under the new name in the same change, so one undo puts everything back.
 */
export function saveRecord(store: DatasetStore, collection: CatalogueCollection, input: RecordInput): ChangeSet & { extra: { record: CatalogueRecord } } {
  const doc = store.doc;
  const noun = NOUN[collection];
  const before = input.id ? getRecord(doc, collection, input.id) : null;
  const name = storedName(input.name);
  const record = { ...input, id: before?.id ?? store.ids.next(collection), name, aliases: tidyAliases(name, input.aliases) } as CatalogueRecord;
  if (before && sameRecord(collection, before, record)) return { ...NOTHING, extra: { record: before } };
  const list = withRecords(doc[collection], new Map([[record.id, record]]));
  assertNoConflicts(list, collection, new Set([record.id]));
  const changes = [change(collection, record.id, before, record)];
  let label = before ? `Edit ${noun} "${name}"` : `Add ${noun} "${name}"`;
  if (before && before.name !== name) {
    const refiled = refileObservations(doc, [{ field: noun, from: [before.name], to: name }], nowIso());
    changes.push(...refiled.changes);
    label = `Rename ${noun} "${before.name}" to "${name}"${refiled.observations ? ` on ${times(refiled.observations)}` : ''}`;
  }
  return { action: `catalogue-save-${noun}`, label, changes, extra: { record } };
}

/** Removes a record from the catalogue; observations keep the name they carry (it is their text, not a link). */
export function deleteRecord(store: DatasetStore, collection: CatalogueCollection, id: string): ChangeSet {
  const before = getRecord(store.doc, collection, id);
  return { action: 'catalogue-delete', label: `Delete ${NOUN[collection]} "${before.name}" from the catalogue`, changes: [change(collection, id, before, null)] };
}

/**
 * Merges `fromId` into `intoId`: the other's name and aliases become the survivor's aliases, its observations (and
 * their decided groups) move under the survivor's name, and it leaves the catalogue, all in one undo step. Two
 * indicators with different units are refused: their figures cannot be one indicator.
 */
export function mergeRecords(store: DatasetStore, collection: CatalogueCollection, fromId: string, intoId: string): ChangeSet {
  const doc = store.doc;
  const noun = NOUN[collection];
  if (fromId === intoId) throw new TallyError('INVALID_INPUT', `cannot merge ${noun} "${fromId}" into itself`);
  const from = getRecord(doc, collection, fromId);
  const into = getRecord(doc, collection, intoId);
  const merged = { ...into, aliases: tidyAliases(into.name, [...into.aliases, from.name, ...from.aliases]) } as CatalogueRecord;
  if (collection === 'indicators') {
    const a = from as Indicator;
    const b = into as Indicator;
    if (a.unit && b.unit && !unitFitsIndicator(a.unit, b.unit)) {
      throw new TallyError('INVALID_INPUT', `cannot merge indicator "${a.name}" (${a.unit}) into "${b.name}" (${b.unit}): their units differ; change one unit first`);
    }
    Object.assign(merged, { unit: b.unit || a.unit, definition: b.definition || a.definition });
  } else {
    Object.assign(merged, { kind: (into as Entity).kind || (from as Entity).kind });
  }
  const list = withRecords(doc[collection], new Map<string, CatalogueRecord | null>([[fromId, null], [intoId, merged]]));
  assertNoConflicts(list, collection, new Set([intoId]));
  const refiled = refileObservations(doc, [{ field: noun, from: [from.name], to: into.name }], nowIso());
  const moved = refiled.observations ? `, ${times(refiled.observations)} moved` : '';
  return {
    action: 'catalogue-merge',
    label: `Merge ${noun} "${from.name}" into "${into.name}"${moved}`,
    changes: [change(collection, fromId, from, null), change(collection, intoId, into, merged), ...refiled.changes],
  };
}

/** Learning from the reader: one more alias on a record (one already there, or the record's name, changes nothing). */
export function addAlias(store: DatasetStore, collection: CatalogueCollection, id: string, alias: string): ChangeSet {
  const before = getRecord(store.doc, collection, id);
  const after = { ...before, aliases: tidyAliases(before.name, [...before.aliases, alias]) } as CatalogueRecord;
  if (after.aliases.length === before.aliases.length) return NOTHING;
  assertNoConflicts(withRecords(store.doc[collection], new Map([[id, after]])), collection, new Set([id]));
  const added = after.aliases[after.aliases.length - 1];
  return { action: 'catalogue-add-alias', label: `Add alias "${added}" to ${NOUN[collection]} "${before.name}"`, changes: [change(collection, id, before, after)] };
}
