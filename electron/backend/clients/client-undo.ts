import type { UndoState } from '../../../shared/api/contract';
import type { HistoryEntry } from '../../../shared/model/history';
import { UndoStacks } from '../store/history-log';

/**
 * Undo and redo per client (window or tab), as in shared documents: Undo reverses this client's own last change,
 * never another's. The stacks are derived from the log (each entry names its client), so they survive a restart.
 */
export class ClientUndo {
  private readonly stacks = new Map<string, UndoStacks>();
  private readonly bySeq = new Map<number, HistoryEntry>();

  record(e: HistoryEntry): void {
    this.bySeq.set(e.seq, e);
    const client = e.client ?? '';
    let s = this.stacks.get(client);
    if (!s) this.stacks.set(client, (s = new UndoStacks()));
    s.record(e);
  }

  /** The entry this client's Undo (or Redo) would reverse (or re-apply), or null. */
  target(client: string, which: 'undo' | 'redo'): HistoryEntry | null {
    const s = this.stacks.get(client);
    const seq = s ? (which === 'undo' ? s.nextUndo() : s.nextRedo()) : null;
    return seq === null ? null : (this.bySeq.get(seq) ?? null);
  }

  state(client: string): UndoState {
    const u = this.target(client, 'undo');
    const r = this.target(client, 'redo');
    return { canUndo: u !== null, canRedo: r !== null, undoLabel: u?.label ?? null, redoLabel: r?.label ?? null };
  }
}
