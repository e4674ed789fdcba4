import { useCallback } from 'react';
import { useDataset } from './open-dataset';

/** Undo and redo through the backend's history (history-undo / history-redo), so they survive a restart. */
export function useUndoRedo() {
  const { run, undo: state } = useDataset();
  const undo = useCallback(() => (state.canUndo ? run('history-undo', {}) : undefined), [run, state.canUndo]);
  const redo = useCallback(() => (state.canRedo ? run('history-redo', {}) : undefined), [run, state.canRedo]);
  return { undo, redo, state };
}
