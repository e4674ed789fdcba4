import type { TallyApi } from '../../../shared/api/contract';
import { METHODS, type Method } from '../../../shared/api/methods';
import type { TallyErrorData } from '../../../shared/api/result';
import type { MenuArgs, MenuCommand, TallyShell, TallyTransport } from '../../../shared/api/shell';
import { createHttpApi } from './http-client';
import { subscribeIpc, subscribeSse, type PushHandlers } from './push';
import { envelope } from './session';
import { captureToken } from './token';

// Electron's preload sets window.tally; without it this is the browser mode, which talks HTTP with the token the
// server printed (captured once, before anything renders).
const bridge = window.tally;
const token = bridge ? null : captureToken();
const transport: TallyTransport = bridge ?? createHttpApi(() => token);

type RefusalListener = (error: TallyErrorData) => void;
const refusalListeners = new Set<RefusalListener>();

/**
 * Hears every call the backend refused because this client's copy is out of date (STALE) or shows another dataset
 * than the open one (WRONG_DATASET), whichever code made the call: the dataset store then reloads its snapshot.
 */
export function onOutdated(listener: RefusalListener): () => void {
  refusalListeners.add(listener);
  return () => void refusalListeners.delete(listener);
}

function withEnvelope(t: TallyTransport): TallyApi {
  const calls: Partial<Record<Method, unknown>> = {};
  for (const method of METHODS) {
    const send = t[method] as (input: unknown, env: ReturnType<typeof envelope>) => ReturnType<TallyApi[Method]>;
    calls[method] = async (input: unknown) => {
      const result = await send(input, envelope());
      if (!result.ok && (result.error.code === 'STALE' || result.error.code === 'WRONG_DATASET')) {
        for (const l of refusalListeners) l(result.error);
      }
      return result;
    };
  }
  return calls as TallyApi;
}

/** The whole backend API, the same in both shells: every method returns a Result, and every call its envelope. */
export const api: TallyApi = withEnvelope(transport);

/** Changes other windows and tabs made, live: over IPC in Electron, over Server-Sent Events in the browser. */
export function subscribePush(handlers: PushHandlers): () => void {
  return bridge ? subscribeIpc(bridge.onPush, handlers) : subscribeSse(() => token, handlers);
}

/** Which shell runs the page, and its native menu's commands (the browser mode has none: onMenu never fires). */
export const shell: TallyShell = bridge
  ? { mode: 'electron', onMenu: (listener) => bridge.onMenu(keepTextUndo(listener)) }
  : { mode: 'web', onMenu: () => () => {} };

/**
 * Undo/Redo from the menu while a text field has focus undo the typing, not the dataset: the field's own undo runs
 * and the command stops here.
 */
function keepTextUndo(listener: (command: MenuCommand, args: MenuArgs) => void) {
  return (command: MenuCommand, args: MenuArgs) => {
    if ((command === 'undo' || command === 'redo') && isTextField(document.activeElement)) {
      document.execCommand(command);
      return;
    }
    listener(command, args);
  };
}

function isTextField(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable;
}
