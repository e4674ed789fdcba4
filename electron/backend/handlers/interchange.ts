import { randomUUID } from 'node:crypto';
import type { Handlers, InterchangePreview } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { baseName, decodeArticleBytes } from '../../../shared/import/decode-text';
import { interchangeFormatOf } from '../../../shared/interchange/format-of';
import { readInterchange } from '../../../shared/interchange/read';
import type { BackendContext } from '../context';
import { buildImport, type HeldPreview, planFor, rowsWithErrors } from '../interchange/import-observations';

/** Previews kept for interchange-import; older ones are dropped (a preview is re-made in a moment). */
const MAX_PREVIEWS = 4;
/** Errors listed in a preview; a file with more says how many were left out. */
const MAX_ERRORS = 1000;
const SAMPLE_ROWS = 20;

export function interchangeHandlers(ctx: BackendContext): Pick<Handlers, 'interchange-preview' | 'interchange-import'> {
  const previews = new Map<string, HeldPreview>();

  return {
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
