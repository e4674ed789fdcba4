import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ModuleRegistry, type CellDoubleClickedEvent, type CellEditRequestEvent, type CellFocusedEvent, type ColDef, type CellKeyDownEvent, type GetRowIdParams, type GridApi, type GridReadyEvent } from 'ag-grid-community';
import { GRID_THEME } from '../theme/grid-theme';
import { AgGridReact } from 'ag-grid-react';
import { blankObservationFields, type Observation } from '../../../shared/model';
import { GRID_MODULES } from './grid-modules';
import { foldDiacritics } from '../../../shared/text/fold';
import { errorText, useDataset, useSelectedObservation, useUi } from '../state';
import { GROUP_STATUS_COL_ID, reviewable, useGroupStatusInGrid } from '../groups/group-status-column';
import { AddToCatalogue } from '../catalogue/AddToCatalogue';
import { useConfirm } from '../ui/ConfirmDialog';
import { DismissibleMessage } from '../ui/DismissibleMessage';
import { indicatorLookup } from '../../../shared/validation/figure-problems';
import { notInCatalogue } from './catalogue-marks';
import { ROW_CHECKS_COL_ID } from './row-checks';
import { observationColumns } from './columns';
import { editToPatch, FIELD_LABELS, patchIsNoop } from './edit-patch';
import type { GridContext } from './grid-context';
import { addRowsInPlace } from './row-order';
import './grid.css';

ModuleRegistry.registerModules(GRID_MODULES);


/** How many animation frames a focus request waits for its row's cells to be drawn. */
const FOCUS_FRAMES = 30;

/** Quick search words, folded like the columns' quick-filter text (the grid upper-cases both sides). */
const quickFilterParser = (text: string) => foldDiacritics(text).toUpperCase().split(/\s+/).filter(Boolean);

const getRowId = (p: GetRowIdParams<Observation>) => p.data.id;
const ROW_SELECTION = { mode: 'multiRow', checkboxes: false, headerCheckbox: false, enableClickSelection: true } as const;

/**
 * The observations as a spreadsheet: one row per observation, edited in place. Edits go through the store
 * (readOnlyEdit): each is checked here first, refused on the spot with a message if wrong, else sent; rows update
 * from the Mutation the backend returns, in place by id.
 */
export function ObservationsGrid() {
  const { doc, lookups, orphanedIds, run, onChanges, snapshotVersion } = useDataset();
  const { selectObservation, setReaderSourceId, setShownCount, focusRequest, consumeFocusRequest, requestReviewGroup } =
    useUi();
  const { confirm, confirmElement } = useConfirm();
  const apiRef = useRef<GridApi<Observation> | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const [search, setSearch] = useState('');
  // The grid filters after a short pause in typing, not on every key: one pass over 200k rows per search.
  const [appliedSearch, setAppliedSearch] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setAppliedSearch(search), search === '' ? 0 : 180);
    return () => clearTimeout(t);
  }, [search]);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const context = useRef<GridContext>({ lookups, orphanedIds, invalid: null }).current;
  context.lookups = lookups;
  context.orphanedIds = orphanedIds;
  const indicators = doc?.indicators;
  const indicatorOf = useMemo(() => (indicators ? indicatorLookup(indicators) : undefined), [indicators]);
  context.catalogue = doc ? { entities: doc.entities, indicators: doc.indicators } : undefined;
  context.indicatorOf = indicatorOf;
  // A catalogue edit changes which names are known and which units fit: redraw those cells.
  useEffect(() => {
    apiRef.current?.refreshCells({ columns: ['entity', 'indicator', ROW_CHECKS_COL_ID], force: true });
  }, [doc?.entities, indicators]);
  useGroupStatusInGrid(apiRef, context);

  const columnDefs = useMemo(() => observationColumns(() => context), [context]);
  // Row data is handed over once per opened snapshot; after that rows change through transactions.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const rowData = useMemo(() => doc?.observations ?? [], [snapshotVersion]);

  const reportShown = useCallback(() => {
    const a = apiRef.current;
    if (a) setShownCount(a.getDisplayedRowCount());
  }, [setShownCount]);

  // Apply every Mutation's observation changes to the grid in place; refresh source titles when sources change.
  useEffect(
    () =>
      onChanges((changes) => {
        const a = apiRef.current;
        if (!a) return;
        const add: Observation[] = [];
        const update: Observation[] = [];
        const remove: Observation[] = [];
        for (const c of changes) {
          if (c.collection !== 'observations') continue;
          const existing = a.getRowNode(c.id)?.data;
          if (c.after === null) {
            if (existing) remove.push(existing);
          }
          else if (existing) update.push(c.after as Observation);
          else add.push(c.after as Observation);
        }
        if (update.length || remove.length) a.applyTransaction({ update, remove });
        // A restored row (undone deletion) goes back in its place, not at the end.
        addRowsInPlace(a, add);
        if (changes.some((c) => c.collection === 'sources')) a.refreshCells({ columns: ['sourceId'], force: true });
        reportShown();
      }),
    [onChanges, reportShown],
  );

  useEffect(() => {
    apiRef.current?.refreshCells({ columns: ['quote'], force: true });
  }, [orphanedIds]);

  const showRefusal = useCallback((rowId: string, colId: string, message: string) => {
    const a = apiRef.current;
    const previous = context.invalid;
    context.invalid = { rowId, colId, message };
    setRefusal(message);
    const nodes = [a?.getRowNode(rowId), previous ? a?.getRowNode(previous.rowId) : undefined].filter((n) => !!n);
    a?.refreshCells({ rowNodes: nodes, force: true });
  }, [context]);

  const clearRefusal = useCallback(() => {
    if (!context.invalid) return;
    const node = apiRef.current?.getRowNode(context.invalid.rowId);
    context.invalid = null;
    setRefusal(null);
    if (node) apiRef.current?.refreshCells({ rowNodes: [node], force: true });
  }, [context]);

  const onCellEditRequest = useCallback(
    async (e: CellEditRequestEvent<Observation>): Promise<void> => {
      const row = e.data;
      const colId = e.column.getColId();
      if (!row) return;
      const parsed = editToPatch(colId, e.newValue, row, context.lookups);
      if (!parsed.ok) return showRefusal(row.id, colId, `${parsed.message}. Nothing was saved.`);
      if (patchIsNoop(parsed.value, row)) return;
      const r = await run('observations-update', { id: row.id, patch: parsed.value });
      if (!r.ok) showRefusal(row.id, colId, `${FIELD_LABELS[colId] ?? colId}: ${errorText(r.error)}. Nothing was saved.`);
      else if (context.invalid?.rowId === row.id) clearRefusal();
    },
    [run, context, showRefusal, clearRefusal],
  );

  const deleteRows = useCallback(async () => {
    const a = apiRef.current;
    if (!a) return;
    let rows = a.getSelectedRows();
    if (rows.length === 0) {
      const focused = a.getFocusedCell();
      const node = focused ? a.getDisplayedRowAtIndex(focused.rowIndex) : undefined;
      if (node?.data) rows = [node.data];
    }
    if (rows.length === 0) return;
    const first = rows[0];
    const what =
      rows.length === 1
        ? `the observation “${[first.entity, first.indicator, first.period, first.stated].filter(Boolean).join(' · ') || 'empty draft'}”`
        : `${rows.length} observations`;
    const ok = await confirm({
      title: rows.length === 1 ? 'Delete observation' : 'Delete observations',
      message: <>Delete {what}? You can undo this with Undo (Ctrl+Z).</>,
      confirmLabel: 'Delete',
      danger: true,
    });
    if (!ok) return; // the dialog gives focus back to the cell
    const focused = a.getFocusedCell();
    const r = await run('observations-delete', { ids: rows.map((o) => o.id) });
    if (!r.ok) return setRefusal(`Delete failed: ${errorText(r.error)}`);
    // The focused row is gone: keep the keyboard in the grid, on the row that took its place.
    requestAnimationFrame(() => {
      if (!focused) return;
      const idx = Math.min(focused.rowIndex, a.getDisplayedRowCount() - 1);
      if (idx >= 0) a.setFocusedCell(idx, focused.column);
    });
  }, [confirm, run]);

  const focusRow = useCallback((id: string, startEditing: boolean, takeFocus = true) => {
    const a = apiRef.current;
    const node = a?.getRowNode(id);
    if (!a || !node) return;
    if (!takeFocus) {
      // Shown and selected, the keyboard left where it is (the reader walking suggestions).
      node.setSelected(true, true);
      selectObservation(id);
      if (node.rowIndex !== null && node.rowIndex !== undefined) a.ensureNodeVisible(node);
      return;
    }
    if (node.rowIndex === null || node.rowIndex === undefined) {
      // Hidden by a filter or search: clear them so the row can be shown.
      setSearch('');
      a.setFilterModel(null);
    }
    node.setSelected(true, true);
    // A row shown again once the search clears, and the cells of a row scrolled into view, are drawn in later
    // animation frames; the browser focus can only go to a drawn cell, so it is given a few frames to appear.
    let frames = 0;
    let scrolled = false;
    const land = () => {
      if (a.isDestroyed()) return;
      const rowIndex = node.rowIndex;
      if (rowIndex === null || rowIndex === undefined) {
        if (++frames < FOCUS_FRAMES) requestAnimationFrame(land);
        return;
      }
      if (!scrolled) {
        a.ensureNodeVisible(node);
        a.ensureColumnVisible('entity');
        scrolled = true;
      }
      const cell = hostRef.current?.querySelector(`.ag-row[row-id="${CSS.escape(id)}"] .ag-cell[col-id="entity"]`);
      if (!cell && ++frames < FOCUS_FRAMES) return void requestAnimationFrame(land);
      a.setFocusedCell(rowIndex, 'entity');
      if (startEditing) a.startEditingCell({ rowIndex, colKey: 'entity' });
    };
    land();
  }, [selectObservation]);

  const addRow = useCallback(async () => {
    const r = await run('observations-create', { fields: blankObservationFields() });
    if (!r.ok) return setRefusal(`Could not add a row: ${errorText(r.error)}`);
    focusRow(r.data.observation.id, true);
  }, [run, focusRow]);

  // A focus request waits until the grid's api is ready: a request made before a view switch lands once the grid has
  // mounted and drawn its rows (onFirstDataRendered below), one made while it is shown lands at once.
  const takeFocusRequest = useCallback(() => {
    if (!focusRequest || !apiRef.current) return;
    consumeFocusRequest(focusRequest.nonce);
    focusRow(focusRequest.observationId, false, focusRequest.takeFocus !== false);
  }, [focusRequest, consumeFocusRequest, focusRow]);
  useEffect(takeFocusRequest, [takeFocusRequest]);
  const takeFocusRequestRef = useRef(takeFocusRequest);
  takeFocusRequestRef.current = takeFocusRequest;

  /** Opens the row's group in the Review view, for a group that is there: in the queue or resolved. */
  const reviewGroupOf = useCallback(
    (o: Observation | undefined): boolean => {
      const g = o ? context.groups?.groupOfObservation(o.id) : null;
      if (!g || !reviewable(g)) return false;
      requestReviewGroup(g.keyString);
      return true;
    },
    [context, requestReviewGroup],
  );

  const onCellKeyDown = useCallback(
    (e: CellKeyDownEvent<Observation>) => {
      const ev = e.event as KeyboardEvent | null | undefined;
      if (!ev || e.api.getEditingCells().length > 0) return;
      if (ev.key === 'Delete') {
        ev.preventDefault();
        void deleteRows();
      } else if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
        ev.preventDefault();
        void addRow();
      } else if (ev.key === 'Enter' && e.column.getColId() === GROUP_STATUS_COL_ID) {
        if (reviewGroupOf(e.data)) ev.preventDefault();
      }
    },
    [deleteRows, addRow, reviewGroupOf],
  );

  const onCellDoubleClicked = useCallback(
    (e: CellDoubleClickedEvent<Observation>) => {
      if (e.column.getColId() === GROUP_STATUS_COL_ID) reviewGroupOf(e.data);
    },
    [reviewGroupOf],
  );

  // Grid options are kept stable: a new object on each render makes ag-grid redo column setup and drop its
  // quick-filter cache, which costs seconds at 200k rows.
  const defaultColDef = useMemo<ColDef<Observation>>(
    () => ({
      editable: true,
      sortable: true,
      resizable: true,
      filter: true,
      cellDataType: false,
      suppressKeyboardEvent: (p) => !p.editing && p.event.key === 'Delete',
      tooltipValueGetter: (p) => {
        const colId = (p.colDef as { colId?: string } | undefined)?.colId ?? '';
        if (p.data && context.invalid?.rowId === p.data.id && context.invalid.colId === colId) return context.invalid.message;
        return p.data && notInCatalogue(context, colId, p.data) ? 'Not in the catalogue: add it from the toolbar above' : null;
      },
      cellClassRules: {
        'cell-invalid': (p) => !!p.data && context.invalid?.rowId === p.data.id && context.invalid.colId === p.column.getColId(),
        'cell-not-in-catalogue': (p) => !!p.data && notInCatalogue(context, p.column.getColId(), p.data),
      },
    }),
    [context],
  );

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<Observation>) => {
      if (e.rowIndex === null || e.rowIndex === undefined) return;
      const node = e.api.getDisplayedRowAtIndex(e.rowIndex);
      if (!node?.data) return;
      selectObservation(node.data.id);
      if (node.data.sourceId) setReaderSourceId(node.data.sourceId);
    },
    [selectObservation, setReaderSourceId],
  );

  const onGridReady = useCallback(
    (e: GridReadyEvent<Observation>) => {
      apiRef.current = e.api;
      // ag-grid has no option for the grid's accessible name: set it on the element that has the grid role.
      hostRef.current?.querySelector('[role="grid"], [role="treegrid"]')?.setAttribute('aria-label', 'Observations');
      reportShown();
    },
    [reportShown],
  );
  const onFirstDataRendered = useCallback(() => takeFocusRequestRef.current(), []);

  const { selected, showSelectedInSource } = useSelectedObservation();

  return (
    <section className="grid-pane" aria-label="Observations view">
      <div className="grid-toolbar">
        <input
          type="search"
          className="grid-search"
          aria-label="Search observations"
          placeholder="Search (ignores accents: thai nguyen)"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <span className="grid-toolbar__spacer" />
        <AddToCatalogue row={selected} onMessage={(text, error) => (error ? setRefusal(text) : setNotice(text))} />
        <button type="button" onClick={showSelectedInSource} disabled={!selected?.quote} title="Scroll the reader to this row's quote">
          Show in source
        </button>
        <button type="button" onClick={() => void addRow()} title="Add observation (Ctrl+Enter)">
          + Add row
        </button>
        <button type="button" onClick={() => void deleteRows()} disabled={!selected} aria-label="Delete row" title="Delete the selected rows (Delete)">
          Delete
        </button>
      </div>
      {refusal && (
        <DismissibleMessage role="alert" className="grid-alert" onDismiss={clearRefusal}>
          {refusal}
        </DismissibleMessage>
      )}
      {notice && (
        <DismissibleMessage role="status" className="grid-notice" onDismiss={() => setNotice(null)}>
          {notice}
        </DismissibleMessage>
      )}
      <div className="grid-host" ref={hostRef}>
        <AgGridReact<Observation>
          theme={GRID_THEME}
          rowData={rowData}
          columnDefs={columnDefs}
          context={context}
          getRowId={getRowId}
          defaultColDef={defaultColDef}
          readOnlyEdit
          // Eleven columns: render them all, so every cell is in the accessibility tree and found by search tools.
          suppressColumnVirtualisation
          onCellEditRequest={onCellEditRequest}
          rowSelection={ROW_SELECTION}
          enterNavigatesVerticallyAfterEdit
          stopEditingWhenCellsLoseFocus
          quickFilterText={appliedSearch}
          quickFilterParser={quickFilterParser}
          cacheQuickFilter
          tooltipShowDelay={400}
          onCellKeyDown={onCellKeyDown}
          onCellFocused={onCellFocused}
          onModelUpdated={reportShown}
          onGridReady={onGridReady}
          onFirstDataRendered={onFirstDataRendered}
          onCellDoubleClicked={onCellDoubleClicked}
          overlayNoRowsTemplate="<span>No observations yet: add a row, or cite a passage from a source.</span>"
        />
      </div>
      {confirmElement}
    </section>
  );
}
