import { readFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import { tempNameFor } from './atomic-file';
import { openNoFollow, readNoFollow, writeAll } from './fs-edge';

export const LOCK_FILE = 'dataset.lock';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  /** The owner's start time (Linux: /proc/<pid>/stat field 22), so a pid reused by another process is not taken for it. */
  start?: string;
  /** Which boot of the machine the lock was taken in: a lock from before a restart is stale whatever its pid. */
  boot?: string;
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

/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat); null where there is no /proc. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may itself hold spaces or ')': count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[22 - 3] ?? null;
  } catch {
    return null;
  }
}

/** This boot of the machine: the kernel's boot id, else the boot time to the minute (from the uptime). */
export function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return `boot-${Math.round((Date.now() / 1000 - os.uptime()) / 60)}`;
  }
}

/** Whether a lock taken on this machine still belongs to a running owner. */
export function lockOwnerAlive(held: LockInfo): boolean {
  if (held.boot && held.boot !== bootId()) return false; // taken before a restart
  if (!pidAlive(held.pid)) return false;
  if (held.start) {
    const now = processStart(held.pid);
    if (now !== null && now !== held.start) return false; // the pid now belongs to another process
  }
  return true;
}

async function readLock(file: string): Promise<LockInfo | null> {
  let text: string;
  try {
    text = (await readNoFollow(file)).toString('utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || err instanceof TallyError) throw err;
    return null;
  }
  try {
    const info = JSON.parse(text) as Partial<LockInfo>;
    if (typeof info.pid !== 'number') return null;
    const opt = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
    return { pid: info.pid, host: String(info.host ?? ''), since: String(info.since ?? ''), start: opt(info.start), boot: opt(info.boot) };
  } catch {
    return null; // unreadable or torn: its writer died before finishing it
  }
}

/** A held dataset.lock; release() removes it only if it is still ours. */
export interface DatasetLock {
  release(): Promise<void>;
}

const CANNOT_WRITE = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * Takes dataset.lock ({pid, host, since, start, boot}) with an exclusive create. A lock held by a live process
 * refuses the open (DATASET_LOCKED, naming the pid); one left by a dead process on this machine, by a process whose
 * pid was since reused, before a restart, or unreadable, is taken over. A folder Tally may not write in gives
 * READ_ONLY (the store then opens it read-only).
 */
export async function acquireLock(dir: string): Promise<DatasetLock> {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), start: processStart(process.pid) ?? undefined, boot: bootId() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await createComplete(file, `${JSON.stringify(mine)}\n`);
      return { release: () => releaseLock(file) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (err instanceof TallyError) throw err;
      if (CANNOT_WRITE.has(code)) throw new TallyError('READ_ONLY', `${dir} cannot be written (${code})`, { file: dir });
      if (code !== 'EEXIST') throw new TallyError('IO_ERROR', `cannot create ${file}: ${(err as Error).message}`, { file });
    }
    let held: LockInfo | null;
    try {
      held = await readLock(file);
    } catch (err) {
      if (err instanceof TallyError) throw err; // a link where the lock should be
      continue; // removed in between: try again
    }
    if (held) {
      const sameHost = held.host === '' || held.host === mine.host;
      if (!sameHost) {
        throw new TallyError('DATASET_LOCKED', `the dataset is open on another computer (${held.host}, pid ${held.pid}) since ${held.since}`, { file });
      }
      if (held.pid === process.pid || lockOwnerAlive(held)) {
        const who = held.pid === process.pid ? 'this Tally' : 'another process';
        throw new TallyError('DATASET_LOCKED', `the dataset is open in ${who} (pid ${held.pid}) since ${held.since}`, { file });
      }
    }
    await fs.rm(file, { force: true }); // stale: its owner is gone (rm removes a link itself, never its target)
  }
  throw new TallyError('DATASET_LOCKED', `could not take ${file}: other processes keep taking it`, { file });
}

/** Creates the file only if absent, never visible half-written: write a temp file, then hard-link it into place. */
async function createComplete(file: string, content: string): Promise<void> {
  const tmp = tempNameFor(file);
  try {
    const handle = await openNoFollow(tmp, 'wx');
    try {
      await writeAll(handle, tmp, content);
    } finally {
      await handle.close();
    }
    try {
      await fs.link(tmp, file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' || CANNOT_WRITE.has(code ?? '')) throw err;
      const handle = await openNoFollow(file, 'wx'); // no hard links on this file system
      try {
        await writeAll(handle, file, content);
      } finally {
        await handle.close();
      }
    }
  } finally {
    await fs.rm(tmp, { force: true }).catch(() => {});
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
