import { constants, promises as fs } from 'node:fs';
import { TallyError } from '../../../shared/api/result';

/**
 * The store's only door to the disk for dataset files: every open refuses symbolic links (a shared folder whose
 * history.jsonl links to a shell startup file must not get JSON appended to it), and the fault suite injects
 * ENOSPC/EIO at each step here.
 */
export type FsStep = 'open' | 'write' | 'fsync' | 'rename' | 'append' | 'truncate' | 'link';

/** Returns the error a step should fail with (tests only); null lets it run. */
export type FaultInjector = (step: FsStep, file: string) => NodeJS.ErrnoException | null;

let injector: FaultInjector | null = null;

/** Makes later fs steps fail as `fault` says, until the returned function is called. */
export function injectFaults(fault: FaultInjector): () => void {
  injector = fault;
  return () => {
    if (injector === fault) injector = null;
  };
}

/** An error like the ones node's fs throws, for injected faults. */
export function fsError(code: string, step: FsStep, file: string): NodeJS.ErrnoException {
  const err = new Error(`${code}: injected failure, ${step} '${file}'`) as NodeJS.ErrnoException;
  err.code = code;
  return err;
}

function check(step: FsStep, file: string): void {
  const err = injector?.(step, file);
  if (err) throw err;
}

/** 0 where the platform has no O_NOFOLLOW (Windows): there lstat before open stands in for it. */
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

export const isLinkError = (err: unknown): boolean => (err as NodeJS.ErrnoException).code === 'ELOOP';

/** The refusal every caller shows for a link where a dataset file should be. */
export function linkRefused(file: string): TallyError {
  return new TallyError('DATASET_CORRUPT', `${file} is a symbolic link; Tally never follows links inside a dataset folder (replace it with the real file)`, {
    file,
  });
}

/** Throws linkRefused when `file` is a symbolic link (missing is fine: the open that follows says so). */
export async function refuseLink(file: string): Promise<void> {
  const st = await fs.lstat(file).catch(() => null);
  if (st?.isSymbolicLink()) throw linkRefused(file);
}

/** Opens a file inside a dataset without following a link at its name (ELOOP becomes a clear refusal). */
export async function openNoFollow(file: string, flags: 'r' | 'a' | 'wx' | 'r+'): Promise<fs.FileHandle> {
  check('open', file);
  const bits = { r: constants.O_RDONLY, 'r+': constants.O_RDWR, a: constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT, wx: constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL }[flags];
  if (NOFOLLOW === 0) await refuseLink(file);
  try {
    return await fs.open(file, bits | NOFOLLOW, 0o666);
  } catch (err) {
    if (isLinkError(err)) throw linkRefused(file);
    throw err;
  }
}

/** Reads a whole file inside a dataset, refusing a link. */
export async function readNoFollow(file: string): Promise<Buffer> {
  const handle = await openNoFollow(file, 'r');
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** What writeAll takes: bytes, or text in slices (written one by one, so other work runs between them). */
export type WriteData = string | Uint8Array | Iterable<string>;

export async function writeAll(handle: fs.FileHandle, file: string, data: WriteData, step: 'write' | 'append' = 'write'): Promise<void> {
  const err = injector?.(step, file);
  if (err) {
    // A full disk usually takes part of the data before refusing: write half, as the real failure leaves it.
    const first = typeof data === 'string' || data instanceof Uint8Array ? data : (data[Symbol.iterator]().next().value ?? '');
    const bytes = Buffer.from(first);
    await handle.write(bytes.subarray(0, bytes.length >> 1));
    throw err;
  }
  if (typeof data === 'string' || data instanceof Uint8Array) {
    await handle.writeFile(data);
    return;
  }
  // Each slice is awaited before the next is built: the event loop serves other requests in between.
  for (const slice of data) await handle.writeFile(slice);
}

export async function syncHandle(handle: fs.FileHandle, file: string): Promise<void> {
  check('fsync', file);
  await handle.sync();
}

export async function truncateHandle(handle: fs.FileHandle, file: string, length: number): Promise<void> {
  check('truncate', file);
  await handle.truncate(length);
}

export async function renameFile(from: string, to: string): Promise<void> {
  check('rename', to);
  await fs.rename(from, to);
}

export async function linkFile(from: string, to: string): Promise<void> {
  check('link', to);
  await fs.link(from, to);
}
