import type { CatalogueFile } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { termKey } from '../../../shared/catalogue/catalogue-term';
import { tidyAliases } from '../../../shared/catalogue/tidy-aliases';
import type { DatasetDoc, Entity, Indicator } from '../../../shared/model/dataset';
import type { HistoryChange } from '../../../shared/model/history';
import { change, nowIso } from '../handlers/helpers';
import type { ChangeSet, DatasetStore } from '../store/dataset-store';
import { assertNoConflicts, type CatalogueCollection, type CatalogueRecord, NOUN, sameRecord, storedName, withRecords } from './catalogue-records';
import { type Refile, refileObservations } from './rename-filed';

/** Records in a stable order for files that diff well: by folded name, then by the name's code units. */
function byName<T extends { name: string }>(list: readonly T[]): T[] {
  const key = (r: T) => termKey(r.name);
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The catalogue in its interchange shape (README, "tally catalogue"): no ids, records sorted by name. */
export function exportCatalogue(doc: Pick<DatasetDoc, 'entities' | 'indicators'>): CatalogueFile {
  return {
    entities: byName(doc.entities).map((e) => ({ name: e.name, kind: e.kind, aliases: [...e.aliases] })),
    indicators: byName(doc.indicators).map((i) => ({ name: i.name, unit: i.unit, definition: i.definition, aliases: [...i.aliases] })),
  };
}

/** The file as text: two-space JSON with a final newline. */
export const catalogueFileText = (file: CatalogueFile) => `${JSON.stringify(file, null, 2)}\n`;

type FileEntry = CatalogueFile['entities'][number] | CatalogueFile['indicators'][number];

/**
 * A file entry laid over the record of the same name: fields the file fills replace the record's, aliases join
 * (the dataset's first, so what curators taught this dataset is kept), and the file's spelling of the name wins.
 */
function merged(collection: CatalogueCollection, entry: FileEntry, existing: CatalogueRecord | undefined, id: string): CatalogueRecord {
  const name = storedName(entry.name);
  const aliases = tidyAliases(name, [...(existing?.aliases ?? []), ...entry.aliases]);
  if (collection === 'entities') {
    const e = entry as CatalogueFile['entities'][number];
    return { id, name, kind: e.kind || (existing as Entity | undefined)?.kind || '', aliases } satisfies Entity;
  }
  const i = entry as CatalogueFile['indicators'][number];
  const old = existing as Indicator | undefined;
  return { id, name, unit: i.unit || old?.unit || '', definition: i.definition || old?.definition || '', aliases } satisfies Indicator;
}

/**
 * Adds or updates the dataset's catalogue by name (folded) from a checked file (validate-file.ts), in one change.
 * The whole file is refused when any entry would clash with the dataset's own records (an alias another record
 * holds, say): nothing is changed then. A name spelled differently in the file renames it on the observations.
 */
export function importCatalogue(store: DatasetStore, file: CatalogueFile, fileName: string): ChangeSet & { extra: { added: number; updated: number } } {
  const doc = store.doc;
  const changes: HistoryChange[] = [];
  const refiles: Refile[] = [];
  let added = 0;
  let updated = 0;
  for (const collection of ['entities', 'indicators'] as const) {
    const current = doc[collection] as CatalogueRecord[];
    const byKey = new Map(current.map((r) => [termKey(r.name), r]));
    const updates = new Map<string, CatalogueRecord>();
    for (const entry of file[collection]) {
      const existing = byKey.get(termKey(entry.name));
      const record = merged(collection, entry, existing, existing?.id ?? store.ids.next(collection));
      if (existing && sameRecord(collection, existing, record)) continue;
      updates.set(record.id, record);
      changes.push(change(collection, record.id, existing ?? null, record));
      if (existing) updated++;
      else added++;
      if (existing && existing.name !== record.name) refiles.push({ field: NOUN[collection], from: [existing.name], to: record.name });
    }
    try {
      assertNoConflicts(withRecords(current, updates), collection, new Set(updates.keys()));
    } catch (err) {
      if (!(err instanceof TallyError)) throw err;
      throw new TallyError('INVALID_INPUT', `${fileName}: ${err.message}; nothing was imported`, { ...err.extra, file: fileName });
    }
  }
  changes.push(...refileObservations(doc, refiles, nowIso()).changes);
  const label = `Import catalogue from ${fileName} (${added} added, ${updated} updated)`;
  return { action: 'catalogue-import', label, changes, extra: { added, updated } };
}
