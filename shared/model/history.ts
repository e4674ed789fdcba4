import { z } from 'zod';

/** Collections a history entry can touch. */
export const HistoryCollection = z.enum(['observations', 'sources', 'resolutions', 'entities', 'indicators', 'meta']);

/** One record's before and after; null means absent (created or deleted). */
export const HistoryChange = z.object({
  collection: HistoryCollection,
  id: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type HistoryChange = z.infer<typeof HistoryChange>;

/** One line of history.jsonl, the dataset's append-only log. */
export const HistoryEntry = z.object({
  seq: z.number().int().positive(),
  at: z.string().datetime(),
  who: z.string(),
  action: z.string(), // e.g. observations-update, sources-create, undo, redo
  label: z.string(), // human words: "Edit value of obs-12"
  changes: z.array(HistoryChange),
  /** For undo/redo entries: the seq of the entry they reverse or re-apply. */
  target: z.number().int().positive().nullable().default(null),
  /** The window or tab that made it (absent for the command line, tests and logs written before clients had ids). */
  client: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
