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
import { acquireLock, type DatasetLock } from './lock';
import { OrphanTracker } from './orphans';
import { readCurrentTexts, readSourceVersion, writeSourceVersion } from './source-texts';

export const DATASET_FILE = 'dataset.json';

/** What a handler hands to commit: the changes (before/after per record), a label, and who made them. */
export interface ChangeSet {
  action: string;
  label: string;
  changes: HistoryChange[];
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
  /** The change being persisted has started writing dataset.json (from then on, the files it made are kept). */
  private writing = false;

  private constructor(
    readonly dir: string,
    private readonly db: Low<DatasetDoc>,
    private readonly lock: DatasetLock,
    private readonly history: HistoryLog,
    readonly warnings: string[],
  ) {
    this.orphans = new OrphanTracker((id) => this.sourceText(id));
  }

  /** Locks, reads and checks the dataset; a file that fails to read is left exactly as it was. */
  static async open(dir: string): Promise<DatasetStore> {
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
      const store = new DatasetStore(abs, db as Low<DatasetDoc>, lock, log, warnings);
      await store.load();
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
        const mutation = await this.persist(who, set, null);
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
    const rollback = () => {
      applyChanges(doc, invertChanges(changes));
      doc.meta = previousMeta;
    };
    applyChanges(doc, changes);
    doc.meta = { ...doc.meta, updatedAt: new Date().toISOString() }; // replaced, never changed in place: readers may hold the old one
    this.writing = true;
    try {
      await this.db.write();
    } catch (err) {
      rollback();
      throw err;
    }
    const entry: HistoryEntry = {
      seq: this.history.nextSeq,
      at: new Date().toISOString(),
      who,
      action: set.action,
      label: set.label,
      changes,
      target,
    };
    try {
      await this.history.append(entry);
    } catch (err) {
      rollback();
      const restored = await this.db.write().then(
        () => true,
        () => false,
      );
      const outcome = restored ? 'the change was not kept' : `${DATASET_FILE} could not be put back either: reopen the dataset`;
      throw new TallyError('IO_ERROR', `cannot append to ${HISTORY_FILE}: ${(err as Error).message}; ${outcome}`);
    }
    this.afterChange(changes);
    return { seq: entry.seq, changes, undo: this.undoState() };
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

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    this.closed = true;
    await this.lock.release();
  }
}
