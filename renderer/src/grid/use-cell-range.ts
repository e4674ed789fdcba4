import { useCallback, useRef, type RefObject } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Observation } from '../../../shared/model';
import { errorText, useDataset } from '../state';
import { rangeBounds, stepFocus, type CellPos, type CellRange, type RangeBounds } from './cell-range';
import type { GridContext } from './grid-context';
import { planPaste, refusalSummary } from './paste-plan';
import { parseTable, toTsv } from './tsv';

const STRINGS = {
  pasted: (n: number) => (n === 1 ? 'Pasted into 1 row' : `Pasted into ${n} rows`),
  filled: (n: number) => (n === 1 ? 'Filled 1 row' : `Filled ${n} rows`),
  nothingValid: 'Nothing was pasted',
  failed: (what: string) => `Paste failed: ${what}. Nothing was saved.`,
  fillNeedsRows: 'Fill down needs a range of two rows or more: select one with Shift+Down or Shift+click',
};

const shownColIds = (a: GridApi<Observation>) => a.getAllDisplayedColumns().map((c) => c.getColId());

/** The text a cell copies: its stored value (the same text its editor starts from), not the display form. */
function copyText(a: GridApi<Observation>, rowIndex: number, colId: string): string {
  const rowNode = a.getDisplayedRowAtIndex(rowIndex);
  if (!rowNode) return '';
  const v = a.getCellValue({ rowNode, colKey: colId });
  return v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v);
}

/**
 * The grid's own cell-range selection (ag-grid community has none) with copy, paste and fill down on it. The range
 * lives in the grid context so the cell class rule can draw it; changes go through observations-update-many, so a
 * paste or a fill is one undo step.
 */
export function useCellRange(apiRef: RefObject<GridApi<Observation> | null>, context: GridContext, say: (text: string, error: boolean) => void) {
  const { run } = useDataset();
  const extending = useRef(false);

  const redraw = useCallback((before: RangeBounds | null) => {
    const a = apiRef.current;
    if (!a) return;
    const after = context.rangeBounds ?? null;
    const rows = new Set<number>();
    for (const b of [before, after]) if (b) for (let r = b.top; r <= b.bottom && r - b.top < 2000; r++) rows.add(r);
    const rowNodes = [...rows].map((r) => a.getDisplayedRowAtIndex(r)).filter((n) => !!n);
    a.refreshCells({ rowNodes, force: true });
  }, [apiRef, context]);

  const setRange = useCallback((range: CellRange | null) => {
    const a = apiRef.current;
    const before = context.range && a ? rangeBounds(context.range, shownColIds(a)) : null;
    context.range = range;
    context.rangeBounds = range && a ? rangeBounds(range, shownColIds(a)) : null;
    redraw(before);
  }, [apiRef, context, redraw]);

  /** The range, or the focused cell alone when no range was drawn. */
  const currentBounds = useCallback((): RangeBounds | null => {
    const a = apiRef.current;
    if (!a) return null;
    if (context.range) return rangeBounds(context.range, shownColIds(a));
    const f = a.getFocusedCell();
    return f ? { top: f.rowIndex, bottom: f.rowIndex, colIds: [f.column.getColId()] } : null;
  }, [apiRef, context]);

  /** A plain focus move collapses the range onto the new cell; Shift+arrow and Shift+click keep the anchor. */
  const onFocus = useCallback((pos: CellPos) => {
    if (extending.current && context.range) {
      extending.current = false;
      setRange({ anchor: context.range.anchor, focus: pos });
    } else setRange({ anchor: pos, focus: pos });
  }, [context, setRange]);

  /** A Shift+click is under way: the focus it brings extends the range instead of starting a new one. */
  const markShiftClick = useCallback(() => {
    if (context.range) extending.current = true;
  }, [context]);

  const extendTo = useCallback((pos: CellPos) => {
    const a = apiRef.current;
    if (!a) return;
    extending.current = true;
    a.setFocusedCell(pos.rowIndex, pos.colId);
    a.ensureIndexVisible(pos.rowIndex);
  }, [apiRef]);

  const extendByKey = useCallback((key: string) => {
    const a = apiRef.current;
    const f = a?.getFocusedCell();
    if (!a || !f) return;
    const range = context.range ?? { anchor: { rowIndex: f.rowIndex, colId: f.column.getColId() }, focus: { rowIndex: f.rowIndex, colId: f.column.getColId() } };
    context.range = range;
    extendTo(stepFocus(range, key, shownColIds(a), a.getDisplayedRowCount()).focus);
  }, [apiRef, context, extendTo]);

  const selectAll = useCallback(() => {
    const a = apiRef.current;
    if (!a || a.getDisplayedRowCount() === 0) return;
    a.selectAll('filtered');
    const cols = shownColIds(a);
    setRange({ anchor: { rowIndex: 0, colId: cols[0] }, focus: { rowIndex: a.getDisplayedRowCount() - 1, colId: cols[cols.length - 1] } });
  }, [apiRef, setRange]);

  const copy = useCallback((): string | null => {
    const a = apiRef.current;
    const b = currentBounds();
    if (!a || !b) return null;
    const rows: string[][] = [];
    for (let r = b.top; r <= b.bottom; r++) rows.push(b.colIds.map((c) => copyText(a, r, c)));
    return toTsv(rows);
  }, [apiRef, currentBounds]);

  /** Lays a block on the grid from the range's top-left cell and saves what passes the checks, in one step. */
  const applyBlock = useCallback(async (block: string[][], top: number, colIds: string[], done: (n: number) => string) => {
    const a = apiRef.current;
    if (!a || block.length === 0) return;
    const rows = block.map((_, i) => a.getDisplayedRowAtIndex(top + i)?.data);
    const plan = planPaste(block, colIds, rows, top, context.lookups);
    const changed = plan.updates.length + plan.creates.length;
    if (changed > 0) {
      const r = await run('observations-update-many', { updates: plan.updates, creates: plan.creates });
      if (!r.ok) return say(STRINGS.failed(errorText(r.error)), true);
    }
    if (plan.refused.length) say(refusalSummary(plan.refused), true);
    else say(changed ? done(changed) : STRINGS.nothingValid, false);
  }, [apiRef, context, run, say]);

  const paste = useCallback(async (text: string) => {
    const a = apiRef.current;
    const b = currentBounds();
    if (!a || !b) return;
    const block = parseTable(text);
    const cols = shownColIds(a);
    const start = cols.indexOf(b.colIds[0]);
    const width = Math.max(...block.map((r) => r.length));
    await applyBlock(block, b.top, cols.slice(start, start + width), STRINGS.pasted);
  }, [apiRef, currentBounds, applyBlock]);

  const fillDown = useCallback(async () => {
    const a = apiRef.current;
    const b = currentBounds();
    if (!a || !b) return;
    if (b.bottom === b.top) return say(STRINGS.fillNeedsRows, true);
    const first = b.colIds.map((c) => copyText(a, b.top, c));
    const block = Array.from({ length: b.bottom - b.top }, () => first);
    await applyBlock(block, b.top + 1, b.colIds, STRINGS.filled);
  }, [apiRef, currentBounds, applyBlock, say]);

  return { onFocus, markShiftClick, extendByKey, selectAll, copy, paste, fillDown, setRange };
}
