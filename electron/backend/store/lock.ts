import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';

export const LOCK_FILE = 'dataset.lock';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/** Whether a process is alive on this machine (EPERM: it exists but belongs to someone else). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const info = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid !== 'number') return null;
    return { pid: info.pid, host: String(info.host ?? ''), since: String(info.since ?? '') };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw err;
    return null; // unreadable or torn: its writer died before finishing it
  }
}

/** A held dataset.lock; release() removes it only if it is still ours. */
export interface DatasetLock {
  release(): Promise<void>;
}

/**
 * Takes dataset.lock ({pid, host, since}) with an exclusive create. A lock held by a live process refuses the open
 * (DATASET_LOCKED, naming the pid); one left by a dead process on this machine, or unreadable, is taken over.
 */
export async function acquireLock(dir: string): Promise<DatasetLock> {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await createComplete(file, `${JSON.stringify(mine)}\n`);
      return { release: () => releaseLock(file) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new TallyError('IO_ERROR', `cannot create ${file}: ${(err as Error).message}`, { file });
      }
    }
    let held: LockInfo | null;
    try {
      held = await readLock(file);
    } catch {
      continue; // removed in between: try again
    }
    if (held) {
      const sameHost = held.host === '' || held.host === mine.host;
      if (!sameHost) {
        throw new TallyError('DATASET_LOCKED', `the dataset is open on another computer (${held.host}, pid ${held.pid}) since ${held.since}`, { file });
      }
      if (held.pid === process.pid || pidAlive(held.pid)) {
        const who = held.pid === process.pid ? 'this Tally' : 'another process';
        throw new TallyError('DATASET_LOCKED', `the dataset is open in ${who} (pid ${held.pid}) since ${held.since}`, { file });
      }
    }
    await fs.rm(file, { force: true }); // stale: its owner is gone
  }
  throw new TallyError('DATASET_LOCKED', `could not take ${file}: other processes keep taking it`, { file });
}

/** Creates the file only if absent, never visible half-written: write a temp file, then hard-link it into place. */
async function createComplete(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(tmp, content);
  try {
    await fs.link(tmp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw err;
    await fs.writeFile(file, content, { flag: 'wx' }); // no hard links on this file system
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

async function releaseLock(file: string): Promise<void> {
  try {
    const held = await readLock(file);
    if (held && held.pid !== process.pid) return;
    await fs.rm(file, { force: true });
  } catch {
    // already gone
  }
}
