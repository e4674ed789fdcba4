import { GroupIndex } from '../../../shared/crosscheck';
import type { DatasetDoc, HistoryChange, Observation, Resolution, Source } from '../../../shared/model';

/** What one batch of changes did to the groups: the touched groups, or `all` when every group was judged again. */
export interface GroupChange {
  all: boolean;
  /** Key strings of the groups whose membership, status or resolution may have changed. */
  keys: string[];
  /** Observations whose group view may have changed (members of touched groups, and rows that left a group). */
  observationIds: string[];
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

  constructor(doc: Pick<DatasetDoc, 'observations' | 'sources' | 'resolutions' | 'meta'>) {
    this.index = new GroupIndex(doc);
    for (const o of doc.observations) this.observations.set(o.id, o);
    for (const s of doc.sources) this.sources.set(s.id, s);
  }

  observation(id: string): Observation | undefined {
    return this.observations.get(id);
  }

  /** Applies one Mutation's changes; returns what it touched. */
  apply(changes: readonly HistoryChange[]): GroupChange {
    const keys = new Set<string>();
    const extraIds = new Set<string>();
    let all = false;
    let sourcesChanged = false;
    for (const c of changes) {
      switch (c.collection) {
        case 'observations': {
          const before = (c.before as Observation | null) ?? this.observations.get(c.id) ?? null;
          const after = c.after as Observation | null;
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
    return { all, keys: [...keys], observationIds: [...ids] };
  }
}
