import { useMemo, useRef, useState } from 'react';
import { plural } from '../../../shared/text/plural';
import { filePayload } from '../import/read-file';
import { errorText, useDataset } from '../state';
import { useConfirm } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { catalogueFileName, downloadCatalogue } from './catalogue-file';
import { recordMatches, type CatalogueRecord } from './catalogue-match';
import { MergeForm } from './MergeForm';
import { RecordTable } from './RecordTable';
import { draftOf, RecordForm, type Collection, type RecordDraft } from './RecordForm';
import './catalogue.css';

type Mode =
  | { kind: 'list' }
  | { kind: 'edit'; collection: Collection; record: CatalogueRecord | null }
  | { kind: 'merge'; collection: Collection; record: CatalogueRecord };

const NOUN: Record<Collection, string> = { entities: 'entity', indicators: 'indicator' };

/**
 * The dataset's catalogue: entities and indicators with their aliases, filtered ignoring diacritics; add, edit
 * (renaming renames the observations too, in one undo step), merge, delete, and the catalogue file in and out.
 */
export function CataloguePanel({ onClose }: { onClose: () => void }) {
  const { doc, run } = useDataset();
  const { confirm, confirmElement } = useConfirm();
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [filter, setFilter] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const entities = useMemo(() => (doc?.entities ?? []).filter((r) => recordMatches(r, filter)), [doc?.entities, filter]);
  const indicators = useMemo(() => (doc?.indicators ?? []).filter((r) => recordMatches(r, filter)), [doc?.indicators, filter]);
  const usage = useMemo(() => {
    const m = new Map<string, number>();
    for (const o of doc?.observations ?? []) {
      m.set(`e:${o.entity}`, (m.get(`e:${o.entity}`) ?? 0) + 1);
      m.set(`i:${o.indicator}`, (m.get(`i:${o.indicator}`) ?? 0) + 1);
    }
    return (c: Collection, name: string) => m.get(`${c === 'entities' ? 'e' : 'i'}:${name}`) ?? 0;
  }, [doc?.observations]);

  const done = (text: string) => {
    setMessage({ text, error: false });
    setMode({ kind: 'list' });
  };

  const save = (collection: Collection) => async (d: RecordDraft) => {
    const r =
      collection === 'entities'
        ? await run('catalogue-save-entity', { id: d.id, name: d.name, kind: d.kind, aliases: d.aliases })
        : await run('catalogue-save-indicator', { id: d.id, name: d.name, unit: d.unit, definition: d.definition, aliases: d.aliases });
    if (!r.ok) return errorText(r.error);
    done(d.id ? `Saved ${NOUN[collection]} “${d.name.trim()}”.` : `Added ${NOUN[collection]} “${d.name.trim()}”.`);
    return null;
  };

  const remove = async (collection: Collection, rec: CatalogueRecord) => {
    const used = usage(collection, rec.name);
    const ok = await confirm({
      title: `Delete ${NOUN[collection]}`,
      message: (
        <>
          Delete “{rec.name}” from the catalogue?{' '}
          {used > 0 ? `${plural(used, 'observation')} keep the name; it is only no longer in the catalogue.` : 'No observation uses it.'} You can undo this.
        </>
      ),
      confirmLabel: 'Delete',
      danger: true,
    });
    if (!ok) return;
    const r = await run('catalogue-delete', { collection, id: rec.id });
    setMessage(r.ok ? { text: `Deleted “${rec.name}”.`, error: false } : { text: `Not deleted: ${errorText(r.error)}`, error: true });
  };

  const merge = async (collection: Collection, from: CatalogueRecord, intoId: string) => {
    const into = (collection === 'entities' ? doc?.entities : doc?.indicators)?.find((r) => r.id === intoId);
    const r = await run('catalogue-merge', { collection, fromId: from.id, intoId });
    if (!r.ok) return errorText(r.error);
    done(`Merged “${from.name}” into “${into?.name ?? intoId}”.`);
    return null;
  };

  const exportFile = async () => {
    const r = await run('catalogue-export', {});
    if (!r.ok) return setMessage({ text: `Not exported: ${errorText(r.error)}`, error: true });
    downloadCatalogue(r.data, catalogueFileName(doc?.meta.name ?? 'dataset'));
    setMessage({ text: `Exported ${r.data.entities.length} ${r.data.entities.length === 1 ? 'entity' : 'entities'} and ${plural(r.data.indicators.length, 'indicator')}.`, error: false });
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const r = await run('catalogue-import', await filePayload(file));
      setMessage(
        r.ok
          ? { text: `Imported ${file.name}: ${r.data.added} added, ${r.data.updated} updated.`, error: false }
          : { text: `Not imported, nothing changed: ${errorText(r.error)}`, error: true },
      );
    } catch (err) {
      setMessage({ text: `Not imported: ${err instanceof Error ? err.message : String(err)}`, error: true });
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const list = (collection: Collection) => (collection === 'entities' ? (doc?.entities ?? []) : (doc?.indicators ?? []));

  return (
    <Dialog title="Catalogue" onClose={onClose} wide>
      {mode.kind === 'edit' && (
        <RecordForm collection={mode.collection} initial={draftOf(mode.record)} onSave={save(mode.collection)} onCancel={() => setMode({ kind: 'list' })} />
      )}
      {mode.kind === 'merge' && (
        <MergeForm
          noun={NOUN[mode.collection]}
          from={mode.record}
          others={list(mode.collection).filter((r) => r.id !== mode.record.id)}
          onMerge={(intoId) => merge(mode.collection, mode.record, intoId)}
          onCancel={() => setMode({ kind: 'list' })}
        />
      )}
      {mode.kind === 'list' && (
        <>
          {message && (
            <p role={message.error ? 'alert' : 'status'} className={message.error ? 'error-text catalogue-message' : 'catalogue-message'}>
              {message.text}
            </p>
          )}
          <div className="catalogue-head">
            <input
              type="search"
              aria-label="Filter catalogue"
              placeholder="Filter (ignores accents: xuat khau)"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              data-autofocus
            />
            <span className="catalogue-head__spacer" />
            <button type="button" onClick={() => setMode({ kind: 'edit', collection: 'entities', record: null })}>
              Add entity
            </button>
            <button type="button" onClick={() => setMode({ kind: 'edit', collection: 'indicators', record: null })}>
              Add indicator
            </button>
            <button type="button" onClick={() => fileRef.current?.click()} title="Add or update entries from a catalogue JSON file">
              Import catalogue…
            </button>
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              aria-label="Catalogue file to import"
              className="visually-hidden"
              tabIndex={-1}
              onChange={(e) => void importFile(e.target.files?.[0])}
            />
            <button type="button" onClick={() => void exportFile()} title="Download the catalogue as a JSON file">
              Export catalogue
            </button>
          </div>
          {(['entities', 'indicators'] as const).map((c) => (
            <RecordTable
              key={c}
              collection={c}
              records={c === 'entities' ? entities : indicators}
              total={list(c).length}
              usage={usage}
              onEdit={(record) => setMode({ kind: 'edit', collection: c, record })}
              onMerge={(record) => setMode({ kind: 'merge', collection: c, record })}
              onDelete={(record) => void remove(c, record)}
            />
          ))}
        </>
      )}
      {confirmElement}
    </Dialog>
  );
}
