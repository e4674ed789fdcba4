import type { DatasetDoc } from '../model/dataset';
import { DEFAULT_TOLERANCE } from '../model/dataset';
import type { Observation } from '../model/observation';
import type { GroupKey, Resolution } from '../model/resolution';
import type { Source } from '../model/source';
import type { GroupStatus, Language } from '../model/vocab';
import { GROUP_STATUSES } from '../model/vocab';
import { joinKey, keyParts, nameInterner, periodInterner, splitKey } from './group-table';
import { GroupKeyTable } from './group-key-table';
import { defaultHalfUnits, type HalfUnits } from './observation-interval';
import { isStale, needsReview, ResolutionIndex, reviewOrder } from './resolution-state';
import { buildGroups } from './group-build';
import { SINGLE } from './group-judge';
import { MembersJudge } from './members-judge';
import { grown } from './grown';

/**
 * One group as it stands: an immutable object, replaced by a new one whenever the group changes (so a view can
 * compare identities). Members keep dataset order, then the order they were added in.
 */
export interface GroupState {
  readonly key: GroupKey;
  readonly keyString: string;
  readonly members: readonly Observation[];
  readonly status: GroupStatus;
  readonly spread: number;
  /** The resolution in force for this group, stale or not. */
  readonly resolution: Resolution | null;
  readonly stale: boolean;
}

/** A group as the UI and the CLI see it: a snapshot, safe to keep. */
export interface GroupView {
  key: GroupKey;
  keyString: string;
  status: GroupStatus;
  spread: number;
  observationIds: string[];
  /** The resolution in force for this group, stale or not (a stale one stays visible). */
  resolution: Resolution | null;
  /** A resolution exists and still matches the group's observations exactly. */
  resolved: boolean;
  /** A resolution exists but the group changed since. */
  stale: boolean;
}

export interface GroupIndexOptions {
  /** Overrides the dataset's tolerance. */
  tolerance?: number;
  halfUnits?: HalfUnits;
  /** Language for observations whose source is unknown; null (default) guesses from the stated text. */
  fallbackLanguage?: Language | null;
}

export type StatusCounts = Record<GroupStatus, { total: number; open: number }>;

export type IndexInput = Pick<DatasetDoc, 'observations' | 'sources' | 'resolutions'> & { meta?: { tolerance?: number } };

/**
 * The key string of an observation's group (equal to groupKeyString(groupKeyOf(o))), or null when entity, indicator
 * or period is still empty: a row that does not yet say what it is about belongs to no group and is not checked.
 */
export function observationKeyString(o: { entity: string; indicator: string; period: string }): string | null {
  const k = keyParts(o);
  return k === null ? null : joinKey(k[0], k[1], k[2]);
}

/**
 * Groups of a dataset with their status, spread and resolution state, kept up to date edit by edit: an update
 * touches only the old and the new group of the observation (O(group size)); nothing is rescanned. Pure: the
 * renderer uses it in the browser, the CLI and the backend in Node. Mutating methods return the key strings of the
 * groups they changed so a view can refresh just those. The index keeps the observation objects it is given and
 * never changes them; callers pass a new object on each edit.
 *
 * Layout, for a million observations in under a second: entity, indicator and period strings become small
 * integer ids (each distinct string normalised once), groups are small integers found by those three ids in a hash
 * table of typed arrays (group-key-table.ts); status and spread sit in parallel typed arrays, so building makes no
 * object per observation or group. The build (group-build.ts) reads the observations only in dataset order and
 * sorts them by group once (counting sort) into one array where group g's members are the slice start[g]..start[g+1],
 * judging groups from typed columns in that order; a group edited later gets its own members array (`edited`),
 * used from then on. Ids of emptied groups are not reused. Counts per status are kept up to date as groups change,
 * so the status line can read them after every edit without a pass over the groups.
 */
export class GroupIndex {
  private readonly table = new GroupKeyTable();
  private readonly entities = nameInterner();
  private readonly indicators = nameInterner();
  private readonly periods = periodInterner();
  /** Status of group g as an index into GROUP_STATUSES, and its spread (valid for g < table.count). */
  private status = new Uint8Array(1024);
  private spread = new Float64Array(1024);
  /** Groups per status and how many of those need review, over live groups. */
  private readonly totals = new Int32Array(GROUP_STATUSES.length);
  private readonly open = new Int32Array(GROUP_STATUSES.length);
  /** Members as built: group g (g < builtCount) owns sorted[start[g]] .. sorted[start[g + 1] - 1]. */
  private readonly sorted: Observation[];
  private readonly start: Int32Array;
  private readonly builtCount: number;
  /** Members of groups edited (or made) after the build; takes precedence over the sorted slice. */
  private readonly edited: (Observation[] | undefined)[] = [];
  /** GroupState objects handed out, kept until their group changes: the grid asks once per row and per sort step. */
  private readonly states: (GroupState | undefined)[] = [];
  /** Stale flags of the groups that have a resolution in force (the others have none). */
  private readonly staleness = new Map<number, boolean>();
  private readonly languages = new Map<string, Language>();
  private readonly resolutions: ResolutionIndex;
  private tol: number;
  /** How stated texts are read for their half-units (shared by default: readings depend only on the words). */
  readonly halfUnits: HalfUnits;
  private readonly fallbackLanguage: Language | null;
  private readonly judgeOne = new MembersJudge();

  constructor(doc: IndexInput, options: GroupIndexOptions = {}) {
    this.tol = options.tolerance ?? doc.meta?.tolerance ?? DEFAULT_TOLERANCE;
    this.halfUnits = options.halfUnits ?? defaultHalfUnits;
    this.fallbackLanguage = options.fallbackLanguage ?? null;
    for (const s of doc.sources) this.languages.set(s.id, s.language);
    this.resolutions = new ResolutionIndex(doc.resolutions);

    // Grouping and judging every group, in passes that read memory in order (group-build.ts).
    const built = buildGroups(doc.observations, {
      table: this.table,
      entities: this.entities,
      indicators: this.indicators,
      periods: this.periods,
      tolerance: this.tol,
      halfUnits: this.halfUnits,
      languageOf: (o) => this.languageOf(o),
      reserve: (count) => {
        this.reserve(count);
        return { status: this.status, spread: this.spread };
      },
    });
    this.sorted = built.sorted;
    this.start = built.start;
    this.builtCount = built.count;
    // Only groups with a resolution need a resolution state: visit those, not every group.
    for (const ks of this.resolutions.keys()) {
      const g = this.idOfKey(ks);
      if (g >= 0) this.evaluateResolution(g);
    }
    this.recount();
  }

  get tolerance(): number {
    return this.tol;
  }

  /** Number of groups. */
  get size(): number {
    return this.table.size;
  }

  /** One group by key string. */
  group(keyString: string): GroupState | undefined {
    const g = this.idOfKey(keyString);
    return g < 0 ? undefined : this.state(g);
  }

  /** The group an observation belongs to by its key (null for a row without entity, indicator or period). */
  groupOf(o: { entity: string; indicator: string; period: string }): GroupState | null {
    const g = this.idOf(o);
    return g < 0 ? null : this.state(g);
  }

  /** Every group, in no promised order. */
  forEachGroup(fn: (g: GroupState) => void): void {
    for (let g = 0; g < this.table.count; g++) if (this.table.isLive(g)) fn(this.state(g));
  }

  resolutionFor(key: GroupKey | string): Resolution | null {
    return this.resolutions.resolutionFor(key);
  }

  add(o: Observation): string[] {
    const e = this.entities.id(o.entity);
    const i = this.indicators.id(o.indicator);
    const p = this.periods.id(o.period);
    if (e < 0 || i < 0 || p < 0) return [];
    const next = this.table.count;
    const g = this.table.idAt(e, i, p);
    if (g === next) {
      this.reserve(g + 1);
      this.status[g] = SINGLE;
      this.spread[g] = 0;
      this.edited[g] = [];
    } else this.uncount(g);
    const members = this.editable(g);
    const at = indexOfId(members, o.id);
    if (at >= 0) members[at] = o;
    else members.push(o);
    this.evaluate(g);
    return [this.keyStringOf(g)];
  }

  remove(o: Observation): string[] {
    let g = this.idOf(o);
    let at = g >= 0 ? indexOfId(this.members(g), o.id) : -1;
    if (at < 0) {
      // Not where its key says (the caller's copy was out of date): find it by id, the slow way.
      for (g = 0; g < this.table.count && at < 0; g++) if (this.table.isLive(g)) at = indexOfId(this.members(g), o.id);
      g--;
    }
    if (at < 0) return [];
    const members = this.editable(g);
    members.splice(at, 1);
    const ks = this.keyStringOf(g);
    this.uncount(g);
    if (members.length === 0) {
      this.table.delete(g);
      this.edited[g] = undefined;
      this.states[g] = undefined;
      this.staleness.delete(g);
    } else this.evaluate(g);
    return [ks];
  }

  /** One observation edited: `before` locates it, `after` replaces it (in place when the key did not change). */
  update(before: Observation, after: Observation): string[] {
    if (before.id === after.id) {
      const g = this.idOf(before);
      if (g >= 0 && g === this.idOf(after)) {
        const at = indexOfId(this.members(g), before.id);
        if (at >= 0) {
          this.editable(g)[at] = after;
          this.uncount(g);
          this.evaluate(g);
          return [this.keyStringOf(g)];
        }
      }
    }
    const touched = this.remove(before);
    for (const ks of this.add(after)) if (!touched.includes(ks)) touched.push(ks);
    return touched;
  }

  upsertResolution(r: Resolution): string[] {
    return this.refreshResolutions(this.resolutions.upsert(r));
  }

  removeResolution(id: string): string[] {
    return this.refreshResolutions(this.resolutions.remove(id));
  }

  /** A new tolerance changes every interval: every group is judged again (no regrouping). */
  setTolerance(tolerance: number): void {
    this.tol = tolerance;
    this.judgeAll();
  }

  /** Source languages decide how stated texts are read: every group is judged again (no regrouping). */
  setSources(sources: readonly Source[]): void {
    this.languages.clear();
    for (const s of sources) this.languages.set(s.id, s.language);
    this.judgeAll();
  }

  view(keyString: string): GroupView | null {
    const g = this.idOfKey(keyString);
    return g < 0 ? null : this.toView(g);
  }

  /** Every group, ordered by key string so that output is stable. */
  views(): GroupView[] {
    return this.liveIds()
      .map((g) => this.toView(g))
      .sort((a, b) => (a.keyString < b.keyString ? -1 : a.keyString > b.keyString ? 1 : 0));
  }

  /** Groups a reviewer must decide, worst first (resolution-state.ts). */
  reviewQueue(): GroupView[] {
    const open: { g: number; status: GroupStatus; spread: number; keyString: string }[] = [];
    for (const g of this.liveIds()) {
      const status = GROUP_STATUSES[this.status[g]];
      if (needsReview({ status, resolved: this.isResolved(g) })) {
        open.push({ g, status, spread: this.spread[g], keyString: this.keyStringOf(g) });
      }
    }
    return open.sort(reviewOrder).map((x) => this.toView(x.g));
  }

  /** Groups per status; `open` counts those needing review (always 0 for agree and single). Kept as groups change. */
  counts(): StatusCounts {
    const c = {} as StatusCounts;
    GROUP_STATUSES.forEach((s, code) => (c[s] = { total: this.totals[code], open: this.open[code] }));
    return c;
  }

  /** The language a member's stated text is read in: its source's, else the fallback (null: guess). */
  languageOf(o: Observation): Language | null {
    return (o.sourceId !== null ? this.languages.get(o.sourceId) : undefined) ?? this.fallbackLanguage;
  }

  /** Room for groups 0..count-1 in the per-group arrays. */
  private reserve(count: number): void {
    this.status = grown(this.status, count);
    this.spread = grown(this.spread, count);
  }

  private idOf(o: { entity: string; indicator: string; period: string }): number {
    const e = this.entities.id(o.entity);
    const i = this.indicators.id(o.indicator);
    const p = this.periods.id(o.period);
    return e < 0 || i < 0 || p < 0 ? -1 : this.table.find(e, i, p);
  }

  private idOfKey(keyString: string): number {
    const k = splitKey(keyString);
    if (k === null) return -1;
    const e = this.entities.idOfCanonical(k[0]);
    const i = this.indicators.idOfCanonical(k[1]);
    const p = this.periods.idOfCanonical(k[2]);
    return e < 0 || i < 0 || p < 0 ? -1 : this.table.find(e, i, p);
  }

  private entityOf(g: number): string {
    return this.entities.values[this.table.entity[g]];
  }

  private indicatorOf(g: number): string {
    return this.indicators.values[this.table.indicator[g]];
  }

  private periodOf(g: number): string {
    return this.periods.values[this.table.period[g]];
  }

  private keyStringOf(g: number): string {
    return joinKey(this.entityOf(g), this.indicatorOf(g), this.periodOf(g));
  }

  private liveIds(): number[] {
    const ids: number[] = [];
    for (let g = 0; g < this.table.count; g++) if (this.table.isLive(g)) ids.push(g);
    return ids;
  }

  /** Takes live group g out of the counts per status (before it changes). */
  private uncount(g: number): void {
    const s = this.status[g];
    this.totals[s]--;
    if (REVIEW_CODES[s] && !this.isResolved(g)) this.open[s]--;
  }

  /** Puts live group g into the counts per status (after it changed). */
  private count(g: number): void {
    const s = this.status[g];
    this.totals[s]++;
    if (REVIEW_CODES[s] && !this.isResolved(g)) this.open[s]++;
  }

  private recount(): void {
    this.totals.fill(0);
    this.open.fill(0);
    for (let g = 0; g < this.table.count; g++) if (this.table.isLive(g)) this.count(g);
  }

  /** The members of group g, read-only: the edited array itself, or the build's slice copied out. */
  private members(g: number): readonly Observation[] {
    return this.edited[g] ?? this.builtSlice(g);
  }

  /** Group g's members as built; none for a group made after the build (it always has its own array). */
  private builtSlice(g: number): Observation[] {
    return g < this.builtCount ? this.sorted.slice(this.start[g], this.start[g + 1]) : [];
  }

  /** The members of group g as its own array, copied out of the build's slice on the first edit. */
  private editable(g: number): Observation[] {
    let m = this.edited[g];
    if (m === undefined) this.edited[g] = m = this.builtSlice(g);
    return m;
  }

  /** Status and spread of group g from members[from..to); drafts without a value are left out. */
  private judge(g: number, members: readonly Observation[], from: number, to: number): void {
    this.states[g] = undefined;
    const judge = this.judgeOne;
    judge.judge(members, from, to, this);
    this.status[g] = judge.status;
    this.spread[g] = judge.spread;
  }

  private judgeAll(): void {
    for (let g = 0; g < this.table.count; g++) {
      if (!this.table.isLive(g)) continue;
      const m = this.edited[g];
      if (m) this.judge(g, m, 0, m.length);
      else this.judge(g, this.sorted, this.start[g], this.start[g + 1]);
    }
    this.recount();
  }

  /** Judges one edited group again (status, spread and resolution state) and counts it; uncount it first. */
  private evaluate(g: number): void {
    const m = this.editable(g);
    this.judge(g, m, 0, m.length);
    this.evaluateResolution(g);
    this.count(g);
  }

  private evaluateResolution(g: number): void {
    this.states[g] = undefined;
    const r =
      this.resolutions.size === 0 || !this.table.isLive(g) ? null : this.resolutions.resolutionFor(this.keyStringOf(g));
    if (r === null) this.staleness.delete(g);
    else this.staleness.set(g, isStale(r, this.members(g)));
  }

  private refreshResolutions(keys: string[]): string[] {
    const touched: string[] = [];
    for (const ks of keys) {
      const g = this.idOfKey(ks);
      if (g >= 0) {
        this.uncount(g);
        this.evaluateResolution(g);
        this.count(g);
        touched.push(ks);
      }
    }
    return touched;
  }

  private isResolved(g: number): boolean {
    return this.staleness.get(g) === false;
  }

  private state(g: number): GroupState {
    let st = this.states[g];
    if (st === undefined) {
      const stale = this.staleness.get(g);
      const keyString = this.keyStringOf(g);
      st = Object.freeze({
        key: Object.freeze({ entity: this.entityOf(g), indicator: this.indicatorOf(g), period: this.periodOf(g) }),
        keyString,
        // A copy: the edited array changes in place on the next edit, and this object must not.
        members: Object.freeze(this.edited[g]?.slice() ?? this.members(g)),
        status: GROUP_STATUSES[this.status[g]],
        spread: this.spread[g],
        resolution: stale === undefined ? null : this.resolutions.resolutionFor(keyString),
        stale: stale === true,
      });
      this.states[g] = st;
    }
    return st;
  }

  private toView(g: number): GroupView {
    const s = this.state(g);
    return {
      key: { ...s.key },
      keyString: s.keyString,
      status: s.status,
      spread: s.spread,
      observationIds: s.members.map((m) => m.id),
      resolution: s.resolution,
      resolved: s.resolution !== null && !s.stale,
      stale: s.stale,
    };
  }
}

/** By status code: needs a reviewer's decision while unresolved (resolution-state.ts). */
const REVIEW_CODES = GROUP_STATUSES.map((s) => needsReview({ status: s, resolved: false }));

function indexOfId(members: readonly Observation[], id: string): number {
  for (let i = 0; i < members.length; i++) if (members[i].id === id) return i;
  return -1;
}
