import { GROUP_STATUSES, QUALIFIERS, type GroupStatus, type Qualifier } from '../model/vocab';
import { intervalHigh, intervalLow } from './interval';
import { StatusAccumulator } from './status';

export const STATUS_CODE = Object.fromEntries(GROUP_STATUSES.map((s, code) => [s, code])) as Record<GroupStatus, number>;
export const SINGLE = STATUS_CODE.single;
export const CONFLICT = STATUS_CODE.conflict;

/** Code of a member without a value: it says nothing yet and is left out of its group's verdict. */
export const NO_VALUE = -1;
/** A member's code is its unit's code times QUALIFIER_CODES plus its qualifier's index in QUALIFIERS. */
const QUALIFIER_CODES = 8;

/** A member's code from its unit's code; the model admits no qualifier outside QUALIFIERS (a schema checks rows). */
export function memberCode(unitCode: number, q: Qualifier): number {
  const code = QUALIFIERS.indexOf(q);
  if (code < 0) throw new Error(`unknown qualifier "${String(q)}"`);
  return unitCode * QUALIFIER_CODES + code;
}

/**
 * Members of groups as columns, a group's members at positions [from, to): the value, the member's code (memberCode
 * or NO_VALUE) and its half-unit, which is filled only for groups whose verdict needs it (needsHalfUnits).
 */
export interface MemberColumns {
  value: Float64Array;
  code: Int32Array;
  half: Float64Array;
}

/** A verdict: the status as an index into GROUP_STATUSES, and the spread. */
export interface Verdict {
  status: number;
  spread: number;
}

/**
 * The verdict on one group (domain.md, Cross-checking), the only place it is reached: the whole-dataset build and
 * every edit both come here. Reading a stated text for its half-unit is the costly step, so it comes last: first
 * the values alone, with h = 0 (single, incomparable and agree do not depend on intervals, and intervals only grow
 * with h, so figures that already meet need no reading); only a group in conflict at h = 0 has its members'
 * half-units read (`readHalfUnits` fills cols.half[from..to)) and is judged again with them.
 */
export function judgeGroup(
  cols: MemberColumns,
  from: number,
  to: number,
  t: number,
  readHalfUnits: (from: number, to: number) => void,
  acc: StatusAccumulator,
  out: Verdict,
): void {
  if (!judgeByValues(cols, from, to, t, acc, out)) return;
  readHalfUnits(from, to);
  judgeWithHalfUnits(cols, from, to, t, acc, out);
}

/**
 * judgeGroup's first step: sets status and spread from the values at h = 0 (the spread depends on the values only).
 * True when the group needs its half-units: its intervals miss at h = 0.
 */
export function judgeByValues(cols: MemberColumns, from: number, to: number, t: number, acc: StatusAccumulator, out: Verdict): boolean {
  if (to - from === 1) {
    // A lone observation needs no interval: it is single whatever it says.
    out.status = SINGLE;
    out.spread = 0;
    return false;
  }
  acc.reset();
  for (let k = from; k < to; k++) feed(cols, k, t, 0, acc);
  out.status = STATUS_CODE[acc.status];
  out.spread = acc.spread;
  return out.status === CONFLICT;
}

/**
 * judgeGroup's second step, for a group judgeByValues found in conflict (so not single, incomparable or agree):
 * compatible or conflict with each figure's half-unit; stops once no figure still to come could make them meet.
 */
export function judgeWithHalfUnits(cols: MemberColumns, from: number, to: number, t: number, acc: StatusAccumulator, out: Verdict): void {
  acc.reset();
  for (let k = from; k < to; k++) {
    feed(cols, k, t, cols.half[k], acc);
    if (acc.apart) {
      out.status = CONFLICT;
      return;
    }
  }
  out.status = STATUS_CODE[acc.status];
}

/** Member k's interval with half-unit h into the accumulator; a member without a value is left out. */
function feed(cols: MemberColumns, k: number, t: number, h: number, acc: StatusAccumulator): void {
  const code = cols.code[k];
  if (code === NO_VALUE) return;
  const v = cols.value[k];
  const q = QUALIFIERS[code % QUALIFIER_CODES];
  acc.add(v, code - (code % QUALIFIER_CODES), intervalLow(v, h, q, t), intervalHigh(v, h, q, t), h);
}
