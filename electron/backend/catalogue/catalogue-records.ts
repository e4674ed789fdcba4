import { TallyError } from '../../../shared/api/result';
import { termKey } from '../../../shared/catalogue/catalogue-term';
import { validateCatalogueFile } from '../../../shared/catalogue/validate-catalogue';
import { normaliseName } from '../../../shared/crosscheck/group-key';
import type { DatasetDoc, Entity, Indicator } from '../../../shared/model/dataset';
import { findRecord, normaliseRecord } from '../store/apply-changes';
import type { CatalogueField } from './rename-filed';

export type CatalogueCollection = 'entities' | 'indicators';
export type CatalogueRecord = Entity | Indicator;

/** What each catalogue collection is called in messages, and which observation field it names. */
export const NOUN: Record<CatalogueCollection, CatalogueField> = { entities: 'entity', indicators: 'indicator' };

/** A name as stored: NFC, single-spaced, trimmed (the form group keys use). */
export const storedName = (name: string) => normaliseName(name.normalize('NFC'));

export function getRecord(doc: DatasetDoc, collection: CatalogueCollection, id: string): CatalogueRecord {
  const r = findRecord(doc, collection, id) as CatalogueRecord | null;
  if (!r) throw new TallyError('NOT_FOUND', `no ${NOUN[collection]} "${id}" in the catalogue`);
  return r;
}

/**
 * Refuses a change whose written records (`touched`, by id) break the catalogue's rules against the rest of the
 * collection as it would be: a name equal to another's once folded (termKey), or an alias another record has or
 * that is another record's name (validateCatalogueFile, the rule the file import uses). Conflicts already in the
 * dataset between untouched records (an old dataset's registry) do not block unrelated edits.
 */
export function assertNoConflicts(records: readonly CatalogueRecord[], collection: CatalogueCollection, touched: ReadonlySet<string>): void {
  const noun = NOUN[collection];
  const written = records.filter((r) => touched.has(r.id));
  const others = records.filter((r) => !touched.has(r.id));
  const names = new Map(others.map((r) => [termKey(r.name), r.name]));
  const messages: string[] = [];
  for (const r of written) {
    const twin = names.get(termKey(r.name));
    if (twin !== undefined) messages.push(`${noun} "${r.name}": same name as "${twin}" once case and accents are ignored`);
  }
  const file = collection === 'entities' ? { entities: written as Entity[], indicators: [] } : { entities: [], indicators: written as Indicator[] };
  const existing = collection === 'entities' ? { entities: others, indicators: [] } : { entities: [], indicators: others };
  messages.push(...validateCatalogueFile(file, existing).map((p) => p.message));
  if (messages.length === 0) return;
  const issues = messages.map((message) => ({ path: 'name', message }));
  throw new TallyError('INVALID_INPUT', messages.join('; '), { issues });
}

/** The collection with some records replaced (same id), added (new id) or removed (null), in id order kept by the store. */
export function withRecords(
  list: readonly CatalogueRecord[],
  updates: ReadonlyMap<string, CatalogueRecord | null>,
): CatalogueRecord[] {
  const out: CatalogueRecord[] = [];
  const seen = new Set<string>();
  for (const r of list) {
    seen.add(r.id);
    const u = updates.get(r.id);
    if (u === undefined) out.push(r);
    else if (u !== null) out.push(u);
  }
  for (const [id, u] of updates) if (!seen.has(id) && u !== null) out.push(u);
  return out;
}

/** Same record once both are in their stored form (schema key order)? */
export const sameRecord = (collection: CatalogueCollection, a: CatalogueRecord, b: CatalogueRecord) =>
  JSON.stringify(normaliseRecord(collection, a)) === JSON.stringify(normaliseRecord(collection, b));
