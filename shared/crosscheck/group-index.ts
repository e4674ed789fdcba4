import type { DatasetDoc } from '../model/dataset';
import { DEFAULT_TOLERANCE } from '../model/dataset';
import type { Observation } from '../model/observation';
import type { GroupKey, Resolution } from '../model/resolution';
import type { Source } from '../model/source';
import type { GroupStatus, Language } from '../model/vocab';
import { GROUP_STATUSES } from '../model/vocab';
import { cachedName, GroupTable, joinKey, keyParts, splitKey } from './group-table';
import { intervalHigh, intervalLow } from './interval';
import { defaultHalfUnits, type HalfUnits } from './observation-interval';
import { isStale, needsReview, ResolutionIndex, reviewOrder } from './resolution-state';
import { StatusAccumulator } from './status';

/** One group as the index keeps it (read-only outside the index). Members keep the order they were added in. */
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
 * A group is its own status accumulator: observations stream into it as they are grouped, so a full check is one
 * pass over the dataset and adding an observation costs O(1). Removing or replacing one re-feeds the group's
 * members (O(group size)), since a maximum cannot be taken back.
 */
class Group extends StatusAccumulator implements GroupState {
  readonly members: Observation[] = [];
  resolution: Resolution | null = null;
  stale = false;
  private ks: string | null = null;

  constructor(
    readonly entity: string,
    readonly indicator: string,
    readonly period: string,
  ) {
    super();
  }

  get key(): GroupKey {
    return { entity: this.entity, indicator: this.indicator, period: this.period };
  }

  get keyString(): string {
    return (this.ks ??= joinKey(this.entity, this.indicator, this.period));
  }

  get resolved(): boolean {
    return this.resolution !== null && !this.stale;
  }
}

const newGroup = (e: string, i: string, p: string) => new Group(e, i, p);

/**
 * Groups of a dataset with their status, spread and resolution state, kept up to date edit by edit: an update
 * touches only the old and the new group of the observation (O(group size)); nothing is rescanned. Pure: the
 * renderer uses it in the browser, the CLI and the backend in Node. Mutating methods return the key strings of the
 * groups they changed so a view can refresh just those. The index keeps the observation objects it is given and
 * never changes them; callers pass a new object on each edit.
 */
export class GroupIndex {
  private readonly groups = new GroupTable<Group>();
  private readonly languages = new Map<string, Language>();
  private resolutions: ResolutionIndex;
  private tol: number;
  private readonly halfUnits: HalfUnits;
  private readonly fallbackLanguage: Language | null;

  constructor(doc: IndexInput, options: GroupIndexOptions = {}) {
    this.tol = options.tolerance ?? doc.meta?.tolerance ?? DEFAULT_TOLERANCE;
    this.halfUnits = options.halfUnits ?? defaultHalfUnits;
    this.fallbackLanguage = options.fallbackLanguage ?? null;
    for (const s of doc.sources) this.languages.set(s.id, s.language);
    this.resolutions = new ResolutionIndex(doc.resolutions);
    const groups = this.groups;
    const observations = doc.observations;
    for (let n = 0; n < observations.length; n++) {
      const o = observations[n];
      // keyParts inlined: no array per observation.
      const e = cachedName(o.entity);
      const i = cachedName(o.indicator);
      const p = o.period.trim();
      if (e === '' || i === '' || p === '') continue;
      const g = groups.ensure(e, i, p, newGroup);
      g.members.push(o);
      this.feed(g, o);
    }
    // Only groups with a resolution need their resolution state: visit those, not every group.
    for (const ks of this.resolutions.keys()) {
      const g = this.group(ks);
      if (g) this.evaluateResolution(g);
    }
  }

  static build(doc: IndexInput, options?: GroupIndexOptions): GroupIndex {
    return new GroupIndex(doc, options);
  }

  get tolerance(): number {
    return this.tol;
  }

  /** Number of groups. */
  get size(): number {
    return this.groups.size;
  }

  group(keyString: string): GroupState | undefined {
    const k = splitKey(keyString);
    return k === null ? undefined : this.groups.get(k[0], k[1], k[2]);
  }

  /** The group an observation belongs to by its key (null for a row without entity, indicator or period). */
  groupOf(o: { entity: string; indicator: string; period: string }): GroupState | null {
    return this.findGroup(o);
  }

  /** Every group, in no promised order. */
  forEachGroup(fn: (g: GroupState) => void): void {
    this.groups.forEach(fn);
  }

  resolutionFor(key: GroupKey | string): Resolution | null {
    return this.resolutions.resolutionFor(key);
  }

  add(o: Observation): string[] {
    const k = keyParts(o);
    if (k === null) return [];
    const g = this.groups.ensure(k[0], k[1], k[2], newGroup);
    const at = indexOfId(g.members, o.id);
    if (at >= 0) {
      g.members[at] = o;
      this.refeed(g);
    } else {
      g.members.push(o);
      this.feed(g, o);
    }
    this.evaluateResolution(g);
    return [g.keyString];
  }

  remove(o: Observation): string[] {
    const g = this.findGroup(o);
    const at = g ? indexOfId(g.members, o.id) : -1;
    if (g && at >= 0) return [this.removeAt(g, at)];
    // Not where its key says (the caller's copy was out of date): find it by id, the slow way.
    let found: [Group, number] | null = null;
    this.groups.forEach((other) => {
      const i = found ? -1 : indexOfId(other.members, o.id);
      if (i >= 0) found = [other, i];
    });
    return found ? [this.removeAt(found[0], found[1])] : [];
  }

  /** One observation edited: `before` locates it, `after` replaces it (in place when the key did not change). */
  update(before: Observation, after: Observation): string[] {
    if (before.id === after.id) {
      const g = this.findGroup(before);
      if (g !== null && g === this.findGroup(after)) {
        const at = indexOfId(g.members, before.id);
        if (at >= 0) {
          g.members[at] = after;
          this.refeed(g);
          this.evaluateResolution(g);
          return [g.keyString];
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

  setResolutions(resolutions: readonly Resolution[]): void {
    this.resolutions = new ResolutionIndex(resolutions);
    this.groups.forEach((g) => this.evaluateResolution(g));
  }

  /** A new tolerance changes every interval: every group is judged again (no regrouping). */
  setTolerance(tolerance: number): void {
    this.tol = tolerance;
    this.groups.forEach((g) => this.refeed(g));
  }

  /** Source languages decide how stated texts are read: every group is judged again (no regrouping). */
  setSources(sources: readonly Source[]): void {
    this.languages.clear();
    for (const s of sources) this.languages.set(s.id, s.language);
    this.groups.forEach((g) => this.refeed(g));
  }

  view(keyString: string): GroupView | null {
    const g = this.group(keyString);
    return g ? toView(g as Group) : null;
  }

  /** Every group, ordered by key string so that output is stable. */
  views(): GroupView[] {
    const all: Group[] = [];
    this.groups.forEach((g) => all.push(g));
    return all.sort(byKeyString).map(toView);
  }

  /** Groups a reviewer must decide, worst first (resolution-state.ts). */
  reviewQueue(): GroupView[] {
    const open: Group[] = [];
    this.groups.forEach((g) => {
      if (needsReview(g)) open.push(g);
    });
    return open.sort(reviewOrder).map(toView);
  }

  /** Groups per status; `open` counts those needing review (always 0 for agree and single). */
  counts(): StatusCounts {
    const c = Object.fromEntries(GROUP_STATUSES.map((s) => [s, { total: 0, open: 0 }])) as StatusCounts;
    this.groups.forEach((g) => {
      const s = g.status;
      c[s].total++;
      if (needsReview({ status: s, resolved: g.resolved })) c[s].open++;
    });
    return c;
  }

  /** The language a member's stated text is read in: its source's, else the fallback (null: guess). */
  languageOf(o: Observation): Language | null {
    return (o.sourceId !== null ? this.languages.get(o.sourceId) : undefined) ?? this.fallbackLanguage;
  }

  private findGroup(o: { entity: string; indicator: string; period: string }): Group | null {
    const k = keyParts(o);
    return k === null ? null : (this.groups.get(k[0], k[1], k[2]) ?? null);
  }

  /** Streams one observation into its group's status; drafts without a value are left out. */
  private feed(g: Group, o: Observation): void {
    const v = o.value;
    if (v === null) return;
    const h = this.halfUnits.halfUnit(o.stated, this.languageOf(o), v);
    const t = this.tol;
    g.add(v, o.unit, intervalLow(v, h, o.qualifier, t), intervalHigh(v, h, o.qualifier, t));
  }

  private refeed(g: Group): void {
    g.reset();
    const members = g.members;
    for (let i = 0; i < members.length; i++) this.feed(g, members[i]);
  }

  private removeAt(g: Group, at: number): string {
    g.members.splice(at, 1);
    if (g.members.length === 0) this.groups.delete(g.entity, g.indicator, g.period);
    else {
      this.refeed(g);
      this.evaluateResolution(g);
    }
    return g.keyString;
  }

  private refreshResolutions(keys: string[]): string[] {
    const touched: string[] = [];
    for (const ks of keys) {
      const g = this.group(ks) as Group | undefined;
      if (g) {
        this.evaluateResolution(g);
        touched.push(ks);
      }
    }
    return touched;
  }

  private evaluateResolution(g: Group): void {
    const r = this.resolutions.size === 0 ? null : this.resolutions.resolutionFor(g.keyString);
    g.resolution = r;
    g.stale = r !== null && isStale(r, g.members);
  }
}

function indexOfId(members: readonly Observation[], id: string): number {
  for (let i = 0; i < members.length; i++) if (members[i].id === id) return i;
  return -1;
}

const byKeyString = (a: Group, b: Group) => (a.keyString < b.keyString ? -1 : a.keyString > b.keyString ? 1 : 0);

function toView(g: Group): GroupView {
  return {
    key: g.key,
    keyString: g.keyString,
    status: g.status,
    spread: g.spread,
    observationIds: g.members.map((m) => m.id),
    resolution: g.resolution,
    resolved: g.resolved,
    stale: g.stale,
  };
}
