import type { Observation } from '../model/observation';
import type { GroupStatus, Language, Qualifier } from '../model/vocab';
import { GROUP_STATUSES, QUALIFIERS } from '../model/vocab';
import { type GroupKeyTable, type Interner, StringCodes } from './group-table';
import { intervalHigh, intervalLow } from './interval';
import { HalfUnitMemo } from './half-unit-memo';
import type { HalfUnits } from './observation-interval';
import { StatusAccumulator } from './status';

export const STATUS_CODE = Object.fromEntries(GROUP_STATUSES.map((s, code) => [s, code])) as Record<GroupStatus, number>;
export const SINGLE = STATUS_CODE.single;
export const CONFLICT = STATUS_CODE.conflict;

/** Qualifier code of a member without a value: it says nothing yet and is left out of its group's verdict. */
const NO_VALUE = -1;

export interface BuildContext {
  table: GroupKeyTable;
  entities: Interner;
  indicators: Interner;
  periods: Interner;
  tolerance: number;
  halfUnits: HalfUnits;
  /** The language an observation's stated text is read in (null: guess). */
  languageOf(o: Observation): Language | null;
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
 * order, into typed columns (group id, value, unit code, qualifier code); a counting sort then copies the columns into
 * group order (CSR: group g owns positions start[g]..start[g + 1]), where groups are judged reading memory
 * sequentially. Groups that need the half-units (in conflict at h = 0) have their members' stated texts read in one
 * more pass in dataset order. The verdicts are those of StatusAccumulator fed member by member, as in
 * GroupIndex.judgeValues and judgeIntervals.
 */
export function buildGroups(observations: readonly Observation[], ctx: BuildContext): Built {
  const { table, entities, indicators, periods } = ctx;
  const n = observations.length;

  // 1. One sequential pass over the objects: each row's group id.
  const gid = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const o = observations[k];
    const e = entities.id(o.entity);
    const i = indicators.id(o.indicator);
    const p = periods.id(o.period);
    gid[k] = e < 0 || i < 0 || p < 0 ? -1 : table.idAt(e, i, p);
  }

  // 2. Counting sort by group, keeping dataset order within a group: a second sequential pass over the objects
  // copies value, unit and qualifier (as codes) straight into group order. Columns are few and allocated once: the
  // heap already holds every observation, and a collection it triggers here costs more than the passes themselves.
  const count = table.count;
  const { status, spread } = ctx.reserve(count);
  const start = new Int32Array(count + 1);
  for (let k = 0; k < n; k++) if (gid[k] >= 0) start[gid[k] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const total = start[count];
  const fill = start.slice(0, count);
  const sorted: Observation[] = new Array(total);
  const sValue = new Float64Array(total);
  const sUnit = new Int32Array(total);
  const sQual = new Int32Array(total);
  const units = new StringCodes();
  const quals = new StringCodes();
  for (let k = 0; k < n; k++) {
    const g = gid[k];
    if (g < 0) continue;
    const at = fill[g]++;
    const o = observations[k];
    sorted[at] = o;
    const v = o.value;
    if (v === null) sQual[at] = NO_VALUE;
    else {
      sValue[at] = v;
      sUnit[at] = units.code(o.unit);
      sQual[at] = quals.code(o.qualifier);
    }
  }
  // Qualifier codes back to words, as the constants themselves where they are known ones (equal words, and a
  // switch on a constant compares pointers).
  const qualifierOf = quals.values.map((q) => (QUALIFIERS.find((c) => c === q) ?? q) as Qualifier);

  // 3. Every group by its values, at h = 0 (see GroupIndex.judgeValues): sequential over the columns.
  const acc = new StatusAccumulator();
  const t = ctx.tolerance;
  const reading = new Uint8Array(count);
  let anyReading = false;
  for (let g = 0; g < count; g++) {
    const from = start[g];
    const to = start[g + 1];
    if (to - from === 1) {
      status[g] = SINGLE;
      spread[g] = 0;
      continue;
    }
    acc.reset();
    for (let k = from; k < to; k++) {
      const q = sQual[k];
      if (q === NO_VALUE) continue;
      const v = sValue[k];
      const qw = qualifierOf[q];
      acc.add(v, sUnit[k], intervalLow(v, 0, qw, t), intervalHigh(v, 0, qw, t));
    }
    const s = acc.status;
    status[g] = STATUS_CODE[s];
    spread[g] = acc.spread;
    if (s === 'conflict') {
      reading[g] = 1;
      anyReading = true;
    }
  }
  if (!anyReading) return { sorted, start, count };

  // 4. Half-units of the members of groups that need them, read in dataset order (the objects' memory order).
  const half = new Float64Array(total);
  const halfUnits = new HalfUnitMemo(ctx.halfUnits);
  let lastSource: string | null | undefined;
  let lastLanguage: Language | null = null;
  // Positions in group order again, as pass 2 handed them out: the same walk in the same order.
  fill.set(start.subarray(0, count));
  for (let k = 0; k < n; k++) {
    const g = gid[k];
    if (g < 0) continue;
    const at = fill[g]++;
    if (reading[g] === 0 || sQual[at] === NO_VALUE) continue;
    const o = observations[k];
    // Rows of one article follow each other: its language is looked up once per run.
    if (o.sourceId !== lastSource) {
      lastSource = o.sourceId;
      lastLanguage = ctx.languageOf(o);
    }
    half[at] = halfUnits.halfUnit(o.stated, lastLanguage, sValue[at]);
  }

  // 5. Those groups with each figure's half-unit (see GroupIndex.judgeIntervals).
  for (let g = 0; g < count; g++) {
    if (reading[g] === 0) continue;
    acc.reset();
    let code = -1;
    for (let k = start[g], to = start[g + 1]; k < to; k++) {
      const q = sQual[k];
      if (q === NO_VALUE) continue;
      const v = sValue[k];
      const h = half[k];
      const qw = qualifierOf[q];
      acc.add(v, sUnit[k], intervalLow(v, h, qw, t), intervalHigh(v, h, qw, t), h);
      if (acc.apart) {
        code = CONFLICT;
        break;
      }
    }
    status[g] = code >= 0 ? code : STATUS_CODE[acc.status];
  }
  return { sorted, start, count };
}
