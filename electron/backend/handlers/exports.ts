import { randomUUID } from 'node:crypto';
import type { Handlers, InterchangePreview } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { baseName, decodeArticleBytes } from '../../../shared/import/decode-text';
import { interchangeFormatOf } from '../../../shared/interchange/format-of';
import { readInterchange } from '../../../shared/interchange/read';
import type { DatasetDoc } from '../../../shared/model/dataset';
import { assessDataset } from '../../../shared/validation/assess';
import type { BackendContext } from '../context';
import { buildImport, type HeldPreview, planFor, rowsWithErrors } from '../export/import-batch';
import { checkExportTarget, runExport } from '../export/run-export';
import { plural } from './helpers';

type ExportHandlers = Pick<Handlers, 'validation-report' | 'export-start' | 'interchange-preview' | 'interchange-import'>;

/** Previews kept for interchange-import; older ones are dropped (a preview is re-made in a moment). */
const MAX_PREVIEWS = 4;
/** Errors listed in a preview; a file with more says how many were left out. */
const MAX_ERRORS = 1000;
const SAMPLE_ROWS = 20;

/**
 * The records as they are now, as a copy of the arrays: records are replaced, never changed in place, so a shallow
 * copy is a consistent snapshot an export can write while edits go on.
 */
const snapshotDoc = (doc: DatasetDoc): DatasetDoc => ({
  ...doc,
  sources: [...doc.sources],
  observations: [...doc.observations],
  resolutions: [...doc.resolutions],
});

export function exportHandlers(ctx: BackendContext): ExportHandlers {
  const previews = new Map<string, HeldPreview>();

  return {
    'validation-report': async () => {
      const store = ctx.store();
      return assessDataset(store.doc, store.orphanedIds()).report;
    },

    'export-start': async ({ format, table, draft, outPath, overwrite }) => {
      const store = ctx.store();
      const doc = snapshotDoc(store.doc);
      const { groups, report } = assessDataset(doc, store.orphanedIds());
      // Refused at once rather than as a failed job: the dialog shows the blocking list instead.
      if (table === 'validated' && !draft && !report.publishable) {
        throw new TallyError('BLOCKED', `the validated table cannot be exported: ${plural(report.blocking, 'problem')} block publishing`);
      }
      const src = { dir: store.dir, relativeTo: ctx.opts.datasetsDir, doc, groups, report };
      const req = { format, table, draft, outPath, overwrite };
      await checkExportTarget(src, req); // a refused or existing target is answered now, not as a failed job
      const jobId = ctx.jobs.start(`export-${format}`, (progress, signal) =>
        runExport(
          src,
          req,
          { signal, onProgress: (done, total) => progress(total ? done / total : 1, `${done} of ${total} rows`) },
        ),
      );
      return { jobId };
    },

    'interchange-preview': async ({ fileName, dataBase64 }) => {
      const store = ctx.store();
      const text = decodeArticleBytes(new Uint8Array(Buffer.from(dataBase64, 'base64')), fileName);
      const format = interchangeFormatOf(fileName, text);
      const read = readInterchange(text, format);
      const plan = planFor(store, read.rows, false);
      const errors = [...read.errors, ...plan.errors].sort((a, b) => a.row - b.row);
      const previewId = `preview-${randomUUID()}`;
      previews.set(previewId, { datasetDir: store.dir, fileName: baseName(fileName), rows: read.rows, fileErrors: read.errors, total: read.total });
      while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value as string);
      const shown = errors.slice(0, MAX_ERRORS);
      if (errors.length > MAX_ERRORS) shown.push({ row: 0, column: '', message: `and ${errors.length - MAX_ERRORS} more errors` });
      const preview: InterchangePreview = {
        previewId,
        format,
        total: read.total,
        valid: plan.observations.length,
        errors: shown,
        sample: plan.observations.slice(0, SAMPLE_ROWS),
      };
      return preview;
    },

    'interchange-import': async ({ previewId, onlyValid }) => {
      const store = ctx.store();
      const held = previews.get(previewId);
      if (!held) throw new TallyError('NOT_FOUND', `no preview "${previewId}": preview the file again`);
      if (held.datasetDir !== store.dir) throw new TallyError('NOT_FOUND', 'that preview was made for another dataset: preview the file again');
      // Refuse at once when the file itself has errors; errors against the dataset are checked again in the job.
      if (held.fileErrors.length && !onlyValid) {
        const rows = rowsWithErrors(held.fileErrors);
        throw new TallyError('INVALID_INPUT', `${rows} row${rows === 1 ? ' has' : 's have'} errors: nothing was imported (fix them, or import only the valid rows)`);
      }
      const jobId = ctx.jobs.start('interchange-import', async (progress, signal) => {
        progress(0.05, 'checking rows');
        const mutation = await store.mutate(ctx.who(), async () => {
          const set = await buildImport(store, held, onlyValid, signal);
          progress(0.5, 'saving');
          return set;
        });
        previews.delete(previewId);
        return mutation;
      });
      return { jobId };
    },
  };
}
