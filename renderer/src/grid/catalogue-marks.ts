import type { Observation } from '../../../shared/model';
import { findRecord, type CatalogueRecord } from '../catalogue/catalogue-match';
import type { GridContext } from './grid-context';

/** True for an entity or indicator cell holding a name (or alias) the catalogue does not know. */
export function notInCatalogue(context: GridContext, colId: string, row: Observation): boolean {
  if (colId !== 'entity' && colId !== 'indicator') return false;
  const name = row[colId].trim();
  const records: readonly CatalogueRecord[] | undefined = colId === 'entity' ? context.catalogue?.entities : context.catalogue?.indicators;
  return !!name && !!records && !findRecord(records, name);
}
