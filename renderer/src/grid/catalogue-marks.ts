import type { Entity, Indicator, Observation } from '../../../shared/model';
import { findRecord, type CatalogueRecord } from '../catalogue/catalogue-match';

/** What the mark reads from the grid's context (GridContext has it). */
export interface CatalogueMarkContext {
  catalogue?: { entities: readonly Entity[]; indicators: readonly Indicator[] };
}

/** True for an entity or indicator cell holding a name (or alias) the catalogue does not know. */
export function notInCatalogue(context: CatalogueMarkContext, colId: string, row: Observation): boolean {
  if (colId !== 'entity' && colId !== 'indicator') return false;
  const name = row[colId].trim();
  const records: readonly CatalogueRecord[] | undefined = colId === 'entity' ? context.catalogue?.entities : context.catalogue?.indicators;
  return !!name && !!records && !findRecord(records, name);
}
