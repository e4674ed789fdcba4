/**
 * Method names only, with no zod: the sandboxed preload imports this list to expose one named function per
 * method without bundling the schemas. contract.ts checks that it matches the contract exactly.
 */
export const METHODS = [
  'app-info',
  'settings-update',
  'datasets-list',
  'datasets-create',
  'datasets-open',
  'datasets-open-sample',
  'datasets-close',
  'dataset-snapshot',
  'dataset-update-meta',
  'observations-create',
  'observations-update',
  'observations-delete',
  'sources-parse-file',
  'sources-create',
  'sources-update',
  'sources-add-version',
  'sources-delete',
  'sources-text',
  'resolutions-create',
  'resolutions-delete',
  'history-list',
  'history-undo',
  'history-redo',
  'validation-report',
  'export-start',
  'interchange-preview',
  'interchange-import',
  'jobs-status',
  'jobs-cancel',
] as const;
export type Method = (typeof METHODS)[number];
