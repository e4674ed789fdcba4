import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { ZodError } from 'zod';
import type { DatasetSnapshot, Mutation, UndoState } from '../../../shared/api/contract';
import { TallyError, zodIssues } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryChange, HistoryEntry } from '../../../shared/model/history';
import type { Observation } from '../../../shared/model/observation';
import { currentVersion, type SourceTextVersion } from '../../../shared/model/source';
import { applyChanges, findRecord, invertChanges, normaliseChanges } from './apply-changes';
import { DatasetDocAdapter, stableStringify } from './doc-adapter';
import { HISTORY_FILE, HistoryLog } from './history-log';
import { IdAllocator } from './ids';
import { replayEntries } from './journal';
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
  readonly ids = new IdAllocator();
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
  private closing: Promise<void> | null = null;
  private readonly opts: Required<StoreOptions>;
  hooks: CommitHooks = {};

  private constructor(
    readonly dir: string,
    private readonly db: Low<DatasetDoc>,
    private readonly adapter: DatasetDocAdapter,
    private readonly lock: DatasetLock,
    private readonly history: HistoryLog,
    readonly warnings: string[],
    opts: StoreOptions,
  ) {
    this.orphans = new OrphanTracker((id) => this.sourceText(id));
    this.opts = { ...DEFAULTS, ...opts };
  }

  /**
   * Locks, reads and checks the dataset, then applies the log entries dataset.json does not hold yet; a file that
   * fails to read is left exactly as it was.
   */
  static async open(dir: string, opts: StoreOptions = {}): Promise<DatasetStore> {
    const abs = path.resolve(dir);
    const adapter = new DatasetDocAdapter(path.join(abs, DATASET_FILE));
    const db = new Low<DatasetDoc | null>(adapter as never, null);
    if (!existsSync(adapter.file)) {
      throw new TallyError('NOT_FOUND', `no dataset at ${abs} (${DATASET_FILE} is missing)`, { file: adapter.file });
    }
    const lock = await acquireLock(abs);
    try {
      await db.read(); // a corrupt or too-new file throws here and is left exactly as it was
      if (!db.data) throw new TallyError('NOT_FOUND', `no dataset at ${abs} (${DATASET_FILE} is missing)`, { file: adapter.file });
      const { log, warnings } = await HistoryLog.load(path.join(abs, HISTORY_FILE));
      const doc = db.data;
      const held = doc.historySeq;
      const pending = held === undefined ? [] : log.all().filter((e) => e.seq > held);
      replayEntries(doc, pending, log.file);
      log.raiseSeqTo(held ?? 0); // a log emptied by hand must not reuse seqs the file already holds
      const store = new DatasetStore(abs, db as Low<DatasetDoc>, adapter, lock, log, warnings, opts);
      await store.load();
      if (pending.length > 0) store.scheduleFlush();
      return store;
    } catch (err) {
      await lock.release();
      throw err;
    }
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
    return { path: this.dir, doc: this.doc, undo: this.undoState(), orphanedObservationIds: this.orphanedIds() };
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
      const target = this.history.undoTarget();
      if (!target) throw new TallyError('NOTHING_TO_UNDO', 'nothing to undo');
      const changes = this.withCurrentBefore(invertChanges(target.changes));
      return this.persist(who, { action: 'undo', label: `Undo: ${target.label}`, changes }, target.seq);
    });
  }

  redo(who: string): Promise<Mutation> {
    return this.exclusive(async () => {
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
   * Apply, write dataset.json atomically, append the history entry with fsync, and only then report. A failed write
   * rolls the memory back; a failed log append also puts the previous file back.
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
    const previousMeta = doc.meta;
    const previousSeq = doc.historySeq;
    const rollback = () => {
      applyChanges(doc, invertChanges(changes));
      doc.meta = previousMeta;
      doc.historySeq = previousSeq;
    };
    const at = new Date().toISOString();
    const entry: HistoryEntry = { seq: this.history.nextSeq, at, who, action: set.action, label: set.label, changes, target };
    if (set.client) entry.client = set.client;
    applyChanges(doc, changes);
    doc.meta = { ...doc.meta, updatedAt: at }; // replaced, never changed in place: readers may hold the old one
    // A large file is rewritten later: the log entry alone makes the change durable (see journal.ts). A file that does
    // not yet say which entries it holds (historySeq) is written once first, so that a reader knows what to apply.
    const deferred = doc.historySeq !== undefined && this.adapter.size > this.opts.deferWritesAboveBytes;
    this.writing = true;
    if (!deferred) {
      doc.historySeq = entry.seq;
      try {
        await this.db.write();
      } catch (err) {
        rollback();
        throw err;
      }
    }
    try {
      await this.history.append(entry);
    } catch (err) {
      rollback();
      let outcome = 'the change was not kept';
      if (!deferred) {
        const restored = await this.db.write().then(
          () => true,
          () => false,
        );
        if (!restored) outcome = `${DATASET_FILE} could not be put back either: reopen the dataset`;
      }
      throw new TallyError('IO_ERROR', `cannot append to ${HISTORY_FILE}: ${(err as Error).message}; ${outcome}`);
    }
    if (deferred) this.scheduleFlush();
    else this.markClean();
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
      this.flush().catch((err) => {
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

  private async writeIfDirty(): Promise<void> {
    if (!this.dirty) return;
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
    return this.dirty;
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
      await this.lock.release();
    })();
    return this.closing;
  }
}
