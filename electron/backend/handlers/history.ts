import type { Handlers } from '../../../shared/api/contract';
import type { BackendContext } from '../context';

type HistoryHandlers = Pick<Handlers, 'history-list' | 'history-undo' | 'history-redo'>;

/**
 * Undo and redo are new history entries (action undo/redo, target = the entry reversed), so they survive a restart.
 * Each client (window or tab) undoes its own changes; dispatch puts the caller's own undo state in every answer.
 */
export function historyHandlers(ctx: BackendContext): HistoryHandlers {
  return {
    'history-list': async ({ limit }) => {
      const store = ctx.store();
      return { entries: store.historyList(limit), undo: store.undoState() };
    },
    'history-undo': async () => ctx.clients().step('undo', ctx.who()),
    'history-redo': async () => ctx.clients().step('redo', ctx.who()),
  };
}
