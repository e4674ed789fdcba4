import { useEffect, useId, useState } from 'react';
import type { ExportFormat, ExportJobResult, JobStateOf, ValidationReport } from '../../../shared/api/contract';
import { defaultExportName } from '../../../shared/export/file-names';
import { errorText, useDataset } from '../state';
import { Dialog } from '../ui/Dialog';
import { plural } from '../../../shared/text/plural';
import { formatBytes } from './format-bytes';
import { JobOutcome } from '../jobs/JobProgress';
import { useJob } from '../jobs/use-job';
import { ProblemList } from './ProblemList';
import './export.css';

type Table = 'full' | 'validated';

const FORMATS: Array<{ id: ExportFormat; label: string; hint: string }> = [
  { id: 'csv', label: 'CSV', hint: 'UTF-8 with a byte-order mark, opens in spreadsheet programs' },
  { id: 'xlsx', label: 'XLSX', hint: 'Excel workbook: observations, sources and resolutions sheets' },
  { id: 'json', label: 'JSON', hint: 'an array of records in the interchange columns' },
  { id: 'datapackage', label: 'Data Package', hint: 'a folder: datapackage.json with Table Schemas, plus CSV resources' },
];

const TABLES: Array<{ id: Table; label: string }> = [
  { id: 'full', label: 'Full table of observations' },
  { id: 'validated', label: 'Validated table: one accepted value per group with provenance' },
];

/** The default output beside the dataset, as the backend will choose it (shown as the path field's placeholder). */
function defaultOutPath(datasetPath: string | null, name: string, table: Table, format: ExportFormat, draft: boolean): string {
  const sep = datasetPath?.includes('\\') && !datasetPath.includes('/') ? '\\' : '/';
  const file = defaultExportName(name, table, format, draft, new Date());
  return datasetPath ? `${datasetPath}${sep}exports${sep}${file}` : file;
}

/**
 * Export: first whether the dataset is publishable (the validation report, with links to each problem), then the
 * format, the table and the output path. The export runs as a backend job; this dialog only follows its progress.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { path, doc, run } = useDataset();
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [reportError, setReportError] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [table, setTable] = useState<Table>('full');
  const [draft, setDraft] = useState(false);
  const [outPath, setOutPath] = useState('');
  const [result, setResult] = useState<ExportJobResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  /** The existing file the backend would replace: asked about before anything is written over. */
  const [existing, setExisting] = useState<string | null>(null);
  const job = useJob('export');
  const ids = { format: useId(), table: useId(), path: useId(), blocked: useId() };

  useEffect(() => {
    let live = true;
    void run('validation-report', {}).then((r) => {
      if (!live) return;
      if (r.ok) setReport(r.data);
      else setReportError(`Could not check the dataset: ${errorText(r.error)}`);
    });
    return () => {
      live = false;
    };
  }, [run]);

  const blocks = report !== null && !report.publishable;
  const draftNeeded = table === 'validated' && blocks;
  const refused = draftNeeded && !draft;
  const busy = starting || job.running;

  // Closing mid-export cancels it; the dialog goes once the backend has stopped (no partial file is left).
  const requestClose = () => job.requestClose(busy, onClose);

  const finish = (final: JobStateOf<'export'> | null) => {
    if (!final) return;
    if (final.state === 'done') {
      if (final.result) setResult(final.result);
      else setFailure('The export finished but did not say which files it wrote.');
    } else if (final.state === 'cancelled') setNotice('Export cancelled: no file was written.');
    else setFailure(`Export failed: ${final.error?.message ?? final.message}`);
  };

  const startExport = async (overwrite = false) => {
    setResult(null);
    setFailure(null);
    setNotice(null);
    setExisting(null);
    job.reset();
    setStarting(true);
    const r = await run('export-start', { format, table, draft: table === 'validated' && draft, outPath: outPath.trim() || undefined, overwrite });
    setStarting(false);
    if (!r.ok && r.error.code === 'FILE_EXISTS') return setExisting(r.error.file ?? outPath);
    if (!r.ok) return setFailure(`Export refused: ${errorText(r.error)}`);
    const final = await job.follow(r.data.jobId);
    if (job.closing()) return onClose();
    finish(final);
  };

  const footer = (
    <>
      <button type="button" onClick={requestClose}>
        Close
      </button>
      <button type="button" className="primary" onClick={() => void startExport()} disabled={busy || refused || !report || existing !== null} aria-describedby={refused ? ids.blocked : undefined}>
        Export
      </button>
    </>
  );

  return (
    <Dialog title="Export" onClose={requestClose} footer={footer} wide>
      <section className="export-check" aria-label="Validation">
        {!report && !reportError && (
          <p className="export-banner" role="status">
            Checking whether the dataset is ready to publish…
          </p>
        )}
        {reportError && (
          <p className="export-banner export-banner--error" role="alert">
            {reportError}
          </p>
        )}
        {report && (
          <p className={report.publishable ? 'export-banner export-banner--ok' : 'export-banner export-banner--blocked'} role="status">
            <strong>{report.publishable ? 'Ready to publish' : `${plural(report.blocking, 'problem')} block publishing`}</strong>
            {report.warnings > 0 && <span className="muted"> · {plural(report.warnings, 'warning')}</span>}
          </p>
        )}
        {report && <ProblemList report={report} />}
      </section>

      <fieldset className="export-form" disabled={busy}>
        <fieldset className="export-choice-group" role="radiogroup" aria-labelledby={ids.format}>
          <legend id={ids.format}>Format</legend>
          {FORMATS.map((f) => (
            <div key={f.id} className="export-choice">
              <label className="export-choice__main">
                <input type="radio" name="export-format" value={f.id} checked={format === f.id} onChange={() => setFormat(f.id)} aria-describedby={`${ids.format}-${f.id}`} />
                <span className="export-choice__label">{f.label}</span>
              </label>
              <span className="export-choice__hint muted small" id={`${ids.format}-${f.id}`}>
                {f.hint}
              </span>
            </div>
          ))}
        </fieldset>

        <div className="export-form__table">
          <fieldset className="export-choice-group" role="radiogroup" aria-labelledby={ids.table}>
            <legend id={ids.table}>Table</legend>
            {TABLES.map((t) => (
              <label key={t.id} className="export-choice__main">
                <input type="radio" name="export-table" value={t.id} checked={table === t.id} onChange={() => setTable(t.id)} />
                <span className="export-choice__label">{t.label}</span>
              </label>
            ))}
          </fieldset>
          <label className="export-choice__main export-choice--check">
            <input type="checkbox" checked={draftNeeded && draft} disabled={!draftNeeded} onChange={(e) => setDraft(e.target.checked)} />
            <span className="export-choice__label">Draft export (marked as draft)</span>
          </label>
          {refused && (
            <p className="export-form__blocked" id={ids.blocked}>
              The validated table cannot be exported while {plural(report?.blocking ?? 0, 'problem')} block publishing: fix them, or tick
              Draft export.
            </p>
          )}
        </div>

        <div className="export-form__path">
          <label htmlFor={ids.path}>{format === 'datapackage' ? 'Output folder' : 'Output file'}</label>
          <input
            id={ids.path}
            type="text"
            value={outPath}
            spellCheck={false}
            aria-describedby={`${ids.path}-hint`}
            placeholder={doc ? defaultOutPath(path, doc.meta.name, table, format, draftNeeded && draft) : ''}
            onChange={(e) => {
              setOutPath(e.target.value);
              setExisting(null);
            }}
          />
          <span className="muted small" id={`${ids.path}-hint`}>
            Leave empty to write into the dataset&apos;s exports folder, under the name shown.
          </span>
        </div>
      </fieldset>

      {existing && (
        <div className="export-replace" role="alertdialog" aria-label="Replace the existing file?" aria-describedby={`${ids.path}-exists`}>
          <p id={`${ids.path}-exists`}>
            <span className="export-done__path">{existing}</span> already exists. Replace it with this export?
          </p>
          <button type="button" onClick={() => setExisting(null)} autoFocus>
            Keep the existing file
          </button>
          <button type="button" className="danger" onClick={() => void startExport(true)}>
            Replace it
          </button>
        </div>
      )}

      <JobOutcome job={job.job} label="Export progress" onCancel={() => void job.cancel()} notice={notice} failure={failure}>
        {result && (
          <div className="export-done" role="status">
            {result.files.length === 1 ? (
              <p>
                Exported to <span className="export-done__path">{result.files[0]}</span> ({formatBytes(result.bytes)})
              </p>
            ) : (
              <>
                <p>
                  Exported {plural(result.files.length, 'file')} ({formatBytes(result.bytes)}):
                </p>
                <ul>
                  {result.files.map((f) => (
                    <li key={f} className="export-done__path">
                      {f}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </JobOutcome>
    </Dialog>
  );
}
