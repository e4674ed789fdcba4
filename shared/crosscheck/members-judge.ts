import type { Observation } from '../model/observation';
import type { Language } from '../model/vocab';
import { StringCodes } from './group-table';
import { judgeGroup, memberCode, type MemberColumns, NO_VALUE, type Verdict } from './group-judge';
import { grown } from './grown';
import type { HalfUnits } from './observation-interval';
import { StatusAccumulator } from './status';

/** How a group's members are read: the tolerance, the half-units and the language of each stated text. */
export interface JudgeContext {
  readonly tolerance: number;
  readonly halfUnits: HalfUnits;
  languageOf(o: Observation): Language | null;
}

/**
 * judgeGroup for one group held as member objects, as GroupIndex needs it edit by edit: the members are copied into
 * columns (a group has a handful), then judged. After `judge`, `status` and `spread` hold the verdict. One judge
 * serves many groups, so judging allocates nothing once its columns are as long as the largest group.
 */
export class MembersJudge implements Verdict {
  status = 0;
  spread = 0;
  private readonly cols: MemberColumns = { value: new Float64Array(64), code: new Int32Array(64), half: new Float64Array(64) };
  private readonly units = new StringCodes();
  private readonly acc = new StatusAccumulator();
  private members: readonly Observation[] = [];
  private from = 0;
  private ctx: JudgeContext | null = null;
  private readonly readHalfUnits = (from: number, to: number) => {
    const ctx = this.ctx!;
    for (let k = from; k < to; k++) {
      const o = this.members[this.from + k];
      if (o.value !== null) this.cols.half[k] = ctx.halfUnits.halfUnit(o.stated, ctx.languageOf(o), o.value);
    }
  };

  /** Members members[from..to); drafts without a value are left out. */
  judge(members: readonly Observation[], from: number, to: number, ctx: JudgeContext): void {
    const n = to - from;
    const cols = this.cols;
    cols.value = grown(cols.value, n);
    cols.code = grown(cols.code, n);
    cols.half = grown(cols.half, n);
    for (let k = 0; k < n; k++) {
      const o = members[from + k];
      if (o.value === null) cols.code[k] = NO_VALUE;
      else {
        cols.value[k] = o.value;
        cols.code[k] = memberCode(this.units.code(o.unit), o.qualifier);
      }
    }
    this.members = members;
    this.from = from;
    this.ctx = ctx;
    judgeGroup(cols, 0, n, ctx.tolerance, this.readHalfUnits, this.acc, this);
    this.members = [];
    this.ctx = null;
  }
}
