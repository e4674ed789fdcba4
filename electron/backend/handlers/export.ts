import type { Handlers } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import { assessDataset } from '../../../shared/validation/assess';
import type { BackendContext } from '../context';
import { checkExportTarget, runExport } from '../export/run-export';
import { plural } from './helpers';

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

export function exportHandlers(ctx: BackendContext): Pick<Handlers, 'export-start'> {
  return {
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
      const jobId = ctx.jobs.start('export', (progress, signal) =>
        runExport(
          src,
          req,
          { signal, onProgress: (done, total) => progress(total ? done / total : 1, `${done} of ${total} rows`) },
        ),
      );
      return { jobId };
    },
  };
}
