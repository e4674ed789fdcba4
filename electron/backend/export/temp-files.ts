import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** A unique name beside the target, so the final rename stays on one file system and is atomic. */
export function tempPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export async function removeQuietly(p: string): Promise<void> {
  await fs.rm(p, { recursive: true, force: true }).catch(() => {});
}

async function fsyncPath(p: string): Promise<void> {
  const fh = await fs.open(p, 'r');
  try {
    await fh.sync();
  } catch {
    // Some file systems refuse fsync on directories; the rename is still atomic.
  } finally {
    await fh.close();
  }
}

/** Makes a finished temp file the target: fsync, rename over any old file, fsync the folder. */
export async function commitFile(temp: string, target: string): Promise<void> {
  await fsyncPath(temp);
  await fs.rename(temp, target);
  await fsyncPath(path.dirname(target));
}

/**
 * Makes a finished temp folder the target folder. rename() cannot replace a non-empty folder, so an old export of
 * the same name is moved aside first and removed only once the new one is in place (put back on failure).
 */
export async function commitFolder(temp: string, target: string): Promise<void> {
  for (const entry of await fs.readdir(temp)) await fsyncPath(path.join(temp, entry));
  let aside: string | null = null;
  try {
    await fs.access(target);
    aside = tempPathFor(target);
    await fs.rename(target, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  try {
    await fs.rename(temp, target);
  } catch (err) {
    if (aside) await fs.rename(aside, target).catch(() => {});
    throw err;
  }
  await fsyncPath(path.dirname(target));
  if (aside) await removeQuietly(aside);
}
