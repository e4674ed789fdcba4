import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { ZodError } from 'zod';
import type { DatasetSnapshot, Mutation, UndoState } from '../../../shared/api/contract';
import { TallyError, zodIssues } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryChange, HistoryEntry } from '../../../shared/model/history';
import type { Observation } from '../../../shared/model/observation';
import { currentVersion, type SourceTextVersion } from '../../../shared/model/source';
import { applyChanges, findRecord, invertChanges, normaliseChanges, refuseReplacingCreates } from './apply-changes';
import { DatasetDocAdapter, stableStringify } from './doc-adapter';
import { HISTORY_FILE, HistoryLog } from './history-log';
import { readCloneTag } from '../git/clone-tag';
import { readPending } from '../git/sync-pending';
import { IdAllocator } from './ids';
import { replayEntries } from './journal';
import { pendingAfter } from './journal-read';
import { canRecover } from './recover';
import { freezeForWrite } from './sliced-stringify';
import { removeStaleTemps } from './stale-temps';
import { acquireLock, type DatasetLock } from './lock';
import { OrphanTracker } from './orphans';
import { readCurrentTexts, readSourceVersion, writeSourceVersion } from './source-texts';

export const DATASET_FILE = 'dataset.json';

/** How the store writes dataset.json; tests shorten the waits. */
export interface StoreOptions {
  /**
   * Above this size dataset.json is not rewritten on every edit: the edit is durable once history.jsonl has it, and
   * the file follows after a pause in editing. At or below it, every edit rewrites the file before it is reported.
   */
  deferWritesAboveBytes?: number;
  /** The pause in editing after which a deferred rewrite runs. */
  flushIdleMs?: number;
  /** The longest a rewrite waits while edits keep coming. */
  flushMaxDelayMs?: number;
}

const DEFAULTS: Required<StoreOptions> = { deferWritesAboveBytes: 8_000_000, flushIdleMs: 1000, flushMaxDelayMs: 10_000 };
/** After a failed deferred rewrite, the wait before the next try. */
const FLUSH_RETRY_MS = 5000;

/** What a handler hands to commit: the changes (before/after per record), a label, and who made them. */
export interface ChangeSet {
  action: string;
  label: string;
  changes: HistoryChange[];
  /** For undo/redo entries: the seq of the entry they reverse or re-apply. */
  target?: number | null;
  /** The window or tab that made it (set by the commit guard from the call's envelope). */
  client?: string;
}

/**
 * Hooks the backend's client layer sets on a store: `guard` sees each built change set inside the one-at-a-time
 * section, just before it is written, and may refuse it (a stale client) or name its client; `committed` hears
 * every entry once it is durable.
 */
export interface CommitHooks {
  guard?: (set: ChangeSet) => void;
  committed?: (entry: HistoryEntry) => void;
}

/**
 * One open dataset: the lowdb document, its lock, its history and the texts of its sources. Every change goes
 * through commit(), one at a time: applied in memory, written atomically, logged durably, and only then reported.
 */
export class DatasetStore {
  readonly ids = new IdAllocator((collection, id) => findRecord(this.doc, collection, id) !== null);
  private readonly texts = new Map<string, string>(); // by version file
  private readonly orphans: OrphanTracker;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Text files the change being built has created; nothing points at them until it is written. */
  private newTextFiles: string[] = [];
  /** The change being persisted has started writing dataset.json or the log (from then on, the files it made are kept). */
  private writing = false;
  /** Memory holds logged changes that dataset.json does not yet (deferred rewrite). */
  private dirty = false;
  private dirtySince: number | null = null;
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  /** The deferred rewrite in progress, written in slices beside the edits (never in the one-at-a-time queue). */
  private backgroundWrite: Promise<void> | null = null;
  private closing: Promise<void> | null = null;
  private readonly opts: Required<StoreOptions>;
  hooks: CommitHooks = {};

  private constructor(
    readonly dir: string,
    private readonly db: Low<DatasetDoc>,
    private readonly adapter: DatasetDocAdapter,
    private readonly lock: DatasetLock | null,
    private readonly history: HistoryLog,
    readonly warnings: string[],
    private readonly readOnlyReason: string | null,
    opts: StoreOptions,
  ) {
    this.orphans = new OrphanTracker((id) => this.sourceText(id));
    this.opts = { ...DEFAULTS, ...opts };
  }

  /**
   * Locks, reads and checks the dataset, then applies the log entries dataset.json does not hold yet; a file that
   * fails to read is left exactly as it was (with `recoverable` when its history can rebuild it). A damaged log (a
   * bad line, a gap) or a folder Tally cannot write in opens read-only, saying why, and nothing is written.
   */
  static async open(dir: string, opts: StoreOptions = {}): Promise<DatasetStore> {
    const abs = path.resolve(dir);
    const adapter = new DatasetDocAdapter(path.join(abs, DATASET_FILE));
    const db = new Low<DatasetDoc | null>(adapter as never, null);
    const missing = () => new TallyError('NOT_FOUND', `no dataset at ${abs} (${DATASET_FILE} is missing)`, { file: adapter.file });
    if (!(await fs.lstat(adapter.file).catch(() => null))) throw missing();
    let lock: DatasetLock | null = null;
    let cannotWrite: string | null = null;
    try {
      lock = await acquireLock(abs);
    } catch (err) {
      if (!(err instanceof TallyError && err.code === 'READ_ONLY')) throw err;
      cannotWrite = `${err.message}: opened read-only (view, check, and export to another folder work; edits are refused)`;
    }
    try {
      try {
        await db.read(); // a corrupt or too-new file throws here and is left exactly as it was
      } catch (err) {
        if (err instanceof TallyError && err.code === 'DATASET_CORRUPT' && err.extra.file === adapter.file && (await canRecover(abs))) {
          throw new TallyError(err.code, `${err.message}. Its history can rebuild it: Recover from history`, { ...err.extra, recoverable: true });
        }
        throw err;
      }
      if (!db.data) throw missing();
      const { log, read } = await HistoryLog.load(path.join(abs, HISTORY_FILE));
      const doc = db.data;
      // A sync killed part way may have left another clone's journal position in the file: the one saved at its
      // start is right (the entries after it are the latest writes of their records, so replaying them is safe).
      const interrupted = await readPending(abs);
      if (interrupted) doc.historySeq = interrupted.seq;
      const held = doc.historySeq;
      const { pending, damage } = pendingAfter(read, held);
      const problems = [...read.damage, ...damage];
      replayEntries(doc, pending, read);
      log.raiseSeqTo(held ?? 0); // a log emptied by hand must not reuse seqs the file already holds
      const damaged = problems.length
        ? `${HISTORY_FILE} is damaged, so edits it holds may be missing: opened read-only and nothing will be written until the log is repaired`
        : null;
      const readOnly = cannotWrite ?? damaged;
      const warnings = [...(readOnly ? [readOnly] : []), ...problems, ...read.warnings];
      const store = new DatasetStore(abs, db as Low<DatasetDoc>, adapter, lock, log, warnings, readOnly, opts);
      await store.load();
      store.ids.cloneTag = await readCloneTag(abs);
      if (!readOnly) await store.tidyOnOpen(pending.length > 0);
      return store;
    } catch (err) {
      await lock?.release();
      throw err;
    }
  }

  /**
   * What a writable open cleans up: temp files of killed writes, a torn last log line (never reported saved), a file
   * that does not yet say which log entries it holds (written before every edit was logged first).
   */
  private async tidyOnOpen(replayed: boolean): Promise<void> {
    const removed = await removeStaleTemps(this.dir);
    if (removed.length) console.warn(`tally: removed ${removed.length} temp file(s) left by interrupted writes in ${this.dir}`);
    await this.history.repairTail();
    if (this.doc.historySeq === undefined) {
      // Written before the log came first: the file holds every logged edit, and from now on says so.
      this.doc.historySeq = this.history.lastLogged;
      await this.db.write();
    }
    if (replayed) this.scheduleFlush();
  }

  /** Why edits are refused (a damaged log, a folder Tally cannot write in); null when the dataset is writable. */
  get readOnly(): string | null {
    return this.readOnlyReason ?? (this.history.failure ? `${HISTORY_FILE} could not be put back after a failed write (${this.history.failure}); reopen the dataset` : null);
  }

  private assertWritable(): void {
    const why = this.readOnly;
    if (why) throw new TallyError('READ_ONLY', `this dataset is open read-only: ${why}`);
  }

  private async load(): Promise<void> {
    const doc = this.doc;
    const { texts, warnings } = await readCurrentTexts(this.dir, doc.sources);
    for (const s of doc.sources) {
      const text = texts.get(s.id);
      if (text !== undefined) this.texts.set(currentVersion(s).file, text);
    }
    this.warnings.push(...warnings);
    for (const c of ['observations', 'sources', 'resolutions', 'entities', 'indicators'] as const) {
      for (const r of doc[c]) this.ids.see(r.id);
    }
    for (const e of this.history.all()) for (const c of e.changes) this.ids.see(c.id);
    this.orphans.recheckAll(doc.observations);
  }

  get doc(): DatasetDoc {
    return this.db.data;
  }

  get name(): string {
    return this.doc.meta.name;
  }

  /** The current text of a source, or undefined when the source or its text file is missing. */
  sourceText(sourceId: string): string | undefined {
    const s = findRecord(this.doc, 'sources', sourceId) as DatasetDoc['sources'][number] | null;
    return s ? this.texts.get(currentVersion(s).file) : undefined;
  }

  /** Writes a new frozen text file for a source (before the record that points at it is committed). */
  async storeSourceText(sourceId: string, text: string, previous: readonly SourceTextVersion[] = []): Promise<SourceTextVersion> {
    this.assertWritable();
    const { version, created } = await writeSourceVersion(this.dir, sourceId, text, previous);
    this.texts.set(version.file, text);
    if (created) this.newTextFiles.push(version.file);
    return version;
  }

  async readVersionText(v: SourceTextVersion): Promise<string> {
    const cached = this.texts.get(v.file);
    if (cached !== undefined) return cached;
    const text = await readSourceVersion(this.dir, v);
    this.texts.set(v.file, text);
    return text;
  }

  undoState(): UndoState {
    return this.history.undoState();
  }

  orphanedIds(): string[] {
    return this.orphans.ids();
  }

  /** The live document: read-only for callers. */
  snapshot(): DatasetSnapshot {
    return {
      path: this.dir,
      doc: this.doc,
      undo: this.undoState(),
      orphanedObservationIds: this.orphanedIds(),
      warnings: this.readOnly && !this.warnings.some((w) => w.includes(this.readOnly!)) ? [this.readOnly, ...this.warnings] : this.warnings,
      readOnly: this.readOnly !== null,
    };
  }

  historyList(limit: number): HistoryEntry[] {
    return this.history.latest(limit);
  }

  /** Every entry of the log, oldest first (the client layer indexes it once at open). */
  historyEntries(): readonly HistoryEntry[] {
    return this.history.all();
  }

  /** Runs fn alone: no other change starts until it has finished, so each build sees the result of the last. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(() => {
      if (this.closed) throw new TallyError('NO_DATASET', 'the dataset was closed');
      return fn();
    });
    this.queue = run.catch(() => {});
    return run;
  }

  /** Builds a change set from the current document and makes it durable; see persist(). */
  mutate<T extends object = object>(who: string, build: () => Promise<ChangeSet & { extra?: T }> | (ChangeSet & { extra?: T })): Promise<Mutation & T> {
    return this.exclusive(async () => {
      this.assertWritable();
      this.newTextFiles = [];
      this.writing = false;
      try {
        const set = await build();
        if (set.changes.length > 0) this.hooks.guard?.(set);
        const mutation = await this.persist(who, set, set.target ?? null);
        return { ...mutation, ...(set.extra ?? ({} as T)) };
      } catch (err) {
        // Refused before anything was written (e.g. invalid metadata after the text was stored): its new text files
        // point nowhere, so they go. Once dataset.json was being written they stay, in case it refers to them.
        if (!this.writing) await this.discardNewTextFiles();
        throw err;
      } finally {
        this.newTextFiles = [];
        this.writing = false;
      }
    });
  }

  private async discardNewTextFiles(): Promise<void> {
    for (const file of this.newTextFiles) {
      this.texts.delete(file);
      await fs.rm(path.join(this.dir, file), { force: true }).catch(() => {});
    }
  }

  undo(who: string): Promise<Mutation> {
    return this.exclusive(async () => {
      this.assertWritable();
      const target = this.history.undoTarget();
      if (!target) throw new TallyError('NOTHING_TO_UNDO', 'nothing to undo');
      const changes = this.withCurrentBefore(invertChanges(target.changes));
      return this.persist(who, { action: 'undo', label: `Undo: ${target.label}`, changes }, target.seq);
    });
  }

  redo(who: string): Promise<Mutation> {
    return this.exclusive(async () => {
      this.assertWritable();
      const target = this.history.redoTarget();
      if (!target) throw new TallyError('NOTHING_TO_UNDO', 'nothing to redo');
      const changes = this.withCurrentBefore(target.changes);
      return this.persist(who, { action: 'redo', label: `Redo: ${target.label}`, changes }, target.seq);
    });
  }

  private withCurrentBefore(changes: readonly HistoryChange[]): HistoryChange[] {
    return changes.map((c) => ({ ...c, before: findRecord(this.doc, c.collection, c.id) ?? null }));
  }

  /**
   * Apply, append the history entry with fsync (the edit is durable from here, whatever the dataset's size), then
   * rewrite dataset.json (now for a small dataset, after a pause for a large one), and only then report. A failed
   * append rolls the memory back and leaves the log as it was; a failed rewrite after it is retried later, since the
   * log already holds the edit and any reader applies it.
   */
  private async persist(who: string, set: ChangeSet, target: number | null): Promise<Mutation> {
    let changes: HistoryChange[];
    try {
      changes = normaliseChanges(set.changes);
    } catch (err) {
      if (err instanceof ZodError) {
        const issues = zodIssues(err);
        throw new TallyError('INVALID_INPUT', `${issues[0]?.path}: ${issues[0]?.message}`, { issues });
      }
      throw err;
    }
    if (changes.length === 0) return { seq: this.history.nextSeq - 1, changes: [], undo: this.undoState() };
    const doc = this.doc;
    refuseReplacingCreates(doc, changes);
    await this.adapter.assertUnchanged(); // a file changed by another program: refused before anything is logged
    const previousMeta = doc.meta;
    const at = new Date().toISOString();
    const entry: HistoryEntry = { seq: this.history.nextSeq, at, who, action: set.action, label: set.label, changes, target };
    if (set.client) entry.client = set.client;
    applyChanges(doc, changes);
    doc.meta = { ...doc.meta, updatedAt: at }; // replaced, never changed in place: readers may hold the old one
    try {
      await this.history.append(entry);
    } catch (err) {
      applyChanges(doc, invertChanges(changes));
      doc.meta = previousMeta;
      const outcome = this.history.failure
        ? `${HISTORY_FILE} could not be cut back either, so the dataset is now read-only: reopen it`
        : `the change was not kept and ${HISTORY_FILE} is as it was`;
      throw new TallyError('IO_ERROR', `cannot append to ${HISTORY_FILE}: ${(err as Error).message}; ${outcome}`);
    }
    this.writing = true; // logged: the text files it made are referred to from now on
    // A large file is rewritten later: the log entry alone makes the change durable (see journal.ts).
    if (this.adapter.size > this.opts.deferWritesAboveBytes) this.scheduleFlush();
    else {
      this.dirty = true;
      await this.writeIfDirty().catch((err) => {
        console.error(`tally: ${DATASET_FILE} not rewritten yet (the log holds the edit): ${(err as Error).message}`);
        this.scheduleFlush(FLUSH_RETRY_MS);
      });
    }
    this.afterChange(changes);
    this.hooks.committed?.(entry);
    return { seq: entry.seq, changes, undo: this.undoState() };
  }

  /** Rewrites dataset.json after a pause in editing, or at the latest flushMaxDelayMs after the first unwritten edit. */
  private scheduleFlush(delay?: number): void {
    this.dirty = true;
    const now = Date.now();
    this.dirtySince ??= now;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    const wait = delay ?? Math.min(this.opts.flushIdleMs, Math.max(0, this.dirtySince + this.opts.flushMaxDelayMs - now));
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flushInBackground().catch((err) => {
        // The edits are safe in the log; dataset.json catches up on a later try, on close, or on the next open.
        console.error(`tally: ${DATASET_FILE} not rewritten yet: ${(err as Error).message}`);
        if (!this.closing) this.scheduleFlush(FLUSH_RETRY_MS);
      });
    }, wait);
    this.flushTimer.unref?.();
  }

  private markClean(): void {
    this.dirty = false;
    this.dirtySince = null;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
  }

  /** Writes dataset.json now if it lags behind the log (after the changes in progress). */
  flush(): Promise<void> {
    return this.exclusive(() => this.writeIfDirty());
  }

  /**
   * The deferred rewrite: a copy of the document is taken between two edits (so it holds exactly the logged ones),
   * then written in slices outside the queue, so edits made meanwhile are logged and reported without waiting for it.
   */
  private async flushInBackground(): Promise<void> {
    if (this.backgroundWrite) {
      // One rewrite at a time; the edits after its copy are written by the next one.
      await this.backgroundWrite.catch(() => {});
      if (this.dirty && !this.flushTimer && !this.closing) this.scheduleFlush();
      return;
    }
    const frozen = await this.exclusive(async () => {
      if (!this.dirty || this.readOnly) return null;
      const copy = freezeForWrite(this.doc);
      copy.historySeq = this.history.nextSeq - 1;
      this.dirty = false; // an edit from here on marks it again and schedules the next rewrite
      this.dirtySince = null;
      return copy;
    });
    if (!frozen) return;
    const write = this.adapter.writeInSlices(frozen).then(
      () => {
        if ((this.doc.historySeq ?? 0) < (frozen.historySeq ?? 0)) this.doc.historySeq = frozen.historySeq;
      },
      (err) => {
        this.dirty = true; // the copy's edits are still only in the log
        this.dirtySince ??= Date.now();
        throw err;
      },
    );
    this.backgroundWrite = write.finally(() => {
      this.backgroundWrite = null;
    });
    await this.backgroundWrite;
  }

  private async writeIfDirty(): Promise<void> {
    await this.backgroundWrite?.catch(() => {}); // never two writers of dataset.json at once
    if (!this.dirty || this.readOnly) return;
    const previousSeq = this.doc.historySeq;
    this.doc.historySeq = this.history.nextSeq - 1;
    try {
      await this.db.write();
    } catch (err) {
      this.doc.historySeq = previousSeq;
      throw err;
    }
    this.markClean();
  }

  /** Whether dataset.json lags behind the log (tests and the bench look). */
  get pendingWrite(): boolean {
    return this.dirty || this.backgroundWrite !== null;
  }

  private afterChange(changes: readonly HistoryChange[]): void {
    const sourcesTouched = new Set<string>();
    for (const c of changes) {
      this.ids.see(c.id);
      if (c.collection === 'observations') {
        if (c.after === null) this.orphans.forget(c.id);
        else this.orphans.check(c.after as Observation);
      } else if (c.collection === 'sources') sourcesTouched.add(c.id);
    }
    for (const id of sourcesTouched) this.orphans.recheckSource(id, this.doc.observations);
  }

  /** The document as it would be written now (tests and the bench compare bytes with it). */
  serialise(): string {
    return stableStringify(this.doc);
  }

  /** Finishes the changes in progress, brings dataset.json up to date with the log, and releases the lock. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.exclusive(async () => {
        this.closed = true;
        if (this.flushTimer) clearTimeout(this.flushTimer);
        this.flushTimer = null;
        await this.writeIfDirty().catch((err) => {
          console.error(`tally: ${DATASET_FILE} not rewritten on close (the log keeps every change): ${(err as Error).message}`);
        });
      }).catch(() => {});
      this.closed = true;
      await this.lock?.release();
    })();
    return this.closing;
  }
}
