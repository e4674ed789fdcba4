import { z } from 'zod';
import { DeprecationReason, Id, ObservationStatus, Qualifier } from './vocab';

/**
 * A citation anchored in the manner of the W3C TextQuoteSelector: the exact quote, some context either
 * side, and offsets (JavaScript string offsets into the source text as stored).
 */
export const QuoteAnchor = z
  .object({
    exact: z.string().min(1, 'a quote cannot be empty'),
    prefix: z.string().default(''),
    suffix: z.string().default(''),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((q) => q.end - q.start === q.exact.length, { message: 'quote offsets do not span the quote' });
export type QuoteAnchor = z.infer<typeof QuoteAnchor>;

/** Period in its interchange form: 2021, 2024-H1, 2024-Q2, 2024-M01..M05, 2024-08-16, 2021..2025. */
export const PeriodCode = z.string().min(1, 'a period is required');

export const Deprecation = z.object({ reason: DeprecationReason, note: z.string().default('') });

export const Observation = z.object({
  id: Id,
  entity: z.string().trim(),
  indicator: z.string().trim(),
  period: z.string().trim(),
  /** Normalised number; null only while a draft row is being filled in. */
  value: z.number().finite().nullable(),
  unit: z.string().trim(),
  qualifier: Qualifier,
  /** The figure as written in the source, never thrown away. */
  stated: z.string(),
  sourceId: Id.nullable(),
  quote: QuoteAnchor.nullable(),
  status: ObservationStatus,
  deprecation: Deprecation.nullable().default(null),
  note: z.string().default(''),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Observation = z.infer<typeof Observation>;

/** The fields a user may set; ids and timestamps belong to the backend. */
export const ObservationFields = Observation.omit({ id: true, createdAt: true, updatedAt: true });
export type ObservationFields = z.infer<typeof ObservationFields>;
// Without defaults: zod 4 fills defaults inside .partial(), which would clear note and deprecation on every edit.
export const ObservationPatch = ObservationFields.extend({ deprecation: Deprecation.nullable(), note: z.string() }).partial();
export type ObservationPatch = z.infer<typeof ObservationPatch>;
