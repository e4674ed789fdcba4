export { DatasetProvider, useDataset, errorText, type OpenDataset, type ChangeListener } from './open-dataset';
export { UiProvider, useUi, type UiStore, type View, type DialogName, type ShowInSourceRequest, type FocusRequest, type ReviewRequest } from './ui-store';
export type { DatasetLookups } from './lookups';
export type { SaveState } from './save-state';
export { useUndoRedo } from './use-undo-redo';
export { useSelectedObservation } from './use-selected-observation';
