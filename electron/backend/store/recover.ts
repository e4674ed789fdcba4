import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import { writeFileAtomic } from './atomic-file';
import { emptyDatasetDoc } from './create-dataset';
import { backupFileOf, parseDatasetJson, sortCollections, stableStringify } from './doc-adapter';
import { readNoFollow } from './fs-edge';
import { HISTORY_FILE } from './history-log';
import { replayEntries } from './journal';
import { pendingAfter, readJournal, type JournalRead } from './journal-read';
import { acquireLock } from './lock';

const DATASET_FILE = 'dataset.json';

interface Plan {
  base: DatasetDoc;
  from: string;
  read: JournalRead;
}

async function readBackup(dir: string): Promise<DatasetDoc | null> {
  const file = backupFileOf(path.join(dir, DATASET_FILE));
  try {
    const doc = parseDatasetJson((await readNoFollow(file)).toString('utf8'), file);
    return doc.historySeq === undefined ? null : doc; // a backup that does not say which entries it holds cannot be continued
  } catch {
    return null;
  }
}

/**
 * How dataset.json can be rebuilt: the backup generation plus the log entries after it, or the log alone when it
 * starts at entry 1. Null (with the reason) when neither is whole: a damaged log, or entries missing in between.
 */
async function plan(dir: string): Promise<Plan | string> {
  let read: JournalRead;
  try {
    read = await readJournal(path.join(dir, HISTORY_FILE));
  } catch (err) {
    return `${HISTORY_FILE} cannot be read (${(err as Error).message})`;
  }
  if (read.damage.length) return `${HISTORY_FILE} is damaged too: ${read.damage[0]}`;
  const backup = await readBackup(dir);
  if (backup) {
    if (pendingAfter(read, backup.historySeq).damage.length === 0) return { base: backup, from: `${DATASET_FILE}.bak and ${HISTORY_FILE}`, read };
  }
  if (read.entries.length > 0 && read.entries[0].seq === 1) {
    return { base: emptyDatasetDoc(path.basename(dir), read.entries[0].at), from: `${HISTORY_FILE} alone`, read };
  }
  return read.entries.length === 0 && !backup ? `there is no backup and ${HISTORY_FILE} is empty` : `there is no usable backup and ${HISTORY_FILE} does not start at entry 1`;
}

/** Whether a dataset whose dataset.json fails to read can be rebuilt from its history (the open error says so). */
export async function canRecover(dir: string): Promise<boolean> {
  return typeof (await plan(dir)) !== 'string';
}

/**
 * Rebuilds dataset.json from the backup and the log (or the log alone), under the dataset's lock. The damaged file is
 * kept beside it as dataset.json.damaged-<time>, never deleted; a dataset.json that reads fine is not touched.
 */
export async function recoverDataset(dir: string): Promise<{ from: string; keptAs: string }> {
  const abs = path.resolve(dir);
  const file = path.join(abs, DATASET_FILE);
  const lock = await acquireLock(abs);
  try {
    let readable = true;
    try {
      parseDatasetJson((await readNoFollow(file)).toString('utf8'), file);
    } catch (err) {
      const damaged = err instanceof TallyError ? err.code === 'DATASET_CORRUPT' : (err as NodeJS.ErrnoException).code === 'ENOENT';
      if (!damaged) throw err;
      readable = false;
    }
    if (readable) throw new TallyError('INVALID_INPUT', `${file} reads correctly: there is nothing to recover`, { file });
    const p = await plan(abs);
    if (typeof p === 'string') throw new TallyError('DATASET_CORRUPT', `${file} cannot be rebuilt: ${p}`, { file });
    const doc = p.base;
    sortCollections(doc);
    replayEntries(doc, pendingAfter(p.read, doc.historySeq).pending, p.read);
    const keptAs = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await fs.rename(file, keptAs).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await writeFileAtomic(file, stableStringify(doc));
    return { from: p.from, keptAs };
  } finally {
    await lock.release();
  }
}
