import path from 'node:path';
import type { UndoState } from '../../../shared/api/contract';
import type { HistoryEntry } from '../../../shared/model/history';
import { appendDurable, fsyncDir, TruncateFailed, truncateDurable } from './atomic-file';
import { readJournal, type JournalRead } from './journal-read';

export const HISTORY_FILE = 'history.jsonl';

/** The action of the entry that adopts a sync's merge (issue 13). */
export const MERGE_BARRIER = 'sync-merge';

/**
 * The undo and redo stacks, derived from the log alone so that they survive a restart: an ordinary entry pushes
 * on undo and clears redo; an undo moves its target to redo; a redo moves it back.
 */
export class UndoStacks {
  private readonly undo: number[] = [];
  private readonly redo: number[] = [];

  record(e: HistoryEntry): void {
    if (e.action === MERGE_BARRIER) {
      // What a sync merged in is other people's work: undo and redo stop here and never reach past it.
      this.undo.length = 0;
      this.redo.length = 0;
    } else if (e.action === 'undo' && e.target !== null) {
      if (this.undo[this.undo.length - 1] === e.target) this.undo.pop();
      this.redo.push(e.target);
    } else if (e.action === 'redo' && e.target !== null) {
      if (this.redo[this.redo.length - 1] === e.target) this.redo.pop();
      this.undo.push(e.target);
    } else {
      this.undo.push(e.seq);
      this.redo.length = 0;
    }
  }

  nextUndo(): number | null {
    return this.undo.length ? this.undo[this.undo.length - 1] : null;
  }

  nextRedo(): number | null {
    return this.redo.length ? this.redo[this.redo.length - 1] : null;
  }
}

/** The log in memory plus its file: entries by seq, the stacks, and durable appends that never leave half a line. */
export class HistoryLog {
  private readonly bySeq = new Map<number, HistoryEntry>();
  private readonly stacks = new UndoStacks();
  private readonly entries: HistoryEntry[];
  private lastSeq = 0;
  /** Bytes of the file that hold whole lines: an append starts here, and a failed one is cut back to it. */
  private size: number;
  private tornAt: number | null;
  private missingNewline: boolean;
  /** Set when a failed append could not be cut back: nothing more may be appended. */
  failure: string | null = null;

  constructor(
    readonly file: string,
    read: JournalRead,
  ) {
    this.entries = [...read.entries];
    this.size = read.size;
    this.tornAt = read.tornAt;
    this.missingNewline = read.missingNewline;
    for (const e of this.entries) this.index(e);
  }

  static async load(file: string): Promise<{ log: HistoryLog; read: JournalRead }> {
    const read = await readJournal(file);
    return { log: new HistoryLog(file, read), read };
  }

  /** Cuts off an unfinished last line (never reported saved) and ends the file with a newline; a writable open does this. */
  async repairTail(): Promise<void> {
    if (this.tornAt !== null) {
      await truncateDurable(this.file, this.tornAt);
      this.size = this.tornAt;
      this.tornAt = null;
    }
  }

  private index(e: HistoryEntry): void {
    this.bySeq.set(e.seq, e);
    this.stacks.record(e);
    if (e.seq > this.lastSeq) this.lastSeq = e.seq;
  }

  /** Numbers later entries after `seq` at least (dataset.json may hold entries a log emptied by hand has lost). */
  raiseSeqTo(seq: number): void {
    if (seq > this.lastSeq) this.lastSeq = seq;
  }

  get nextSeq(): number {
    return this.lastSeq + 1;
  }

  /** The highest seq logged (0 when none). */
  get lastLogged(): number {
    return this.entries.length ? this.entries[this.entries.length - 1].seq : 0;
  }

  all(): readonly HistoryEntry[] {
    return this.entries;
  }

  /** Newest first. */
  latest(limit: number): HistoryEntry[] {
    return this.entries.slice(-limit).reverse();
  }

  undoTarget(): HistoryEntry | null {
    const s = this.stacks.nextUndo();
    return s === null ? null : (this.bySeq.get(s) ?? null);
  }

  redoTarget(): HistoryEntry | null {
    const s = this.stacks.nextRedo();
    return s === null ? null : (this.bySeq.get(s) ?? null);
  }

  undoState(): UndoState {
    const u = this.undoTarget();
    const r = this.redoTarget();
    return { canUndo: u !== null, canRedo: r !== null, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
  }

  /**
   * Appends and fsyncs one entry; only then is it part of the in-memory log. A failed append leaves the file as it
   * was; if it cannot be cut back, `failure` is set and every later append is refused.
   */
  async append(entry: HistoryEntry): Promise<void> {
    if (this.failure) throw new Error(this.failure);
    if (this.tornAt !== null) await this.repairTail();
    const line = `${this.missingNewline ? '\n' : ''}${JSON.stringify(entry)}\n`;
    try {
      await appendDurable(this.file, this.size, line);
    } catch (err) {
      if (err instanceof TruncateFailed) this.failure = err.message;
      throw err;
    }
    if (this.entries.length === 0) await fsyncDir(path.dirname(this.file)); // the log may have just been created
    this.size += Buffer.byteLength(line);
    this.missingNewline = false;
    this.entries.push(entry);
    this.index(entry);
  }
}
