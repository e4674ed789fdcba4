import { useState } from 'react';
import type { Source, SourceMeta } from '../../../shared/model';
import { errorText, useDataset, useUi } from '../state';
import { useConfirm } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { TableHead, type HeadCell } from '../ui/TableHead';
import { plural } from '../../../shared/text/plural';
import { EMPTY_SOURCE, SourceForm } from './SourceForm';
import { SourceLink } from './SourceLink';
import './sources.css';

const SOURCE_COLUMNS: HeadCell[] = [
  'Title',
  'Publisher',
  'Published',
  'Language',
  { key: 'observations', label: 'Observations', className: 'num' },
  { key: 'actions', label: <span className="visually-hidden">Actions</span> },
];

type Mode = { kind: 'list' } | { kind: 'add' } | { kind: 'edit'; source: Source };

/** Lists the dataset's sources with their citation counts; adds, edits metadata and deletes (warning when cited). */
export function SourcesPanel({ startAdding = false, onClose }: { startAdding?: boolean; onClose: () => void }) {
  const { doc, lookups, run } = useDataset();
  const { setReaderSourceId } = useUi();
  const { confirm, confirmElement } = useConfirm();
  const [mode, setMode] = useState<Mode>(startAdding ? { kind: 'add' } : { kind: 'list' });
  const [message, setMessage] = useState<string | null>(null);
  const sources = doc?.sources ?? [];

  const add = async (meta: SourceMeta, text: string) => {
    const r = await run('sources-create', { meta, text });
    if (!r.ok) return errorText(r.error);
    setMessage(`Added “${r.data.source.title}”.`);
    setMode({ kind: 'list' });
    return null;
  };
  const update = (id: string) => async (meta: SourceMeta) => {
    // The whole metadata is sent, so no field falls back to a default.
    const r = await run('sources-update', { id, patch: meta });
    if (!r.ok) return errorText(r.error);
    setMessage('Saved.');
    setMode({ kind: 'list' });
    return null;
  };
  const remove = async (s: Source) => {
    const cited = lookups?.citationCounts.get(s.id) ?? 0;
    const ok = await confirm({
      title: 'Delete source',
      message:
        cited > 0 ? (
          <>
            <strong>{plural(cited, 'observation')} cite “{s.title}”.</strong> Deleting it keeps them, without a source
            or quote (the quote is kept in their note). You can undo this.
          </>
        ) : (
          <>Delete “{s.title}”? No observation cites it. You can undo this.</>
        ),
      confirmLabel: cited > 0 ? `Delete and unlink ${plural(cited, 'observation')}` : 'Delete',
      danger: true,
    });
    if (!ok) return;
    let r = await run('sources-delete', { id: s.id, force: cited > 0 });
    if (!r.ok && r.error.code === 'SOURCE_CITED') {
      // Cited since the list was drawn: ask again with the backend's count.
      const again = await confirm({ title: 'Delete source', message: errorText(r.error), confirmLabel: 'Delete anyway', danger: true });
      if (!again) return;
      r = await run('sources-delete', { id: s.id, force: true });
    }
    setMessage(r.ok ? `Deleted “${s.title}”.` : `Not deleted: ${errorText(r.error)}`);
  };

  return (
    <Dialog title="Sources" onClose={onClose} wide>
      {message && mode.kind === 'list' && (
        <p role="status" className="sources-message">
          {message}
        </p>
      )}
      {mode.kind === 'add' && (
        <SourceForm initial={EMPTY_SOURCE} withText submitLabel="Add source" onSubmit={add} onCancel={() => (startAdding ? onClose() : setMode({ kind: 'list' }))} />
      )}
      {mode.kind === 'edit' && (
        <SourceForm
          initial={{ ...EMPTY_SOURCE, ...mode.source, text: '' }}
          withText={false}
          submitLabel="Save"
          onSubmit={update(mode.source.id)}
          onCancel={() => setMode({ kind: 'list' })}
        />
      )}
      {mode.kind === 'list' && (
        <>
          <div className="sources-head">
            <span className="muted">{plural(sources.length, 'source')}</span>
            <button type="button" className="primary" onClick={() => setMode({ kind: 'add' })}>
              Add source
            </button>
          </div>
          {sources.length === 0 ? (
            <p className="muted">No sources yet. Add one by pasting an article's text.</p>
          ) : (
            <table className="sources-table" aria-label="Sources list">
              <TableHead cells={SOURCE_COLUMNS} />
              <tbody>
                {sources.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <span className="sources-title">{s.title}</span>
                      <SourceLink url={s.url} className="small sources-url" />
                    </td>
                    <td>{s.publisher}</td>
                    <td>{s.published}</td>
                    <td>{s.language}</td>
                    <td className="num">{lookups?.citationCounts.get(s.id) ?? 0}</td>
                    <td className="sources-actions">
                      <button
                        type="button"
                        aria-label={`Read ${s.title}`}
                        onClick={() => {
                          setReaderSourceId(s.id);
                          onClose();
                        }}
                      >
                        Read
                      </button>
                      <button type="button" aria-label={`Edit ${s.title}`} onClick={() => setMode({ kind: 'edit', source: s })}>
                        Edit
                      </button>
                      <button type="button" aria-label={`Delete ${s.title}`} onClick={() => void remove(s)}>
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {confirmElement}
    </Dialog>
  );
}
