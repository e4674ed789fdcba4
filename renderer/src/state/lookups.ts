import type { DatasetDoc, HistoryChange, Indicator, Observation, Source } from '../../../shared/model';
import { NameCounts } from './name-counts';

/** Derived, read-only views of the document that many components need (completion lists, titles by id). */
export interface DatasetLookups {
  sourcesById: Map<string, Source>;
  /** Distinct names used anywhere (registry and observations), sorted for completion lists. */
  entityNames: readonly string[];
  indicatorNames: readonly string[];
  unitNames: readonly string[];
  /** How many observations cite each source id. */
  citationCounts: Map<string, number>;
}

/**
 * The lookups together with the counts that let an edit update them in proportion to what it changed
 * (a Note edit changes nothing here; a renamed entity is one map update and at most two binary searches).
 */
export class LookupIndex {
  private readonly entities: NameCounts;
  private readonly indicators: NameCounts;
  private readonly units: NameCounts;
  private sourcesById: Map<string, Source>;
  private citationCounts = new Map<string, number>();
  private current: DatasetLookups;

  constructor(doc: DatasetDoc) {
    this.sourcesById = new Map(doc.sources.map((s) => [s.id, s]));
    this.entities = new NameCounts([...doc.entities.map((e) => e.name), ...doc.observations.map((o) => o.entity)]);
    this.indicators = new NameCounts([...doc.indicators.map((i) => i.name), ...doc.observations.map((o) => o.indicator)]);
    this.units = new NameCounts([...doc.indicators.map((i) => i.unit), ...doc.observations.map((o) => o.unit)]);
    for (const o of doc.observations) if (o.sourceId) this.citationCounts.set(o.sourceId, (this.citationCounts.get(o.sourceId) ?? 0) + 1);
    this.current = this.lookups();
  }

  get value(): DatasetLookups {
    return this.current;
  }

  /** Takes in one applied Mutation's changes; returns the same object when nothing the lookups show changed. */
  apply(changes: readonly HistoryChange[]): DatasetLookups {
    const cited: { map: Map<string, number> | null } = { map: null };
    let sourcesTouched = false;
    const cite = (id: string | null | undefined, by: number) => {
      if (!id) return;
      // Copied once per edit that moves a citation: few sources, and the previous lookups keep their counts.
      const map = (cited.map ??= new Map(this.citationCounts));
      const n = (map.get(id) ?? 0) + by;
      if (n > 0) map.set(id, n);
      else map.delete(id);
    };
    for (const c of changes) {
      if (c.collection === 'observations') {
        const b = c.before as Observation | null;
        const a = c.after as Observation | null;
        if (b?.entity !== a?.entity) {
          this.entities.remove(b?.entity);
          this.entities.add(a?.entity);
        }
        if (b?.indicator !== a?.indicator) {
          this.indicators.remove(b?.indicator);
          this.indicators.add(a?.indicator);
        }
        if (b?.unit !== a?.unit) {
          this.units.remove(b?.unit);
          this.units.add(a?.unit);
        }
        if (b?.sourceId !== a?.sourceId) {
          cite(b?.sourceId, -1);
          cite(a?.sourceId, 1);
        }
      } else if (c.collection === 'entities') {
        this.entities.remove((c.before as { name: string } | null)?.name);
        this.entities.add((c.after as { name: string } | null)?.name);
      } else if (c.collection === 'indicators') {
        const b = c.before as Indicator | null;
        const a = c.after as Indicator | null;
        this.indicators.remove(b?.name);
        this.indicators.add(a?.name);
        this.units.remove(b?.unit);
        this.units.add(a?.unit);
      } else if (c.collection === 'sources') {
        sourcesTouched = true;
        const next = new Map(this.sourcesById);
        if (c.after) next.set(c.id, c.after as Source);
        else next.delete(c.id);
        this.sourcesById = next;
      }
    }
    if (cited.map) this.citationCounts = cited.map;
    const prev = this.current;
    const changed =
      cited.map !== null ||
      sourcesTouched ||
      prev.entityNames !== this.entities.names ||
      prev.indicatorNames !== this.indicators.names ||
      prev.unitNames !== this.units.names;
    if (changed) this.current = this.lookups();
    return this.current;
  }

  private lookups(): DatasetLookups {
    return {
      sourcesById: this.sourcesById,
      entityNames: this.entities.names,
      indicatorNames: this.indicators.names,
      unitNames: this.units.names,
      citationCounts: this.citationCounts,
    };
  }
}

/** The lookups of a whole document (a fresh snapshot; tests compare the incremental ones with it). */
export function buildLookups(doc: DatasetDoc): DatasetLookups {
  return new LookupIndex(doc).value;
}
