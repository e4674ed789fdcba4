import { z } from 'zod';

/** Hedges a source puts before a figure (domain.md, Qualifiers). */
export const QUALIFIERS = ['exact', 'approx', 'nearly', 'over', 'under', 'atLeast', 'atMost'] as const;
export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;

export const LANGUAGES = ['vi', 'en'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** Review state of one observation (issue 4): draft until checked against its quote. */
export const OBSERVATION_STATUSES = ['draft', 'verified', 'preferred', 'deprecated'] as const;
export const ObservationStatus = z.enum(OBSERVATION_STATUSES);
export type ObservationStatus = z.infer<typeof ObservationStatus>;

/** Cross-check verdict of a group (domain.md, Cross-checking). */
export const GROUP_STATUSES = ['single', 'agree', 'compatible', 'conflict', 'incomparable'] as const;
export const GroupStatus = z.enum(GROUP_STATUSES);
export type GroupStatus = z.infer<typeof GroupStatus>;

export const DEPRECATION_REASONS = ['outdated', 'rounded', 'different definition', 'error in source', 'other'] as const;
export const DeprecationReason = z.enum(DEPRECATION_REASONS);
export type DeprecationReason = z.infer<typeof DeprecationReason>;

/** ISO calendar date, checked for a real day (2021-02-30 is refused). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');

export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are 1–64 letters, digits, _ or -');
