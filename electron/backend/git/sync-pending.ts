import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../store/atomic-file';

/**
 * A sync in progress leaves this in .git: the local journal position and HEAD before it began. A sync that was
 * killed is repaired from it by the next one: a half-done merge is aborted, the journal position put back, and
 * whatever had already been merged is journaled against the state before.
 */
export const PENDING_FILE = path.join('.git', 'tally-sync-pending.json');
export interface Pending {
  seq: number;
  head: string;
}

export async function readPending(dir: string): Promise<Pending | null> {
  const text = await fs.readFile(path.join(dir, PENDING_FILE), 'utf8').catch(() => null);
  if (!text) return null;
  try {
    const p = JSON.parse(text) as Pending;
    return Number.isInteger(p.seq) && /^[0-9a-f]{40,64}$/.test(p.head) ? p : null;
  } catch {
    return null; // torn by the kill before it was whole: that sync had not started changing anything
  }
}

export const writePending = (dir: string, p: Pending) => writeFileAtomic(path.join(dir, PENDING_FILE), JSON.stringify(p));

