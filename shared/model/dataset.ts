import { z } from 'zod';
import { Observation } from './observation';
import { Resolution } from './resolution';
import { Source } from './source';
import { MergeConflict } from '../merge/merge-conflict';
import { Id } from './vocab';

/** Bumped on any incompatible change; a file with a higher version is refused, never rewritten. */
export const SCHEMA_VERSION = 1;
export const DEFAULT_TOLERANCE = 0.05;

/**
 * The catalogue (issue 9): entities and indicators with their aliases in any language. Matching folds case and
 * diacritics; an alias belongs to one record only.
 */
export const Alias = z.string().trim().min(1, 'an alias cannot be empty').max(200);
export const Entity = z.object({
  id: Id,
  name: z.string().trim().min(1),
  /** province, country, region, city, company, … */
  kind: z.string().default(''),
  aliases: z.array(Alias).default([]),
});
export type Entity = z.infer<typeof Entity>;

export const Indicator = z.object({
  id: Id,
  name: z.string().trim().min(1),
  /** The canonical unit its figures must have (domain.md, Units); '' when not fixed. */
  unit: z.string().default(''),
  definition: z.string().default(''),
  aliases: z.array(Alias).default([]),
});
export type Indicator = z.infer<typeof Indicator>;

export const Contributor = z.object({ title: z.string().min(1), role: z.string().default('contributor'), email: z.string().default('') });
export const License = z.object({ name: z.string().min(1), title: z.string().default(''), path: z.string().default('') });

export const DatasetMeta = z.object({
  id: Id,
  name: z.string().trim().min(1, 'a dataset needs a name'),
  title: z.string().default(''),
  description: z.string().default(''),
  tolerance: z.number().min(0).max(1).default(DEFAULT_TOLERANCE),
  licenses: z.array(License).default([]),
  contributors: z.array(Contributor).default([]),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/** The metadata a user may edit, without defaults (see SourceMetaPatch for why). */
export const DatasetMetaPatch = z
  .object({
    name: DatasetMeta.shape.name,
    title: z.string(),
    description: z.string(),
    tolerance: z.number().min(0).max(1),
    licenses: z.array(License),
    contributors: z.array(Contributor),
  })
  .partial();
export type DatasetMetaPatch = z.infer<typeof DatasetMetaPatch>;

/** The whole lowdb document (dataset.json); source texts live beside it under sources/. */
export const DatasetDoc = z.object({
  schemaVersion: z.number().int().positive(),
  meta: DatasetMeta,
  sources: z.array(Source),
  entities: z.array(Entity),
  indicators: z.array(Indicator),
  observations: z.array(Observation),
  resolutions: z.array(Resolution),
  /** Record-level conflicts a git merge found (issue 13), waiting for a reviewer; written only when there are some. */
  mergeConflicts: z.array(MergeConflict).optional(),
  /**
   * The seq of the last history.jsonl entry this file holds. Later entries (edits made durable in the log while the
   * file was not yet rewritten) are applied on reading. Absent in files from before the log was a journal: all held.
   */
  historySeq: z.number().int().nonnegative().optional(),
});
export type DatasetDoc = z.infer<typeof DatasetDoc>;
