import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import { HistoryEntry } from '../../../shared/model/history';
import { applyChanges, normaliseChanges } from './apply-changes';
import { HISTORY_FILE } from './history-log';

/**
 * history.jsonl is the dataset's journal: an edit is durable once its entry is appended, and dataset.json may be
 * rewritten later (a large dataset is rewritten after a pause in editing, not on every edit). dataset.json records
 * the last entry it holds (historySeq); whoever reads the folder applies the entries after it.
 */

/** The entries after `afterSeq`, oldest first, read from the end of the log so a long history is not all parsed. */
export function entriesAfter(logText: string, afterSeq: number): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  let end = logText.length;
  while (end > 0) {
    const start = logText.lastIndexOf('\n', end - 1) + 1;
    const line = logText.slice(start, end);
    end = start - 1;
    if (line.trim() === '') continue;
    let entry: HistoryEntry;
    try {
      entry = HistoryEntry.parse(JSON.parse(line));
    } catch {
      continue; // a torn last line (a writer killed mid-append) was never reported as saved
    }
    if (entry.seq <= afterSeq) break;
    out.push(entry);
  }
  return out.reverse();
}

/**
 * Applies logged entries to a document read from dataset.json, as the edits applied them. An entry whose records
 * no longer match the schema is refused with its seq named; nothing is written either way.
 */
export function replayEntries(doc: DatasetDoc, entries: readonly HistoryEntry[], logFile: string): void {
  for (const e of entries) {
    let changes;
    try {
      changes = normaliseChanges(e.changes);
    } catch (err) {
      throw new TallyError('DATASET_CORRUPT', `${logFile}: entry ${e.seq} does not match the dataset schema (${(err as Error).message.split('\n')[0]}); nothing was changed`, {
        file: logFile,
      });
    }
    applyChanges(doc, changes);
    doc.meta = { ...doc.meta, updatedAt: e.at };
    doc.historySeq = e.seq;
  }
}

/** Brings a document read from a dataset folder up to date with its journal (readers that do not open the store). */
export async function applyJournal(doc: DatasetDoc, dir: string): Promise<void> {
  if (doc.historySeq === undefined) return; // written before the log was a journal: it holds everything
  const logFile = path.join(dir, HISTORY_FILE);
  let text: string;
  try {
    text = await fs.readFile(logFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new TallyError('IO_ERROR', `cannot read ${logFile}: ${(err as Error).message}`, { file: logFile });
  }
  replayEntries(doc, entriesAfter(text, doc.historySeq), logFile);
}
