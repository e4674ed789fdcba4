import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { linkFile, openNoFollow, renameFile, syncHandle, truncateHandle, writeAll, type WriteData } from './fs-edge';

/** Flushes a folder's entries (a rename is durable only once its folder is synced); some platforms refuse, which is harmless. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    await handle?.close();
  }
}

/**
 * Tally's temp names: `.<name>.<pid>.<12 hex>.tmp` beside the file they replace. Only names of this shape are ever
 * removed as stale (see stale-temps.ts).
 */
export const TEMP_NAME = /^\.(.+)\.(\d+)\.([0-9a-f]{12})\.tmp$/;

export const tempNameFor = (file: string): string =>
  path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Replaces a file so that a reader (or a crash) sees either the old bytes or the new ones, never a mix:
 * unique temp name in the same folder (created exclusively, never through a link), write, fsync, rename over, fsync
 * the folder. With `backup`, the previous file is first kept under that name (hard-linked, then renamed into place,
 * so the backup too is either the old generation or the one before).
 */
export async function writeFileAtomic(file: string, data: WriteData, opts: { backup?: string } = {}): Promise<void> {
  const dir = path.dirname(file);
  if (opts.backup) await keepGeneration(file, opts.backup);
  const tmp = tempNameFor(file);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await openNoFollow(tmp, 'wx');
    await writeAll(handle, tmp, data);
    await syncHandle(handle, tmp);
    await handle.close();
    handle = undefined;
    await renameFile(tmp, file);
  } catch (err) {
    await handle?.close().catch(() => {});
    await fs.rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
  await fsyncDir(dir);
}

/** Puts the current `file` (if any) at `backup`, atomically: a link (or a copy where links are refused), then rename. */
async function keepGeneration(file: string, backup: string): Promise<void> {
  const st = await fs.lstat(file).catch(() => null);
  if (!st?.isFile()) return;
  const tmp = tempNameFor(backup);
  try {
    try {
      await linkFile(file, tmp);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw err;
      await fs.copyFile(file, tmp, fs.constants.COPYFILE_EXCL);
    }
    await renameFile(tmp, backup);
  } finally {
    // Gone after a rename, except when the backup already was this very file (a rewrite failed after the last
    // backup): renaming a hard link onto another link of the same file does nothing and leaves the temp name.
    await fs.rm(tmp, { force: true }).catch(() => {});
  }
}

/**
 * Appends bytes at the end of a file of known length and waits until they are on disk. A failure (full disk, I/O
 * error) cuts the file back to `length` before returning, so a half-written line never stays for the next append to
 * land on; `truncated` is false when even that failed.
 */
export async function appendDurable(file: string, length: number, data: string): Promise<void> {
  const handle = await openNoFollow(file, 'a');
  try {
    try {
      await writeAll(handle, file, data, 'append');
      await syncHandle(handle, file);
    } catch (err) {
      await cutBack(handle, file, length, err as Error);
      throw err;
    }
  } finally {
    await handle.close().catch(() => {});
  }
}

/** Raised when a failed append could not be undone: the log may end in a partial line. */
export class TruncateFailed extends Error {
  constructor(
    readonly file: string,
    override readonly cause: Error,
    readonly truncateError: Error,
  ) {
    super(`${file} could not be cut back after a failed append (${cause.message}; then ${truncateError.message})`);
  }
}

async function cutBack(handle: fs.FileHandle, file: string, length: number, cause: Error): Promise<void> {
  try {
    await truncateHandle(handle, file, length);
    await syncHandle(handle, file);
  } catch (err) {
    throw new TruncateFailed(file, cause, err as Error);
  }
}

/** Cuts a file back to `length` durably (a torn last line left by a killed writer). */
export async function truncateDurable(file: string, length: number): Promise<void> {
  const handle = await openNoFollow(file, 'r+');
  try {
    await truncateHandle(handle, file, length);
    await syncHandle(handle, file);
  } finally {
    await handle.close().catch(() => {});
  }
}
