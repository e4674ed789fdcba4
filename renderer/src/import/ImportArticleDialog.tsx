import { useEffect, useId, useState, type FormEvent } from 'react';
import type { SourceDraft } from '../../../shared/api/contract';
import { currentVersion } from '../../../shared/model';
import { checkSourceMeta, type SourceMetaValues } from '../sources/source-meta';
import { SourceMetaFields } from '../sources/SourceMetaFields';
import { errorText, useDataset, useUi } from '../state';
import { Dialog } from '../ui/Dialog';
import { useFileDrop } from '../ui/use-file-drop';
import { takePendingImportFile } from './pending-file';
import { filePayload, pastedPayload, textHash } from './read-file';
import './import.css';

const ACCEPT = '.txt,.md,.markdown,.html,.htm';
/** The preview shows this much; the whole text is imported. */
const PREVIEW_CHARS = 20_000;
/**
 * Imports an article: a chosen or dropped .txt/.md/.html file, or pasted text, is read by the backend
 * ('sources-parse-file') into a draft whose metadata the curator checks and edits before 'sources-create'
 * freezes the text. The text is previewed as text, never rendered as HTML.
 */
export function ImportArticleDialog({ onClose }: { onClose: () => void }) {
  const { run, doc } = useDataset();
  const { setReaderSourceId } = useUi();
  const ids = useId();
  const [pasted, setPasted] = useState('');
  const [draft, setDraft] = useState<SourceDraft | null>(null);
  const [origin, setOrigin] = useState('');
  const [form, setForm] = useState<SourceMetaValues | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);

  const read = async (what: string, payload: () => Promise<{ fileName: string; dataBase64: string }>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await run('sources-parse-file', await payload());
      if (!r.ok) return setError(errorText(r.error));
      if (!r.data.text.trim()) return setError(`${what} holds no readable text; nothing to import.`);
      const { text: _text, warnings: _warnings, ...meta } = r.data;
      setDraft(r.data);
      setForm(meta);
      setOrigin(what);
      const hash = await textHash(r.data.text);
      const same = hash ? doc?.sources.find((s) => currentVersion(s).hash === hash) : undefined;
      setDuplicateOf(same ? same.title : null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const readFile = (file: File) => void read(file.name, () => filePayload(file));

  // A file dropped on the reader opened this dialog: read it at once.
  useEffect(() => {
    const file = takePendingImportFile();
    if (file) readFile(file);
    // Once, on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { dragging, dropProps } = useFileDrop(readFile);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!draft || !form) return;
    const meta = checkSourceMeta(form);
    if (!meta.ok) return setError(meta.message);
    setBusy(true);
    setError(null);
    const r = await run('sources-create', { meta: meta.meta, text: draft.text });
    setBusy(false);
    if (!r.ok) return setError(`Not imported: ${errorText(r.error)}`);
    setReaderSourceId(r.data.source.id);
    onClose();
  };

  const back = () => {
    setDraft(null);
    setForm(null);
    setError(null);
    setDuplicateOf(null);
  };

  const footer = draft ? (
    <>
      <button type="button" onClick={back} disabled={busy}>
        Back
      </button>
      <button type="button" onClick={onClose}>
        Cancel
      </button>
      <button type="submit" form={`${ids}-form`} className="primary" disabled={busy}>
        Import
      </button>
    </>
  ) : (
    <button type="button" onClick={onClose}>
      Cancel
    </button>
  );

  return (
    <Dialog title="Import article" onClose={onClose} footer={footer} wide>
      <div className={`import-body${dragging ? ' import-body--drop' : ''}`} {...dropProps}>
        {error && (
          <p role="alert" className="import-error">
            {error}
          </p>
        )}
        {!draft || !form ? (
          <div className="import-choose" aria-busy={busy}>
            <div className="import-drop">
              <label>
                Article file (.txt, .md, .html)
                <input type="file" accept={ACCEPT} disabled={busy} onChange={(e) => e.target.files?.[0] && readFile(e.target.files[0])} />
              </label>
              <p className="muted small">…or drop a file anywhere on this dialog.</p>
            </div>
            <div className="import-paste">
              <label>
                Pasted text
                <textarea rows={10} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="Paste the article's text (or its HTML) here" />
              </label>
              <button type="button" disabled={busy || !pasted.trim()} onClick={() => void read('The pasted text', async () => pastedPayload(pasted))}>
                Read pasted text
              </button>
            </div>
            {busy && <p className="muted">Reading…</p>}
          </div>
        ) : (
          <form id={`${ids}-form`} className="import-review" onSubmit={(e) => void submit(e)} aria-label="Source details">
            <p className="muted small import-origin">From {origin} · {draft.text.length.toLocaleString('en')} characters</p>
            {duplicateOf && (
              <p className="import-warning" role="note">
                This exact text is already in the dataset as “{duplicateOf}”.
              </p>
            )}
            {draft.warnings.length > 0 && (
              <ul className="import-warnings" aria-label="Warnings">
                {draft.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            <div className="import-fields">
              <SourceMetaFields values={form} onChange={(k, value) => setForm((f) => (f ? { ...f, [k]: value } : f))} />
            </div>
            <div className="import-preview-box">
              <span className="import-preview-label" id={`${ids}-preview`}>
                Text to import (frozen as is)
              </span>
              <pre className="import-preview" aria-labelledby={`${ids}-preview`} tabIndex={0}>
                {draft.text.length > PREVIEW_CHARS ? `${draft.text.slice(0, PREVIEW_CHARS)}\n\n… ${(draft.text.length - PREVIEW_CHARS).toLocaleString('en')} more characters` : draft.text}
              </pre>
            </div>
          </form>
        )}
      </div>
    </Dialog>
  );
}
