import type { Handlers } from '../../../shared/api/contract';
import type { BackendContext } from '../context';

type HistoryHandlers = Pick<Handlers, 'history-list' | 'history-undo' | 'history-redo'>;

/** Undo and redo are new history entries (action undo/redo, target = the entry reversed), so they survive a restart. */
export function historyHandlers(ctx: BackendContext): HistoryHandlers {
  return {
    'history-list': async ({ limit }) => {
      const store = ctx.store();
      return { entries: store.historyList(limit), undo: store.undoState() };
    },
    'history-undo': async () => ctx.store().undo(ctx.who()),
    'history-redo': async () => ctx.store().redo(ctx.who()),
  };
}
