import { z } from 'zod';
import { GroupStatus, Id } from './vocab';

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
  /** The group's status when decided (absent in decisions made before it was recorded). */
  status: GroupStatus.optional(),
  /**
   * Set when a tolerance change gave the group another status than it had when decided: the decision stands, but a
   * reviewer should look at it again (issue 11). Absent or false otherwise.
   */
  recheck: z.boolean().optional(),
});
export type Resolution = z.infer<typeof Resolution>;
