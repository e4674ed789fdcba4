import type { Observation } from '../model/observation';
import type { Language } from '../model/vocab';
import { GROUP_STATUSES, type GroupStatus } from '../model/vocab';
import { intervalHigh, intervalLow } from './interval';
import type { HalfUnits } from './observation-interval';
import { StatusAccumulator } from './status';

export const STATUS_CODE = Object.fromEntries(GROUP_STATUSES.map((s, code) => [s, code])) as Record<GroupStatus, number>;
export const SINGLE = STATUS_CODE.single;
export const CONFLICT = STATUS_CODE.conflict;

/** How a group's members are read: the tolerance, the half-units and the language of each stated text. */
export interface JudgeContext {
  readonly tolerance: number;
  readonly halfUnits: HalfUnits;
  languageOf(o: Observation): Language | null;
}

/**
 * The verdict on one group from its member objects, as GroupIndex needs it edit by edit: after `judge`, `status` (a
 * code into GROUP_STATUSES) and `spread` hold the answer. One judge serves many groups, so judging allocates nothing.
 * group-build.ts reaches the same verdicts for a whole dataset from typed columns, in the same two steps.
 */
export class GroupJudge {
  status = SINGLE;
  spread = 0;
  private readonly acc = new StatusAccumulator();

  /** Members members[from..to); drafts without a value are left out. */
  judge(members: readonly Observation[], from: number, to: number, ctx: JudgeContext): void {
    if (this.atZero(members, from, to, ctx.tolerance)) this.withHalfUnits(members, from, to, ctx);
  }

  /**
   * Reading a stated text for its half-unit is the costly step (a cached parse per distinct text), so it comes last.
   * First, in one pass with h = 0: single, incomparable and agree do not depend on intervals, and intervals only grow
   * with h, so hedged figures that already meet need no reading. Sets status and spread; true when the intervals
   * miss at h = 0, so the half-units must be read (withHalfUnits).
   */
  private atZero(members: readonly Observation[], from: number, to: number, t: number): boolean {
    if (to - from === 1) {
      // A lone observation needs no interval: it is single whatever it says.
      this.status = SINGLE;
      this.spread = 0;
      return false;
    }
    const acc = this.acc;
    acc.reset();
    for (let k = from; k < to; k++) {
      const o = members[k];
      const v = o.value;
      if (v !== null) acc.add(v, o.unit, intervalLow(v, 0, o.qualifier, t), intervalHigh(v, 0, o.qualifier, t));
    }
    const status = acc.status;
    this.status = STATUS_CODE[status];
    // The spread depends on the values only: this pass has them all.
    this.spread = acc.spread;
    return status === 'conflict';
  }

  /**
   * compatible or conflict with each figure's half-unit, for a group atZero found in conflict at h = 0 (so not
   * single, incomparable or agree); stops once no figure still to come could make the intervals meet.
   */
  private withHalfUnits(members: readonly Observation[], from: number, to: number, ctx: JudgeContext): void {
    const acc = this.acc;
    const t = ctx.tolerance;
    acc.reset();
    for (let k = from; k < to; k++) {
      const o = members[k];
      const v = o.value;
      if (v === null) continue;
      const h = ctx.halfUnits.halfUnit(o.stated, ctx.languageOf(o), v);
      acc.add(v, o.unit, intervalLow(v, h, o.qualifier, t), intervalHigh(v, h, o.qualifier, t), h);
      if (acc.apart) {
        this.status = CONFLICT;
        return;
      }
    }
    this.status = STATUS_CODE[acc.status];
  }
}
