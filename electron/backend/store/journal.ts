import path from 'node:path';
import { ZodError } from 'zod';
import { TallyError, zodIssues } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryEntry } from '../../../shared/model/history';
import { applyChanges, normaliseChanges } from './apply-changes';
import { HISTORY_FILE } from './history-log';
import { pendingAfter, readJournal, type JournalRead } from './journal-read';

/**
 * history.jsonl is the dataset's journal: an edit is durable once its entry is appended (every edit is logged before
 * dataset.json is rewritten, whatever the size), and dataset.json may be rewritten later. dataset.json records the
 * last entry it holds (historySeq); whoever reads the folder applies the entries after it.
 */

/**
 * Applies logged entries to a document read from dataset.json, as the edits applied them. An entry whose records
 * no longer match the schema is refused with its number, line and field named; nothing is written either way.
 */
export function replayEntries(doc: DatasetDoc, entries: readonly HistoryEntry[], read: Pick<JournalRead, 'file' | 'lineOf'>): void {
  for (const e of entries) {
    let changes;
    try {
      changes = normaliseChanges(e.changes);
    } catch (err) {
      const first = err instanceof ZodError ? zodIssues(err)[0] : undefined;
      const what = first ? `${first.path}: ${first.message}` : (err as Error).message.split('\n')[0];
      const line = read.lineOf.get(e.seq);
      throw new TallyError('DATASET_CORRUPT', `${read.file} entry ${e.seq}${line ? ` (line ${line})` : ''} does not match the dataset schema: ${what}; nothing was changed`, {
        file: read.file,
      });
    }
    applyChanges(doc, changes);
    doc.meta = { ...doc.meta, updatedAt: e.at };
    doc.historySeq = e.seq;
  }
}

/** What a reader that does not open the store learns from the log besides the edits: anomalies, in words. */
export interface JournalReport {
  warnings: string[];
  /** The log may hide edits (gap, damaged line): the document shown stops before the damage. */
  damaged: boolean;
}

/** Brings a document read from a dataset folder up to date with its journal (readers that do not open the store). */
export async function applyJournal(doc: DatasetDoc, dir: string): Promise<JournalReport> {
  const file = path.join(dir, HISTORY_FILE);
  let read: JournalRead;
  try {
    read = await readJournal(file);
  } catch (err) {
    if (err instanceof TallyError) throw err;
    throw new TallyError('IO_ERROR', `cannot read ${file}: ${(err as Error).message}`, { file });
  }
  const { pending, damage } = pendingAfter(read, doc.historySeq);
  replayEntries(doc, pending, read);
  const problems = [...read.damage, ...damage];
  return { warnings: [...problems, ...read.warnings], damaged: problems.length > 0 };
}
