/** A rectangle of cells chosen with Shift+arrows or Shift+click: the cell it started from and the one it reaches. */
export interface CellPos {
  rowIndex: number;
  colId: string;
}
export interface CellRange {
  anchor: CellPos;
  focus: CellPos;
}

export interface RangeBounds {
  top: number;
  bottom: number;
  /** The column ids inside the range, in the order the grid shows them. */
  colIds: string[];
}

/** The rows and shown columns a range covers; columns outside the shown order are dropped. */
export function rangeBounds(range: CellRange, shownColIds: readonly string[]): RangeBounds {
  const a = shownColIds.indexOf(range.anchor.colId);
  const f = shownColIds.indexOf(range.focus.colId);
  const [left, right] = a < 0 || f < 0 ? [Math.max(a, f), Math.max(a, f)] : [Math.min(a, f), Math.max(a, f)];
  return {
    top: Math.min(range.anchor.rowIndex, range.focus.rowIndex),
    bottom: Math.max(range.anchor.rowIndex, range.focus.rowIndex),
    colIds: left < 0 ? [] : shownColIds.slice(left, right + 1),
  };
}

/** The focus cell moved one step by an arrow key, kept inside the grid. */
export function stepFocus(range: CellRange, key: string, shownColIds: readonly string[], rowCount: number): CellRange {
  const { rowIndex, colId } = range.focus;
  const c = shownColIds.indexOf(colId);
  const next: CellPos =
    key === 'ArrowUp' ? { rowIndex: Math.max(0, rowIndex - 1), colId }
    : key === 'ArrowDown' ? { rowIndex: Math.min(rowCount - 1, rowIndex + 1), colId }
    : key === 'ArrowLeft' ? { rowIndex, colId: shownColIds[Math.max(0, c - 1)] ?? colId }
    : { rowIndex, colId: shownColIds[Math.min(shownColIds.length - 1, c + 1)] ?? colId };
  return { anchor: range.anchor, focus: next };
}

export const inRange = (b: RangeBounds, rowIndex: number, colId: string) =>
  rowIndex >= b.top && rowIndex <= b.bottom && b.colIds.includes(colId);
