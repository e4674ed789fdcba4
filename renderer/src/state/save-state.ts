/** What the status line shows about writes: "Saved" only once every write in flight has returned ok. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving'; pending: number }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string };

/** Methods whose success means something was made durable on disk (they return a Mutation). */
export const WRITE_METHODS = new Set<string>([
  'dataset-update-meta',
  'observations-create',
  'observations-update',
  'observations-delete',
  'sources-create',
  'sources-update',
  'sources-add-version',
  'sources-delete',
  'resolutions-create',
  'resolutions-create-many',
  'resolutions-delete',
  'history-undo',
  'history-redo',
  'settings-update',
  'catalogue-save-entity',
  'catalogue-save-indicator',
  'catalogue-delete',
  'catalogue-merge',
  'catalogue-add-alias',
  'catalogue-import',
  'reader-skip',
]);
