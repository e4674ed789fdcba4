/**
 * The grid's own keys, as in a spreadsheet. ag-grid community handles Enter, F2, Esc and arrows itself, but it starts
 * an editor on Ctrl+Enter (so a row was never added) and on Tab it opens the next cell's editor with the caret after
 * the text (typing then appended). These keys are taken from the grid and done by ObservationsGrid instead.
 */
export type GridKeyAction =
  | 'add-row' // Ctrl+Enter: commit any open editor, add a row below and edit it
  | 'tab-commit' // Tab / Shift+Tab in an editor: commit, move to the next cell without opening its editor
  | 'delete-rows' // Delete outside an editor: delete the selected rows (after confirming)
  | 'fill-down' // Ctrl+D: the selection's first row copied into the rows below it
  | 'select-all' // Ctrl+A: every row the filter and search show
  | 'extend-selection'; // Shift+arrow outside an editor: grow the cell range

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
}

const ARROWS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);

/** Which of the grid's own actions a key press is, or null to leave it to ag-grid (or the editor). */
export function gridKeyAction(e: KeyLike, editing: boolean): GridKeyAction | null {
  const mod = !!(e.ctrlKey || e.metaKey);
  if (e.key === 'Enter' && mod) return 'add-row';
  if (e.key === 'Tab' && editing && !mod && !e.altKey) return 'tab-commit';
  if (editing) return null; // inside an editor every other key belongs to the text
  if (e.key === 'Delete' && !mod) return 'delete-rows';
  if (mod && !e.altKey && !e.shiftKey) {
    const k = e.key.toLowerCase();
    if (k === 'd') return 'fill-down';
    if (k === 'a') return 'select-all';
  }
  if (e.shiftKey && !mod && ARROWS.has(e.key)) return 'extend-selection';
  return null;
}
