import { TallyError } from '../../../shared/api/result';
import type { InterchangeError } from '../../../shared/interchange/columns';
import type { ParsedRow } from '../../../shared/interchange/from-row';
import { planImport, type ImportPlan } from '../../../shared/interchange/import-plan';
import type { HistoryChange } from '../../../shared/model/history';
import { Source } from '../../../shared/model/source';
import type { ChangeSet, DatasetStore } from '../store/dataset-store';
import { throwIfCancelled, yieldToLoop } from '../export/chunks';
import { change, nowIso, parseInput, plural } from '../handlers/helpers';

/** What interchange-preview read from a file, kept until the user confirms the import. */
export interface HeldPreview {
  datasetDir: string;
  fileName: string;
  rows: ParsedRow[];
  /** Errors of the file itself (cells, header); errors against the dataset are found again at import. */
  fileErrors: InterchangeError[];
  total: number;
}

/** The plan against the dataset as it is now; provisional ids (preview only) or real ones from the store. */
export function planFor(store: DatasetStore, rows: readonly ParsedRow[], allocate: boolean): ImportPlan {
  let provisional = 0;
  return planImport(rows, {
    sources: store.doc.sources,
    observationIds: new Set(store.doc.observations.map((o) => o.id)),
    sourceText: (id) => store.sourceText(id),
    newId: (prefix) => (allocate ? store.ids.next(prefix === 'obs' ? 'observations' : 'sources') : `new-${prefix}-${++provisional}`),
  });
}

export const rowsWithErrors = (errors: readonly InterchangeError[]) => new Set(errors.map((e) => e.row)).size;

/**
 * The whole import as ONE change set, so it is one history entry and one undo removes it: new sources (each with an
 * empty first text version: see import-plan.ts) and the observations. Their entity and indicator names join the catalogue
 * only when a curator adds them (issue 9: the catalogue holds what curators chose). Nothing is
 * imported while any row has an error, unless onlyValid.
 */
export async function buildImport(store: DatasetStore, held: HeldPreview, onlyValid: boolean, signal: AbortSignal): Promise<ChangeSet & { extra: ImportSummary }> {
  const plan = planFor(store, held.rows, true);
  const errors = [...held.fileErrors, ...plan.errors];
  if (errors.length && !onlyValid) {
    throw new TallyError(
      'INVALID_INPUT',
      `${plural(rowsWithErrors(errors), 'row')} of ${held.fileName} have errors: nothing was imported (fix them, or import only the valid rows)`,
    );
  }
  if (plan.observations.length === 0) throw new TallyError('INVALID_INPUT', `${held.fileName} has no valid rows to import`);
  throwIfCancelled(signal);
  const at = nowIso();
  const changes: HistoryChange[] = [];
  for (const s of plan.sources) {
    const version = await store.storeSourceText(s.id, '');
    const source = parseInput(Source, { ...s.meta, id: s.id, versions: [version], createdAt: at, updatedAt: at });
    changes.push(change('sources', s.id, null, source));
  }
  for (let i = 0; i < plan.observations.length; i++) {
    const o = { ...plan.observations[i], createdAt: at, updatedAt: at };
    changes.push(change('observations', o.id, null, o));
    if (i % 5000 === 4999) {
      throwIfCancelled(signal);
      await yieldToLoop();
    }
  }
  throwIfCancelled(signal);
  const summary: ImportSummary = { imported: plan.observations.length, skipped: held.total - plan.observations.length, sourcesCreated: plan.sources.length };
  const label = `Import ${plural(summary.imported, 'observation')} from ${held.fileName}${summary.sourcesCreated ? ` (${plural(summary.sourcesCreated, 'new source')})` : ''}`;
  return { action: 'interchange-import', label, changes, extra: summary };
}

interface ImportSummary {
  imported: number;
  skipped: number;
  sourcesCreated: number;
}
