import type { ColDef } from 'ag-grid-community';
import type { ValidationProblem } from '../../../shared/api/contract';
import type { Observation } from '../../../shared/model';
import { figureProblems, type IndicatorLookup } from '../../../shared/validation/figure-problems';
import type { DatasetLookups } from '../state/lookups';

/** What the checks read from the grid's context (GridContext has it): source languages and catalogue units. */
export interface RowCheckContext {
  lookups: DatasetLookups | null;
  indicatorOf?: IndicatorLookup;
}

export const ROW_CHECKS_COL_ID = 'rowChecks';
const NO_INDICATORS: IndicatorLookup = () => undefined;

/** Short words per problem kind, for the cell; the full message is its tooltip. */
const SHORT: Record<string, string> = { 'stated-mismatch': 'value ≠ stated', 'unit-misfit': 'unit misfit' };

/**
 * The figure checks of one row that validation also makes (shared/validation/figure-problems.ts): a Value its
 * Stated words cannot mean, a unit its catalogue indicator cannot have. "Not grouped" is shown in Group status.
 */
export function rowProblems(o: Observation, context: RowCheckContext): ValidationProblem[] {
  const lang = o.sourceId ? (context.lookups?.sourcesById.get(o.sourceId)?.language ?? null) : null;
  return figureProblems(o, lang, context.indicatorOf ?? NO_INDICATORS).filter((p) => p.kind in SHORT);
}

/** The Checks column: marks a row whose figure is wrong before it ever makes a group incomparable or a conflict. */
export function rowChecksColumn(): ColDef<Observation> {
  return {
    colId: ROW_CHECKS_COL_ID,
    headerName: 'Checks',
    width: 140,
    editable: false,
    valueGetter: (p) => (p.data ? rowProblems(p.data, p.context as RowCheckContext).map((x) => SHORT[x.kind]).join(' · ') : ''),
    tooltipValueGetter: (p) => (p.data ? rowProblems(p.data, p.context as RowCheckContext).map((x) => x.message).join('\n') || null : null),
    cellClassRules: { 'cell-flagged': (p) => !!p.value },
    // Not in the quick search: reading every row's words at 200k rows is kept for the filter, which runs on demand.
    getQuickFilterText: () => '',
  };
}
