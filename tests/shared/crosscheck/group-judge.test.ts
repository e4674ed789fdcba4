import { describe, expect, it } from 'vitest';
import { GROUP_STATUSES, type Qualifier } from '../../../shared/model/vocab';
import { judgeGroup, memberCode, type MemberColumns, NO_VALUE, type Verdict } from '../../../shared/crosscheck/group-judge';
import { StatusAccumulator } from '../../../shared/crosscheck/status';

/** Members as (value or null, unit code, qualifier, half-unit) into columns. */
function columns(members: [number | null, number, Qualifier, number][]): MemberColumns {
  return {
    value: Float64Array.from(members, (m) => m[0] ?? 0),
    code: Int32Array.from(members, (m) => (m[0] === null ? NO_VALUE : memberCode(m[1], m[2]))),
    half: new Float64Array(members.length),
  };
}

/** judgeGroup over all members; the half-units are copied in only when asked for, and the asks are counted. */
function judge(members: [number | null, number, Qualifier, number][], t = 0.05) {
  const cols = columns(members);
  const out: Verdict = { status: -1, spread: -1 };
  let reads = 0;
  judgeGroup(cols, 0, members.length, t, (from, to) => {
    reads++;
    for (let k = from; k < to; k++) cols.half[k] = members[k][3];
  }, new StatusAccumulator(), out);
  return { status: GROUP_STATUSES[out.status], spread: out.spread, reads };
}

describe('judgeGroup: the one verdict, half-units read last', () => {
  it('a lone member is single without reading anything', () => {
    expect(judge([[5, 0, 'exact', 0.5]])).toEqual({ status: 'single', spread: 0, reads: 0 });
  });
  it('members without a value are left out', () => {
    expect(judge([[5, 0, 'exact', 0.5], [null, 0, 'exact', 0]])).toMatchObject({ status: 'single', reads: 0 });
  });
  it('agree, incomparable and hedges that meet at h = 0 need no half-units', () => {
    expect(judge([[5, 0, 'exact', 0.5], [5, 0, 'over', 0.5]])).toMatchObject({ status: 'agree', reads: 0 });
    expect(judge([[5, 0, 'exact', 0.5], [6, 1, 'exact', 0.5]])).toMatchObject({ status: 'incomparable', reads: 0 });
    expect(judge([[29e9, 0, 'nearly', 0.5e9], [28.8e9, 0, 'over', 0.05e9]])).toMatchObject({ status: 'compatible', reads: 0 });
  });
  it('values apart at h = 0 are read: rounding makes 28,8 and 29 meet, 2,16% and 2,17% only touch', () => {
    expect(judge([[28.8e9, 0, 'exact', 0.05e9], [29e9, 0, 'exact', 0.5e9]])).toMatchObject({ status: 'compatible', reads: 1 });
    const touching = judge([[2.16, 0, 'exact', 0.005], [2.17, 0, 'exact', 0.005]]);
    expect(touching).toMatchObject({ status: 'conflict', reads: 1 });
    expect(touching.spread).toBeCloseTo(0.01 / 2.17, 12);
  });
  it('the spread is over the values, whatever the half-units say', () => {
    expect(judge([[-3, 0, 'exact', 0.5], [-2, 0, 'exact', 0.5]]).spread).toBeCloseTo(1 / 3, 12);
  });
  it('falls hedged on their size: "giảm gần 5%" meets a fall of 4,4%, "giảm hơn 5%" does not', () => {
    expect(judge([[-5, 0, 'nearly', 0.5], [-4.4, 0, 'exact', 0.05]]).status).toBe('compatible');
    expect(judge([[-5, 0, 'over', 0.5], [-4.4, 0, 'exact', 0.05]]).status).toBe('conflict');
  });
});
