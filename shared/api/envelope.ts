import { z } from 'zod';
import { HistoryChange } from '../model/history';
import type { Method } from './methods';

/**
 * What every call from a window or tab carries besides its input: which client it is, the dataset it shows and the
 * last history seq it has applied. The backend refuses a change meant for another dataset (WRONG_DATASET) or one that
 * would overwrite a record someone else changed after `baseSeq` (STALE).
 */
export const CallEnvelope = z
  .object({
    /** A random id per window or tab: undo stacks and "who changed it" are per client. */
    client: z.string().trim().min(1).max(100),
    /** The dataset folder the client shows; null on the start screen. */
    dataset: z.string().min(1).max(4096).nullable(),
    /** The last history seq the client has applied (0 before any). */
    baseSeq: z.number().int().nonnegative(),
  })
  .strict();
export type CallEnvelope = z.infer<typeof CallEnvelope>;

/** Methods that do not act on the open dataset: they may run whatever dataset the client shows. */
export const DATASET_FREE_METHODS: ReadonlySet<Method> = new Set<Method>([
  'app-info',
  'settings-update',
  'datasets-list',
  'datasets-create',
  'datasets-open',
  'datasets-open-sample',
  // The refresh after WRONG_DATASET: whatever is open now, with its path and seq.
  'dataset-snapshot',
  'sources-parse-file',
  'jobs-status',
  'jobs-cancel',
]);

/** What the backend pushes to every client after a change is durable, or when another dataset was opened or closed. */
export const PushEvent = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('mutation'),
    dataset: z.string(),
    seq: z.number().int().positive(),
    action: z.string(),
    label: z.string(),
    who: z.string(),
    /** The client that made it ('' for a caller without an envelope, e.g. the command line or a test). */
    client: z.string(),
    changes: z.array(HistoryChange),
    /** Every observation whose quote is not found in its source after the change. */
    orphanedObservationIds: z.array(z.string()),
  }),
  z.object({ kind: z.literal('dataset'), dataset: z.string().nullable(), client: z.string() }),
  /** First on a new stream: what is open and its last seq, so a client that missed a change meanwhile reloads. */
  z.object({ kind: z.literal('hello'), dataset: z.string().nullable(), seq: z.number().int().nonnegative() }),
]);
export type PushEvent = z.infer<typeof PushEvent>;
