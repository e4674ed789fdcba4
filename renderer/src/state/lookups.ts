import type { DatasetDoc, Source } from '../../../shared/model';

/** Derived, read-only views of the document that many components need (completion lists, titles by id). */
export interface DatasetLookups {
  sourcesById: Map<string, Source>;
  /** Distinct names used anywhere (registry and observations), sorted for completion lists. */
  entityNames: string[];
  indicatorNames: string[];
  unitNames: string[];
  /** How many observations cite each source id. */
  citationCounts: Map<string, number>;
}

const collator = new Intl.Collator('vi');

function sortedDistinct(values: Iterable<string>): string[] {
  const set = new Set<string>();
  for (const v of values) if (v && v.trim()) set.add(v.trim());
  return [...set].sort(collator.compare);
}

export function buildLookups(doc: DatasetDoc): DatasetLookups {
  const sourcesById = new Map(doc.sources.map((s) => [s.id, s]));
  const citationCounts = new Map<string, number>();
  const entities: string[] = doc.entities.map((e) => e.name);
  const indicators: string[] = doc.indicators.map((i) => i.name);
  const units: string[] = doc.indicators.map((i) => i.unit);
  for (const o of doc.observations) {
    entities.push(o.entity);
    indicators.push(o.indicator);
    units.push(o.unit);
    if (o.sourceId) citationCounts.set(o.sourceId, (citationCounts.get(o.sourceId) ?? 0) + 1);
  }
  return {
    sourcesById,
    entityNames: sortedDistinct(entities),
    indicatorNames: sortedDistinct(indicators),
    unitNames: sortedDistinct(units),
    citationCounts,
  };
}
