import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';

/** FILE_EXISTS: the UI asks whether to replace the file and tries again with overwrite. */
export const fileExistsError = (target: string) =>
  new TallyError('FILE_EXISTS', `${target} already exists: replace it, or choose another name`, { file: target });

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

/**
 * Makes a finished temp file the target: fsync, then rename over an old file when overwrite is allowed, else a hard
 * link that fails if a file appeared meanwhile (no check-then-write race); fsync the folder.
 */
export async function commitFile(temp: string, target: string, overwrite = true): Promise<void> {
  await fsyncPath(temp);
  if (overwrite || !(await linkedNoClobber(temp, target))) await fs.rename(temp, target);
  await fsyncPath(path.dirname(target));
}

/** true once temp is linked as target and removed; false where the file system has no hard links (then rename). */
async function linkedNoClobber(temp: string, target: string): Promise<boolean> {
  try {
    await fs.link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw fileExistsError(target);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') return false;
    throw err;
  }
  await fs.unlink(temp);
  return true;
}

/**
 * Makes a finished temp folder the target folder. rename() cannot replace a non-empty folder, so an old export of
 * the same name is moved aside first and removed only once the new one is in place (put back on failure).
 */
export async function commitFolder(temp: string, target: string): Promise<void> {
  for (const entry of await fs.readdir(temp)) await fsyncPath(path.join(temp, entry));
  let aside: string | null = null;
  if (await replaceableFolder(target)) {
    aside = tempPathFor(target);
    await fs.rename(target, aside);
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

/**
 * Whether target may be replaced by a new package: absent (false: nothing to move), an empty folder or an earlier
 * package (true). Anything else is refused, so a mistyped --out can never remove a file or a folder of other work.
 */
export async function replaceableFolder(target: string): Promise<boolean> {
  let stat;
  try {
    stat = await fs.stat(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  if (!stat.isDirectory()) throw new TallyError('IO_ERROR', `${target} is a file; a Data Package is written as a folder`, { file: target });
  const entries = await fs.readdir(target);
  if (entries.length && !entries.includes('datapackage.json')) {
    throw new TallyError('IO_ERROR', `${target} is a folder with other files in it; choose a new folder for the Data Package`, { file: target });
  }
  return true;
}
