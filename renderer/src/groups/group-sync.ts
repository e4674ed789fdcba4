import { GroupIndex, groupKeyString, observationKeyString, type IndexInput } from '../../../shared/crosscheck';
import type { DatasetDoc, HistoryChange, Observation, Resolution, Source } from '../../../shared/model';
import { groupBadgeText } from './badge-text';
import { ReviewLists } from './review-lists';

/** What one batch of changes did to the groups: the touched groups, or `all` when every group was judged again. */
export interface GroupChange {
  all: boolean;
  /** Key strings of the groups whose membership, status or resolution may have changed. */
  keys: string[];
  /** Observations whose group view may have changed (members of touched groups, and rows that left a group). */
  observationIds: string[];
  /**
   * Some row's Group status text (status, resolved, stale) may differ from before: a filter, quick search or sort on
   * that column must run again. False when the touched groups only changed in ways the column does not show.
   */
  badgeChanged: boolean;
  /** The Review view's queue or resolved list may look different (always true with `all`). */
  listsChanged: boolean;
}

/**
 * A GroupIndex kept in step with the renderer's copy of the dataset, change by change: an observation edit touches
 * its old and new group only; a tolerance or source-language change re-judges every group (no regrouping).
 * Plain class (no React) so the incremental rules are easy to follow and to test.
 */
export class GroupSync {
  readonly index: GroupIndex;
  private readonly observations = new Map<string, Observation>();
  private readonly sources = new Map<string, Source>();
  private lists: ReviewLists | null = null;

  constructor(doc: IndexInput) {
    this.index = new GroupIndex(doc);
    for (const o of doc.observations) this.observations.set(o.id, o);
    for (const s of doc.sources) this.sources.set(s.id, s);
  }

  observation(id: string): Observation | undefined {
    return this.observations.get(id);
  }

  /** The Review view's lists, built on first use and kept in step by apply() from then on. */
  reviewLists(): ReviewLists {
    return (this.lists ??= new ReviewLists(this.index));
  }

  /** Applies one Mutation's changes; returns what it touched. */
  apply(changes: readonly HistoryChange[]): GroupChange {
    const keys = new Set<string>();
    const extraIds = new Set<string>();
    let all = false;
    let sourcesChanged = false;
    // Badge text of each group that may change, before the batch, and rows that changed group (old key, new key).
    const badgeBefore = new Map<string, string>();
    const note = (ks: string | null) => {
      if (ks !== null && !badgeBefore.has(ks)) badgeBefore.set(ks, groupBadgeText(this.index.group(ks)));
    };
    const moved: [string | null, string | null][] = [];
    for (const c of changes) {
      switch (c.collection) {
        case 'observations': {
          const before = (c.before as Observation | null) ?? this.observations.get(c.id) ?? null;
          const after = c.after as Observation | null;
          const kb = before ? observationKeyString(before) : null;
          const ka = after ? observationKeyString(after) : null;
          note(kb);
          note(ka);
          if (after !== null && kb !== ka) moved.push([kb, ka]);
          let touched: string[] = [];
          if (after === null) {
            if (before) touched = this.index.remove(before);
            this.observations.delete(c.id);
          } else {
            touched = before ? this.index.update(before, after) : this.index.add(after);
            this.observations.set(c.id, after);
            extraIds.add(after.id); // a row that left every group (key emptied) still needs its badge cleared
          }
          for (const k of touched) keys.add(k);
          break;
        }
        case 'resolutions': {
          const after = c.after as Resolution | null;
          const before = c.before as Resolution | null;
          if (before) note(groupKeyString(before.group));
          if (after) note(groupKeyString(after.group));
          const touched = after === null ? this.index.removeResolution(c.id) : this.index.upsertResolution(after);
          for (const k of touched) keys.add(k);
          break;
        }
        case 'sources': {
          const before = c.before as Source | null;
          const after = c.after as Source | null;
          if (after === null) this.sources.delete(c.id);
          else this.sources.set(c.id, after);
          // Only the language decides how a stated text is read; titles and the like do not change any status.
          if (!before || !after || before.language !== after.language) sourcesChanged = true;
          break;
        }
        case 'meta': {
          const tolerance = (c.after as DatasetDoc['meta'] | null)?.tolerance;
          if (typeof tolerance === 'number' && tolerance !== this.index.tolerance) {
            this.index.setTolerance(tolerance);
            all = true;
          }
          break;
        }
        default:
          break;
      }
    }
    if (sourcesChanged) {
      this.index.setSources([...this.sources.values()]);
      all = true;
    }
    const ids = new Set(extraIds);
    for (const k of keys) for (const m of this.index.group(k)?.members ?? []) ids.add(m.id);
    const badgeNow = (ks: string | null) => (ks === null ? '' : groupBadgeText(this.index.group(ks)));
    // A group not noted beforehand (a change without its `before`) counts as changed: refiltering is the safe side.
    const badgeChanged =
      all ||
      [...keys].some((k) => badgeBefore.get(k) !== badgeNow(k)) ||
      moved.some(([kb, ka]) => (kb === null ? '' : badgeBefore.get(kb)) !== badgeNow(ka));
    let listsChanged = false;
    if (this.lists) {
      if (all) {
        this.lists.rebuild();
        listsChanged = true;
      } else listsChanged = this.lists.update(keys);
    }
    return { all, keys: [...keys], observationIds: [...ids], badgeChanged, listsChanged };
  }
}
