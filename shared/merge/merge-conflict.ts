import { z } from 'zod';
import { Id } from '../model/vocab';

/** Collections whose records merge one by one; `meta` is the one dataset-wide record. */
export const MERGED_COLLECTIONS = ['sources', 'entities', 'indicators', 'observations', 'resolutions'] as const;
export type MergedCollection = (typeof MERGED_COLLECTIONS)[number];

/** Who made one side of a merge, and when (the last commit on that side). */
export const MergeSide = z.object({ who: z.string(), at: z.string() });
export type MergeSide = z.infer<typeof MergeSide>;

/**
 * A record-level merge conflict (issue 13): one field changed on both sides to different values (`field` names it),
 * or the record deleted on one side and edited on the other (`field` is null). The dataset keeps the local value
 * until a reviewer picks one; both values are stored, never lost.
 */
export const MergeConflict = z.object({
  id: Id,
  collection: z.enum([...MERGED_COLLECTIONS, 'meta']),
  recordId: z.string(),
  field: z.string().nullable(),
  base: z.unknown(),
  ours: z.unknown(),
  theirs: z.unknown(),
  oursBy: MergeSide,
  theirsBy: MergeSide,
  detectedAt: z.string(),
});
export type MergeConflict = z.infer<typeof MergeConflict>;
