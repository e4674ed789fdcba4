import type { Entity, Indicator } from '../../../shared/model';
import type { IndicatorLookup } from '../../../shared/validation/figure-problems';
import type { GroupsStore } from '../groups/groups-store';
import type { DatasetLookups } from '../state';

/** Mutable context the grid's column callbacks read; one object for the grid's life, its fields updated in place. */
export interface GridContext {
  lookups: DatasetLookups | null;
  orphanedIds: ReadonlySet<string>;
  /** The cell whose last edit was refused, shown red until the next edit. */
  invalid: { rowId: string; colId: string; message: string } | null;
  /** Group statuses for the Group status column (issue 4); set by useGroupStatusInGrid. */
  groups?: GroupsStore;
  /** The dataset's catalogue: completion for entity and indicator, and the row checks against it (issue 9). */
  catalogue?: { entities: readonly Entity[]; indicators: readonly Indicator[] };
  /** The catalogue indicator a row's indicator name is, for the Checks column's unit check. */
  indicatorOf?: IndicatorLookup;
}
