import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import { writeFileAtomic } from '../store/atomic-file';
import { DATASET_FILE, DatasetStore } from '../store/dataset-store';
import { backupFileOf, parseDatasetJson, sortCollections, stableStringify } from '../store/doc-adapter';
import { ensureCloneTag } from './clone-tag';
import { git, runGit } from './git';
import { isRepoRoot, registerMergeDriver, SHARED_BRANCH, writeRepoFiles } from './repo-setup';

/** The author of a sync's commits: the reviewer's name and the email setting. */
export interface GitAuthor {
  name: string;
  email: string;
}

export const authorEnv = (a: GitAuthor): Record<string, string> => ({
  GIT_AUTHOR_NAME: a.name,
  GIT_AUTHOR_EMAIL: a.email,
  GIT_COMMITTER_NAME: a.name,
  GIT_COMMITTER_EMAIL: a.email,
});

/** A remote is a URL or a path; one that starts with a dash would be read by git as an option. */
export function checkRemote(remote: string): void {
  if (!remote.trim() || remote.startsWith('-')) throw new TallyError('INVALID_INPUT', `not a remote URL or path: "${remote}"`);
}

/**
 * Makes a dataset folder a shared git working tree: initialises it (or adopts the repository it already is), writes
 * .gitattributes and .gitignore, registers the merge driver, points `origin` at the remote, commits and pushes.
 * The dataset is opened first (and closed), so dataset.json holds every logged edit and nobody else has it open.
 */
export async function shareDataset(dir: string, remote: string, author: GitAuthor): Promise<void> {
  checkRemote(remote);
  const abs = path.resolve(dir);
  await (await DatasetStore.open(abs)).close();
  await rewriteInCurrentLayout(abs);
  if (!(await isRepoRoot(abs))) await git(abs, ['init', '-q', '-b', SHARED_BRANCH]);
  await writeRepoFiles(abs);
  await registerMergeDriver(abs);
  await ensureCloneTag(abs);
  const has = await runGit(abs, ['remote', 'get-url', 'origin']);
  await git(abs, has.code === 0 ? ['remote', 'set-url', 'origin', remote] : ['remote', 'add', 'origin', remote]);
  await git(abs, ['add', '-A']);
  const env = authorEnv(author);
  if ((await git(abs, ['status', '--porcelain'])).trim()) await git(abs, ['commit', '-q', '-m', `Share dataset ${path.basename(abs)}`], env);
  await git(abs, ['push', '-q', '-u', 'origin', `HEAD:${SHARED_BRANCH}`], env);
}

/** An older dataset.json (records spread over many lines) is rewritten one record per line before its first commit. */
async function rewriteInCurrentLayout(dir: string): Promise<void> {
  const file = path.join(dir, DATASET_FILE);
  const text = await fs.readFile(file, 'utf8');
  const doc = parseDatasetJson(text, file);
  sortCollections(doc);
  const wanted = stableStringify(doc);
  if (wanted !== text) await writeFileAtomic(file, wanted, { backup: backupFileOf(file) });
}

/** Clones a shared dataset into `dir` (which must not exist yet) and registers the merge driver there. */
export async function cloneDataset(remote: string, dir: string): Promise<void> {
  checkRemote(remote);
  const abs = path.resolve(dir);
  if (existsSync(abs)) throw new TallyError('DATASET_EXISTS', `${abs} already exists; clone into a new folder`, { file: abs });
  await git(path.dirname(abs), ['clone', '-q', '--branch', SHARED_BRANCH, '--', remote, abs]);
  if (!existsSync(path.join(abs, DATASET_FILE))) {
    throw new TallyError('NOT_FOUND', `${remote} holds no Tally dataset (${DATASET_FILE} is missing); the clone was left at ${abs}`);
  }
  await registerMergeDriver(abs);
  await ensureCloneTag(abs);
}
