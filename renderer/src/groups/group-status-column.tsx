import { useEffect, type RefObject } from 'react';
import type { ColDef, GridApi, ICellRendererParams, IRowNode } from 'ag-grid-community';
import { needsReview, type GroupState } from '../../../shared/crosscheck';
import { DEFAULT_TOLERANCE, type GroupStatus, type Observation } from '../../../shared/model';
import { explainGroup } from './group-explanation';
import { foldedTextFilter } from '../grid/folded-filter';
import type { GridContext } from '../grid/grid-context';
import { groupBadgeText } from './badge-text';
import { GroupBadge } from './GroupBadge';
import { useGroups } from './groups-store';
import { missingGroupKeys } from '../../../shared/validation/not-grouped';
import { notGroupedText } from './not-grouped';

export const GROUP_STATUS_COL_ID = 'groupStatus';

const RANK: Record<GroupStatus, number> = { conflict: 0, incomparable: 1, compatible: 2, agree: 3, single: 4 };

const groupOf = (context: unknown, id: string | undefined): GroupState | null =>
  id ? ((context as GridContext).groups?.groupOfObservation(id) ?? null) : null;

/** A group the Review view lists: in the queue (needs a decision) or resolved (a decision to look at or reopen). */
export function reviewable(g: GroupState): boolean {
  const resolved = g.resolution !== null && !g.stale;
  return resolved || needsReview({ status: g.status, resolved });
}

/** Figures a badge's tooltip lists; the review card lists them all. */
const TOOLTIP_FIGURES = 8;

function GroupStatusCell(p: ICellRendererParams<Observation>) {
  const g = groupOf(p.context, p.data?.id);
  if (!g) {
    if (!p.data) return null;
    const missing = missingGroupKeys(p.data);
    return (
      <span className="group-badge group-badge--ungrouped" title="Cross-checked only once entity, indicator and period are filled in">
        <span aria-hidden="true" className="group-badge__symbol">
          ∅
        </span>
        {notGroupedText(missing)}
      </span>
    );
  }
  const ctx = p.context as GridContext;
  const why = explainGroup(g.status, g.members, ctx.lookups?.sourcesById, ctx.groups?.tolerance ?? DEFAULT_TOLERANCE, TOOLTIP_FIGURES).text;
  const open = reviewable(g) ? ' Double-click or press Enter to open this group in Review.' : '';
  return (
    <span className="group-cell">
      <GroupBadge status={g.status} resolved={g.resolution !== null && !g.stale} stale={g.stale} explanation={why + open} />
    </span>
  );
}

/**
 * The cross-check status of each row's group (read live from the group index), filterable as text ("conflict",
 * "stale") and sortable worst first; rows of one group sort together, so sorting by it also groups by key.
 */
export function groupStatusColumn(getContext: () => GridContext): ColDef<Observation> {
  return {
    colId: GROUP_STATUS_COL_ID,
    headerName: 'Group status',
    width: 170,
    editable: false,
    valueGetter: (p) => {
      const g = groupOf(p.context, p.data?.id);
      return g || !p.data ? groupBadgeText(g) : notGroupedText(missingGroupKeys(p.data));
    },
    cellRenderer: GroupStatusCell,
    // Plain ASCII words ("conflict · stale"), already as the search folds them: no folding per row.
    getQuickFilterText: (p) => String(p.value ?? ''),
    comparator: (_a: unknown, _b: unknown, na: IRowNode<Observation>, nb: IRowNode<Observation>) => {
      const ga = groupOf(getContext(), na.data?.id);
      const gb = groupOf(getContext(), nb.data?.id);
      if (!ga || !gb) return (ga ? 0 : 1) - (gb ? 0 : 1);
      return RANK[ga.status] - RANK[gb.status] || (ga.keyString < gb.keyString ? -1 : ga.keyString > gb.keyString ? 1 : 0);
    },
    ...foldedTextFilter,
  };
}

/**
 * Hands the grid the group index (through its context) and redraws the badges of the rows whose group changed
 * after each edit; a tolerance change redraws the whole column. Work per edit follows the touched groups: the
 * grid filters and sorts again (a pass over every row) only when a row's Group status text really changed and a
 * filter, quick search or sort depends on it. Call from the grid component.
 */
export function useGroupStatusInGrid(apiRef: RefObject<GridApi<Observation> | null>, context: GridContext): void {
  const groups = useGroups();
  context.groups = groups;
  const { onGroupChanges } = groups;
  useEffect(
    () =>
      onGroupChanges((change) => {
        const a = apiRef.current;
        if (!a || a.isDestroyed()) return;
        if (change.all) {
          a.refreshCells({ columns: [GROUP_STATUS_COL_ID], force: true });
          // Every row's cached quick-search text may hold an old status.
          if (a.isQuickFilterPresent()) a.resetQuickFilter();
        } else {
          const rowNodes = change.observationIds.map((id) => a.getRowNode(id)).filter((n): n is IRowNode<Observation> => !!n);
          // The grid caches each row's quick-search text and clears it only when that row's own data changes; a
          // member of a touched group keeps its data but may have a new status.
          for (const n of rowNodes) n.resetQuickFilterAggregateText();
          if (rowNodes.length) a.refreshCells({ rowNodes, columns: [GROUP_STATUS_COL_ID], force: true });
        }
        if (!change.badgeChanged) return;
        // Filters and the sort saw the old statuses (the grid took the row edit in before the index did).
        if (a.getColumnFilterModel(GROUP_STATUS_COL_ID) || a.isQuickFilterPresent()) a.onFilterChanged();
        else if (a.getColumn(GROUP_STATUS_COL_ID)?.getSort()) a.onSortChanged();
      }),
    [apiRef, onGroupChanges],
  );
}
