import type { TallyApi } from '../../../shared/api/contract';
import type { MenuArgs, MenuCommand, TallyShell } from '../../../shared/api/shell';
import { createHttpApi } from './http-client';
import { captureToken } from './token';

// Electron's preload sets window.tally; without it this is the browser mode, which talks HTTP with the token the
// server printed (captured once, before anything renders).
const bridge = window.tally;
const token = bridge ? null : captureToken();

/** The whole backend API, the same in both shells: every method returns a Result. */
export const api: TallyApi = bridge ?? createHttpApi(() => token);

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
