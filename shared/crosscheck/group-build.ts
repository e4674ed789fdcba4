import type { Observation } from '../model/observation';
import type { Language } from '../model/vocab';
import { type Interner, StringCodes } from './group-table';
import type { GroupKeyTable } from './group-key-table';
import { judgeByValues, judgeWithHalfUnits, memberCode, type MemberColumns, NO_VALUE, SINGLE, type Verdict } from './group-judge';
import type { JudgeContext } from './members-judge';
import { StatusAccumulator } from './status';

/** Rows whose key parts are read before their groups are looked up (see pass 1). */
const BLOCK = 16_384;

export interface BuildContext extends JudgeContext {
  table: GroupKeyTable;
  entities: Interner;
  indicators: Interner;
  periods: Interner;
  /** Makes room for groups 0..count-1 and returns the per-group status and spread arrays to fill. */
  reserve(count: number): { status: Uint8Array; spread: Float64Array };
}

export interface Built {
  /** Group g's members are sorted[start[g]] .. sorted[start[g + 1] - 1], in dataset order. */
  sorted: Observation[];
  start: Int32Array;
  count: number;
}

/**
 * Groups a whole dataset and judges every group, in passes that walk memory in order. A real dataset lists
 * observations in creation order (one article at a time), so a group's members lie far apart; visiting them group by
 * group through the objects costs a cache miss or more per field read. So the objects are read once, in dataset
 * order, into typed columns (group id, value, one code for unit and qualifier); a counting sort then copies the
 * columns into group order (CSR: group g owns positions start[g]..start[g + 1]), where groups are judged reading
 * memory sequentially. Groups that need the half-units (in conflict at h = 0) have their members' stated texts read in one
 * more pass in dataset order. The verdicts are judgeGroup's two steps (group-judge.ts), with that pass between them.
 */
export function buildGroups(observations: readonly Observation[], ctx: BuildContext): Built {
  const { table, entities, indicators, periods } = ctx;
  const n = observations.length;

  // 1. One sequential pass over the objects: each row's group id. A block of rows has its key parts read first and
  // its groups looked up after: the lookups land anywhere in the group table, and a loop of nothing but lookups lets
  // the processor wait for several of them at once.
  const gid = new Int32Array(n);
  const e = new Int32Array(BLOCK);
  const i = new Int32Array(BLOCK);
  const p = new Int32Array(BLOCK);
  for (let from = 0; from < n; from += BLOCK) {
    const to = Math.min(n, from + BLOCK);
    for (let k = from; k < to; k++) {
      const o = observations[k];
      e[k - from] = entities.id(o.entity);
      i[k - from] = indicators.id(o.indicator);
      p[k - from] = periods.id(o.period);
    }
    for (let k = from, b = 0; k < to; k++, b++) {
      gid[k] = e[b] < 0 || i[b] < 0 || p[b] < 0 ? -1 : table.idAt(e[b], i[b], p[b]);
    }
  }

  // 2. Counting sort by group, keeping dataset order within a group: a second sequential pass over the objects
  // copies value, unit and qualifier (as one code) straight into group order. Columns are few and allocated once:
  // the heap already holds every observation, and a collection it triggers here costs more than the passes
  // themselves (memory outside the heap counts too: past some tens of megabytes V8 collects the whole heap).
  const count = table.count;
  const { status, spread } = ctx.reserve(count);
  const start = new Int32Array(count + 1);
  for (let k = 0; k < n; k++) if (gid[k] >= 0) start[gid[k] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const total = start[count];
  const fill = start.slice(0, count);
  const sorted: Observation[] = new Array(total);
  const sValue = new Float64Array(total);
  const sCode = new Int32Array(total);
  const units = new StringCodes();
  for (let k = 0; k < n; k++) {
    const g = gid[k];
    if (g < 0) continue;
    const at = fill[g]++;
    const o = observations[k];
    sorted[at] = o;
    const v = o.value;
    if (v === null) sCode[at] = NO_VALUE;
    else {
      sValue[at] = v;
      sCode[at] = memberCode(units.code(o.unit), o.qualifier);
    }
  }

  // 3. Every group by its values, at h = 0 (judgeGroup's first step): sequential over the columns.
  const cols: MemberColumns = { value: sValue, code: sCode, half: EMPTY_HALF };
  const acc = new StatusAccumulator();
  const verdict: Verdict = { status: SINGLE, spread: 0 };
  const t = ctx.tolerance;
  const reading = new Uint8Array(count);
  let anyReading = false;
  for (let g = 0; g < count; g++) {
    if (judgeByValues(cols, start[g], start[g + 1], t, acc, verdict)) {
      reading[g] = 1;
      anyReading = true;
    }
    status[g] = verdict.status;
    spread[g] = verdict.spread;
  }
  if (!anyReading) return { sorted, start, count };

  // 4. Half-units of the members of groups that need them, read in dataset order (the objects' memory order) from
  // the one cache of readings (HalfUnits).
  cols.half = new Float64Array(total);
  let lastSource: string | null | undefined;
  let lastLanguage: Language | null = null;
  // Positions in group order again, as pass 2 handed them out: the same walk in the same order.
  fill.set(start.subarray(0, count));
  for (let k = 0; k < n; k++) {
    const g = gid[k];
    if (g < 0) continue;
    const at = fill[g]++;
    if (reading[g] === 0) continue;
    const o = observations[k];
    if (o.value === null) continue;
    // Rows of one article follow each other: its language is looked up once per run.
    if (o.sourceId !== lastSource) {
      lastSource = o.sourceId;
      lastLanguage = ctx.languageOf(o);
    }
    cols.half[at] = ctx.halfUnits.halfUnit(o.stated, lastLanguage, o.value);
  }

  // 5. Those groups with each figure's half-unit (judgeGroup's second step).
  for (let g = 0; g < count; g++) {
    if (reading[g] === 0) continue;
    judgeWithHalfUnits(cols, start[g], start[g + 1], t, acc, verdict);
    status[g] = verdict.status;
  }
  return { sorted, start, count };
}

/** No half-units read yet: pass 4 allocates them only when some group needs them. */
const EMPTY_HALF = new Float64Array(0);
