import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import { DATASET_FILE } from '../store/dataset-store';
import { parseDatasetJson } from '../store/doc-adapter';
import { readNoFollow } from '../store/fs-edge';
import { applyJournal } from '../store/journal';
import { OrphanTracker } from '../store/orphans';
import { readCurrentTexts } from '../store/source-texts';

export interface DatasetView {
  dir: string;
  doc: DatasetDoc;
  orphanedIds: string[];
  /**
   * Anomalies of history.jsonl (a damaged log: the document stops before the damage) and source texts that could not
   * be read (missing or changed on disk: their citations count as orphaned).
   */
  warnings: string[];
}

/**
 * Reads a dataset folder without taking its lock and without writing anything: `tally validate` and `tally export`
 * may run while the app has the dataset open (the log's later entries are applied, as the app would). Citations are checked against each source's current text the way
 * the store checks them.
 */
export async function readDatasetView(dir: string): Promise<DatasetView> {
  const abs = path.resolve(dir);
  const file = path.join(abs, DATASET_FILE);
  let text: string;
  try {
    text = (await readNoFollow(file)).toString('utf8');
  } catch (err) {
    if (err instanceof TallyError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new TallyError('NOT_FOUND', `no dataset at ${abs} (${DATASET_FILE} is missing)`, { file });
    throw new TallyError('IO_ERROR', `cannot read ${file}: ${(err as Error).message}`, { file });
  }
  const doc = parseDatasetJson(text, file);
  const journal = await applyJournal(doc, abs); // edits logged while the app had not yet rewritten dataset.json
  const { texts, warnings: textWarnings } = await readCurrentTexts(abs, doc.sources);
  const warnings = [...journal.warnings, ...textWarnings];
  const tracker = new OrphanTracker((id) => texts.get(id));
  tracker.recheckAll(doc.observations);
  return { dir: abs, doc, orphanedIds: tracker.ids(), warnings };
}
