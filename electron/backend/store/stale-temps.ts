import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TEMP_NAME } from './atomic-file';
import { pidAlive } from './lock';
import { SOURCES_DIR } from './source-texts';

/** A temp file this old is stale even if its pid is alive again (reused by some other process). */
const STALE_AFTER_MS = 60 * 60 * 1000;

/**
 * Removes temp files left by killed writes (each up to the dataset's size) from the dataset folder and sources/.
 * Only Tally's own temp names (see TEMP_NAME), only regular files (never a link or a folder), and only those whose
 * writer is gone or that are over an hour old; the caller holds the dataset's lock, so no live writer owns them.
 * Returns the names removed.
 */
export async function removeStaleTemps(dir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of [dir, path.join(dir, SOURCES_DIR)]) {
    const st = await fs.lstat(folder).catch(() => null);
    if (!st?.isDirectory()) continue; // absent, or a link: not entered
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const m = TEMP_NAME.exec(name);
      if (!m) continue;
      const pid = Number(m[2]);
      if (pid === process.pid) continue;
      const file = path.join(folder, name);
      const fst = await fs.lstat(file).catch(() => null);
      if (!fst?.isFile()) continue;
      if (pidAlive(pid) && Date.now() - fst.mtimeMs < STALE_AFTER_MS) continue;
      await fs.unlink(file).then(
        () => removed.push(path.relative(dir, file)),
        () => {},
      );
    }
  }
  return removed;
}
