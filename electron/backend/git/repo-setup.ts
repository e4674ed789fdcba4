import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../store/atomic-file';
import { git, runGit } from './git';

/** dataset.json merges record by record through `tally merge-driver` (registered per clone: git never copies config). */
export const GITATTRIBUTES = 'dataset.json merge=tally\n';

/** Per-machine files: the local journal and its position, the lock, temp files of interrupted writes, backups. */
export const GITIGNORE = ['history.jsonl', 'dataset.lock', '*.tmp', '*.bak', '.tally-*', ''].join('\n');

/** Tells the merge driver which branch is being merged in, so it can name who made their side. */
export const THEIRS_REF_ENV = 'TALLY_THEIRS_REF';

/** The branch every clone of a shared dataset syncs. */
export const SHARED_BRANCH = 'main';

const TALLY_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/tally.mjs');

/** The shell line git runs for the driver (git passes it to sh, so the paths are quoted). */
export function mergeDriverCommand(): string {
  const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  return `${q(process.execPath)} ${q(TALLY_BIN)} merge-driver %O %A %B %P`;
}

/** Registers the record-level merge driver in this clone's config (Tally's sync and a plain `git pull` both use it). */
export async function registerMergeDriver(dir: string): Promise<void> {
  await git(dir, ['config', 'merge.tally.name', 'Tally record-level dataset merge']);
  await git(dir, ['config', 'merge.tally.driver', mergeDriverCommand()]);
}

/** Writes .gitattributes and .gitignore when they differ from what a shared dataset needs. */
export async function writeRepoFiles(dir: string): Promise<void> {
  for (const [name, text] of [['.gitattributes', GITATTRIBUTES], ['.gitignore', GITIGNORE]] as const) {
    const file = path.join(dir, name);
    const now = existsSync(file) ? await fs.readFile(file, 'utf8') : null;
    if (now === null) await writeFileAtomic(file, text);
    else {
      const missing = text.split('\n').filter((l) => l && !now.split('\n').includes(l));
      if (missing.length) await writeFileAtomic(file, `${now.endsWith('\n') || now === '' ? now : `${now}\n`}${missing.join('\n')}\n`);
    }
  }
}

/** Whether dir is the top of a git working tree (a dataset inside someone else's repository is not adopted). */
export async function isRepoRoot(dir: string): Promise<boolean> {
  const r = await runGit(dir, ['rev-parse', '--show-toplevel']);
  if (r.code !== 0) return false;
  return (await fs.realpath(r.stdout.trim())) === (await fs.realpath(dir));
}
