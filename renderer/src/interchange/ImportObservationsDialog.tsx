import { useState } from 'react';
import type { InterchangePreview, JobStateOf, Mutation } from '../../../shared/api/contract';
import { JobOutcome } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { errorText, useDataset } from '../state';
import { Dialog } from '../ui/Dialog';
import { plural } from '../../../shared/text/plural';
import { useFileDrop } from '../ui/use-file-drop';
import { ErrorTable, SampleTable } from './PreviewTables';
import { isInterchangeFile, readFileBase64 } from './read-file-base64';
import '../export/export.css';
import './interchange.css';

/** Observations the import added (its other changes are new sources and registry names). */
export const importedCount = (m: Mutation) => m.changes.filter((c) => c.collection === 'observations' && c.before === null && c.after !== null).length;

/**
 * Import observations from an interchange file (CSV or JSON): the backend previews it (totals, a per-row error
 * report, the first rows), then imports it as one job and one undo step. Nothing is imported while errors remain,
 * unless the user asks for only the valid rows. `onClose` receives the message to show once the dialog is gone.
 */
export function ImportObservationsDialog({ onClose }: { onClose: (message?: string) => void }) {
  const { applyMutation, run } = useDataset();
  const [fileName, setFileName] = useState<string | null>(null);
  const [preview, setPreview] = useState<InterchangePreview | null>(null);
  const [reading, setReading] = useState(false);
  const [onlyValid, setOnlyValid] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const job = useJob('interchange-import');
  const busy = reading || starting || job.running;
  const { dragging, dropProps } = useFileDrop((file) => void choose(file), !busy);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setPreview(null);
    setFailure(null);
    setNotice(null);
    setOnlyValid(false);
    job.reset();
    setFileName(file.name);
    if (!isInterchangeFile(file.name)) return setFailure(`${file.name} is not a .csv or .json file`);
    setReading(true);
    try {
      const r = await run('interchange-preview', { fileName: file.name, dataBase64: await readFileBase64(file) });
      if (r.ok) setPreview(r.data);
      else setFailure(`Could not read ${file.name}: ${errorText(r.error)}`);
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setReading(false);
    }
  };

  const requestClose = () => job.requestClose(busy, onClose);

  /** A finished import is real even if a cancel came too late: it is applied either way. */
  const finish = (final: JobStateOf<'interchange-import'> | null) => {
    if (!final) return;
    if (final.state === 'done') {
      const m = final.result;
      if (!m) return setFailure('The import finished but returned no changes.');
      applyMutation(m);
      return onClose(`Imported ${plural(importedCount(m), 'observation')} (one undo step)`);
    }
    if (job.closing()) return onClose();
    if (final.state === 'cancelled') setNotice('Import cancelled: nothing was imported.');
    else setFailure(`Import failed: ${final.error?.message ?? final.message}`);
  };

  const startImport = async () => {
    if (!preview) return;
    setFailure(null);
    setNotice(null);
    setStarting(true);
    const r = await run('interchange-import', { previewId: preview.previewId, onlyValid: preview.errors.length > 0 && onlyValid });
    setStarting(false);
    if (!r.ok) return setFailure(`Import refused: ${errorText(r.error)}`);
    finish(await job.follow(r.data.jobId));
  };

  const hasErrors = (preview?.errors.length ?? 0) > 0;
  const canImport = !!preview && preview.valid > 0 && (!hasErrors || onlyValid) && !busy;

  const footer = (
    <>
      <button type="button" onClick={requestClose}>
        Cancel
      </button>
      <button type="button" className="primary" onClick={() => void startImport()} disabled={!canImport}>
        Import
      </button>
    </>
  );

  return (
    <Dialog title="Import observations" onClose={requestClose} footer={footer} wide>
      <div
        className={dragging ? 'interchange-drop interchange-drop--over' : 'interchange-drop'}
        role="group"
        aria-label="File to import"
        {...dropProps}
      >
        <label className="interchange-drop__label">
          <span>Choose a CSV or JSON file in the interchange columns</span>
          <input
            type="file"
            accept=".csv,.json,text/csv,application/json"
            disabled={busy}
            data-autofocus
            onChange={(e) => {
              void choose(e.target.files?.[0]);
              e.target.value = ''; // choosing the same file again previews it again
            }}
          />
        </label>
        <span className="muted small">or drop it here</span>
      </div>

      {reading && <p role="status">Reading {fileName}…</p>}

      {preview && (
        <section className="interchange-preview" aria-label="Preview">
          <p className={hasErrors ? 'export-banner export-banner--blocked' : 'export-banner export-banner--ok'} role="status">
            <strong>{fileName}</strong>: {plural(preview.total, 'row')}, {preview.valid} valid
            {hasErrors && `, ${plural(new Set(preview.errors.filter((e) => e.row > 0).map((e) => e.row)).size, 'row')} with errors`}
          </p>
          {hasErrors && (
            <>
              <ErrorTable errors={preview.errors} />
              <label className="export-choice__main export-choice--check">
                <input type="checkbox" checked={onlyValid} disabled={busy || preview.valid === 0} onChange={(e) => setOnlyValid(e.target.checked)} />
                <span className="export-choice__label">Import only the {preview.valid} valid rows</span>
              </label>
              {!onlyValid && <p className="muted small interchange-preview__hint">Nothing is imported while errors remain: fix the file, or import only the valid rows.</p>}
            </>
          )}
          {preview.sample.length > 0 && (
            <>
              <h3 className="interchange-preview__title">
                First {preview.sample.length} of {plural(preview.valid, 'valid row')}
              </h3>
              <SampleTable rows={preview.sample} />
            </>
          )}
        </section>
      )}

      <JobOutcome job={job.job} label="Import progress" onCancel={() => void job.cancel()} notice={notice} failure={failure} />
    </Dialog>
  );
}
