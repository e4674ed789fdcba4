import { z } from 'zod';
import { Id } from './vocab';

/** What a group was when a reviewer decided: observation ids with a fingerprint of what they claimed. */
export const ResolutionBasis = z.array(z.object({ id: Id, fingerprint: z.string() }));

export const GroupKey = z.object({ entity: z.string(), indicator: z.string(), period: z.string() });
export type GroupKey = z.infer<typeof GroupKey>;

export const Resolution = z.object({
  id: Id,
  group: GroupKey,
  value: z.number().finite(),
  unit: z.string(),
  /** The observation the accepted value rests on; null when the reviewer typed a value by hand. */
  observationId: Id.nullable(),
  rationale: z.string().default(''),
  decidedBy: z.string().min(1),
  decidedAt: z.string().datetime(),
  basis: ResolutionBasis,
});
export type Resolution = z.infer<typeof Resolution>;
