import { randomInt } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Kept inside .git: it belongs to this clone, never to the shared dataset. */
const TAG_FILE = path.join('.git', 'tally-clone-tag');
const TAG = /^[a-z]{5}$/;

/** This clone's tag for new ids, or null when the dataset folder is not a git clone (or has no tag yet). */
export async function readCloneTag(dir: string): Promise<string | null> {
  const text = await fs.readFile(path.join(dir, TAG_FILE), 'utf8').catch(() => null);
  const tag = text?.trim() ?? '';
  return TAG.test(tag) ? tag : null;
}

/** Gives a clone its random tag (five letters: 11.8 million choices) once; later calls keep it. */
export async function ensureCloneTag(dir: string): Promise<string | null> {
  const now = await readCloneTag(dir);
  if (now) return now;
  // A linked worktree has a .git file, not a folder: it keeps plain ids (collisions then surface as merge conflicts).
  if (!(await fs.stat(path.join(dir, '.git')).catch(() => null))?.isDirectory()) return null;
  const tag = Array.from({ length: 5 }, () => String.fromCharCode(97 + randomInt(26))).join('');
  await fs.writeFile(path.join(dir, TAG_FILE), `${tag}\n`);
  return tag;
}
