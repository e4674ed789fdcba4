import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { UndoState } from '../../../shared/api/contract';
import { HistoryEntry } from '../../../shared/model/history';
import { appendLineDurable, fsyncDir } from './atomic-file';

export const HISTORY_FILE = 'history.jsonl';

export interface HistoryRead {
  entries: HistoryEntry[];
  warnings: string[];
  /** The file ends without a newline (a torn last append): the next line must start on a fresh one. */
  tornTail: boolean;
}

/** Reads history.jsonl; a torn or unreadable line (a writer killed mid-append) is skipped with a warning, never fatal. */
export async function readHistory(file: string): Promise<HistoryRead> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], warnings: [], tornTail: false };
    throw err;
  }
  const entries: HistoryEntry[] = [];
  const warnings: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      entries.push(HistoryEntry.parse(JSON.parse(line)));
    } catch {
      const where = i === lines.length - 1 ? 'the last line (torn by an interrupted write)' : `line ${i + 1}`;
      warnings.push(`${file}: ignored ${where}`);
    }
  });
  return { entries, warnings, tornTail: text.length > 0 && !text.endsWith('\n') };
}

/**
 * The undo and redo stacks, derived from the log alone so that they survive a restart: an ordinary entry pushes
 * on undo and clears redo; an undo moves its target to redo; a redo moves it back.
 */
export class UndoStacks {
  private readonly undo: number[] = [];
  private readonly redo: number[] = [];

  record(e: HistoryEntry): void {
    if (e.action === 'undo' && e.target !== null) {
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

/** The log in memory plus its file: entries by seq, the stacks, and durable appends. */
export class HistoryLog {
  private readonly bySeq = new Map<number, HistoryEntry>();
  private readonly stacks = new UndoStacks();
  private lastSeq = 0;

  constructor(
    readonly file: string,
    private readonly entries: HistoryEntry[],
    private tornTail: boolean,
  ) {
    for (const e of entries) this.index(e);
  }

  static async load(file: string): Promise<{ log: HistoryLog; warnings: string[] }> {
    const read = await readHistory(file);
    return { log: new HistoryLog(file, read.entries, read.tornTail), warnings: read.warnings };
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

  /** Appends and fsyncs one entry; only then is it part of the in-memory log. */
  async append(entry: HistoryEntry): Promise<void> {
    const line = `${this.tornTail ? '\n' : ''}${JSON.stringify(entry)}\n`;
    await appendLineDurable(this.file, line);
    if (this.entries.length === 0) await fsyncDir(path.dirname(this.file)); // the log may have just been created
    this.tornTail = false;
    this.entries.push(entry);
    this.index(entry);
  }
}
