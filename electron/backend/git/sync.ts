import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryEntry } from '../../../shared/model/history';
import { recordChanges, summariseChanges } from '../../../shared/merge/record-changes';
import { writeFileAtomic } from '../store/atomic-file';
import { DATASET_FILE, DatasetStore } from '../store/dataset-store';
import { backupFileOf, parseDatasetJson, sortCollections, stableStringify } from '../store/doc-adapter';
import { HISTORY_FILE, HistoryLog, MERGE_BARRIER } from '../store/history-log';
import { acquireLock } from '../store/lock';
import { ensureCloneTag } from './clone-tag';
import { PENDING_FILE, readPending, writePending, type Pending } from './sync-pending';
import { git, runGit } from './git';
import { isRepoRoot, registerMergeDriver, SHARED_BRANCH, THEIRS_REF_ENV } from './repo-setup';
import { authorEnv, type GitAuthor } from './share';


export interface SyncResult {
  /** Local changes were committed. */
  committed: boolean;
  /** Records that came in from other clones (journaled as one entry). */
  received: number;
  /** Who made them. */
  from: string[];
  /** Merge conflicts waiting for review after the sync (old and new). */
  conflicts: number;
  /** Pushes tried (more than one when the remote moved meanwhile). */
  attempts: number;
}

const REMOTE_REF = `refs/remotes/origin/${SHARED_BRANCH}`;

async function readDoc(file: string): Promise<DatasetDoc> {
  const doc = parseDatasetJson(await fs.readFile(file, 'utf8'), file);
  sortCollections(doc);
  return doc;
}

/** dataset.json as committed at HEAD, or null before the first commit. */
async function headDoc(dir: string): Promise<DatasetDoc | null> {
  const r = await runGit(dir, ['show', `HEAD:${DATASET_FILE}`]);
  if (r.code !== 0) return null;
  const doc = parseDatasetJson(r.stdout, `HEAD:${DATASET_FILE}`);
  sortCollections(doc);
  return doc;
}

/**
 * Commits what changed since the last sync. historySeq is this machine's journal position, so a dataset.json that
 * differs from HEAD in nothing else is not committed (and is put back to HEAD's bytes, so a merge can touch it).
 */
async function commitLocal(dir: string, author: GitAuthor): Promise<boolean> {
  const file = path.join(dir, DATASET_FILE);
  const head = await headDoc(dir);
  const now = await readDoc(file);
  const changes = head ? recordChanges(head, now) : [];
  if (head && changes.length === 0 && (await runGit(dir, ['diff', '--quiet', 'HEAD', '--', DATASET_FILE])).code !== 0) {
    await git(dir, ['checkout', '-q', 'HEAD', '--', DATASET_FILE]);
  }
  await git(dir, ['add', '-A']);
  if ((await runGit(dir, ['diff', '--cached', '--quiet'])).code === 0) return false;
  await git(dir, ['commit', '-q', '--no-verify', '-m', `${author.name}: ${summariseChanges(changes)}`], authorEnv(author));
  return true;
}

/** Merges the remote branch (dataset.json through the merge driver); a failed merge is undone and reported. */
async function mergeRemote(dir: string, author: GitAuthor): Promise<void> {
  if ((await runGit(dir, ['rev-parse', '--verify', '-q', REMOTE_REF])).code !== 0) return; // nothing pushed yet
  if ((await runGit(dir, ['merge-base', '--is-ancestor', REMOTE_REF, 'HEAD'])).code === 0) return;
  const r = await runGit(dir, ['merge', '-q', '--no-edit', '--no-verify', REMOTE_REF], { ...authorEnv(author), [THEIRS_REF_ENV]: REMOTE_REF });
  if (r.code !== 0) {
    await runGit(dir, ['merge', '--abort']);
    const why = (r.stderr || r.stdout).trim().split('\n').slice(-2).join('; ');
    throw new TallyError('IO_ERROR', `merging the remote's changes failed (${why}); the local dataset was left as it was`);
  }
}

/** Authors of the commits that came in (everyone but the syncing author). */
async function authorsSince(dir: string, from: string, author: GitAuthor): Promise<string[]> {
  const r = await runGit(dir, ['log', '--format=%an', `${from}..HEAD`]);
  return [...new Set(r.stdout.split('\n').filter((n) => n && n !== author.name))];
}

/**
 * Brings the merged dataset.json into the local journal: what other clones changed becomes ONE history entry
 * ("Merged from Minh: 3 changed"), and dataset.json records that it holds it. historySeq stays local, never shared.
 */
async function adoptMerge(dir: string, before: DatasetDoc, from: string[]): Promise<number> {
  const file = path.join(dir, DATASET_FILE);
  const merged = await readDoc(file);
  const changes = recordChanges(before, merged);
  const { log } = await HistoryLog.load(path.join(dir, HISTORY_FILE));
  log.raiseSeqTo(before.historySeq ?? 0);
  let seq = before.historySeq;
  if (changes.length) {
    const entry: HistoryEntry = {
      seq: log.nextSeq,
      at: new Date().toISOString(),
      who: from.join(', ') || 'another clone',
      action: MERGE_BARRIER,
      label: `Merged from ${from.join(', ') || 'another clone'}: ${summariseChanges(changes)}`,
      changes,
      target: null,
    };
    await log.append(entry);
    seq = entry.seq;
  }
  if (merged.historySeq !== seq) {
    merged.historySeq = seq;
    await writeFileAtomic(file, stableStringify(merged), { backup: backupFileOf(file) });
  }
  return changes.length;
}

/**
 * Sync (issue 13): commit the local changes, fetch, merge record by record, push; when the push is refused because
 * the remote moved meanwhile, fetch and merge again. The dataset is held locked throughout, so no edit is made
 * durable while it runs; an unreachable remote or a refused push leaves every local change in place.
 */
export async function syncDataset(dir: string, author: GitAuthor, opts: { maxAttempts?: number } = {}): Promise<SyncResult> {
  const abs = path.resolve(dir);
  const file = path.join(abs, DATASET_FILE);
  if (!(await isRepoRoot(abs))) throw new TallyError('INVALID_INPUT', `${abs} is not shared yet: run tally share <dataset> --remote <url> first`);
  const pending = await readPending(abs);
  if (pending) await repairInterrupted(abs, pending);
  await (await DatasetStore.open(abs)).close(); // dataset.json catches up with the journal; refuses if open elsewhere
  const lock = await acquireLock(abs);
  try {
    await registerMergeDriver(abs); // a clone made with plain git has no driver configured yet, nor a clone tag
    await ensureCloneTag(abs);
    const startHead = pending?.head ?? (await git(abs, ['rev-parse', 'HEAD'])).trim();
    const before = pending ? await docAt(abs, pending) : await readDoc(file);
    if (!pending) await writePending(abs, { seq: before.historySeq ?? 0, head: startHead });
    const committed = await commitLocal(abs, author);
    let attempts = 0;
    let failure: unknown = null;
    try {
      attempts = await exchange(abs, author, committed, opts.maxAttempts ?? 5);
    } catch (err) {
      failure = err;
    }
    // Whatever was merged in (even when the push then failed) is journaled before the sync ends.
    const from = await authorsSince(abs, startHead, author);
    const received = await adoptMerge(abs, before, from);
    await fs.rm(path.join(abs, PENDING_FILE), { force: true });
    if (failure) throw failure;
    const doc = await readDoc(file);
    return { committed, received, from, conflicts: doc.mergeConflicts?.length ?? 0, attempts };
  } finally {
    await lock.release();
  }
}

/** Fetch, merge, push; when the push is refused because the remote moved, again. Returns the attempts made. */
async function exchange(dir: string, author: GitAuthor, committed: boolean, max: number): Promise<number> {
  for (let attempts = 1; ; attempts++) {
    const fetch = await runGit(dir, ['fetch', '-q', 'origin']);
    if (fetch.code !== 0) {
      const url = (await runGit(dir, ['remote', 'get-url', 'origin'])).stdout.trim();
      const why = fetch.stderr.trim().split('\n').filter(Boolean).slice(0, 2).join('; ');
      throw new TallyError('IO_ERROR', `cannot reach the remote ${url} (${why}); ${committed ? 'the local changes are committed and kept' : 'nothing was lost locally'}, sync again later`);
    }
    await mergeRemote(dir, author);
    const push = await runGit(dir, ['push', '-q', 'origin', `HEAD:${SHARED_BRANCH}`], authorEnv(author));
    if (push.code === 0) return attempts;
    const why = push.stderr.trim().split('\n').slice(-2).join('; ');
    if (!/rejected|fetch first|non-fast-forward/.test(push.stderr) || attempts >= max) {
      throw new TallyError('IO_ERROR', `push failed (${why}); the local changes are committed and kept, sync again later`);
    }
  }
}

async function repairInterrupted(dir: string, p: Pending): Promise<void> {
  if ((await runGit(dir, ['rev-parse', '-q', '--verify', 'MERGE_HEAD'])).code === 0) await git(dir, ['merge', '--abort']);
  const file = path.join(dir, DATASET_FILE);
  const doc = await readDoc(file);
  if (doc.historySeq !== p.seq) {
    doc.historySeq = p.seq;
    await writeFileAtomic(file, stableStringify(doc), { backup: backupFileOf(file) });
  }
}

/** dataset.json as it was at the start of an interrupted sync, with the local journal position. */
async function docAt(dir: string, p: Pending): Promise<DatasetDoc> {
  const doc = parseDatasetJson(await git(dir, ['show', `${p.head}:${DATASET_FILE}`]), `${p.head}:${DATASET_FILE}`);
  sortCollections(doc);
  return { ...doc, historySeq: p.seq };
}
