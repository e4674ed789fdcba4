import type { Language } from '../model/vocab';
import { type Period, yearPeriod } from '../periods/period';
import { findPeriodCues } from '../periods/period-cues';
import { isYear } from '../periods/period-words';
import { lineBounds } from './text-bounds';

/** Where a figure stands in a table: its row's label, its column's header and the period that header names. */
export interface TableCell {
  rowLabel: string;
  header: string;
  /** "Năm 2022", "Quý II/2024", "2023" in the column's header; undefined when the header names no period. */
  period?: Period;
  /** Offsets of the row label (entity and indicator aliases are read there). */
  labelStart: number;
  labelEnd: number;
  /** Offsets of the column's header cell. */
  headerStart: number;
  headerEnd: number;
}

/** Rows above a cell looked through for the table's first row: a longer table is read as headerless. */
const MAX_ROWS = 300;
/** A table row is shorter than this: a longer line is a paragraph. */
const ROW_REACH = 2000;
const BARE_YEAR = /^\s*(\d{4})\s*$/;

/**
 * The table cell holding offset `at`, when it is a later cell of a table row (tables arrive as lines of
 * tab-separated cells, html-text.ts) under a first row of headers. Null outside tables, in a row's label cell and
 * in the header row itself.
 */
export function tableCellAt(text: string, at: number, lang: Language, published?: string): TableCell | null {
  if (!tabBeforeOnLine(text, at)) return null; // most figures: prose, not a later cell of a row
  const row = lineBounds(text, at);
  if (!row) return null;
  const before = text.slice(row.start, at);
  const column = countTabs(before);
  if (column === 0) return null;
  let top = row;
  for (let n = 0; n < MAX_ROWS && top.start > 0; n++) {
    const above = lineBounds(text, top.start - 1);
    if (!above || !text.slice(above.start, above.end).includes('\t')) break;
    top = above;
  }
  if (top.start === row.start) return null;
  const header = cellAt(text, top, column);
  const label = cellAt(text, row, 0);
  if (!header) return null;
  const headerText = text.slice(header.start, header.end).trim();
  const cell: TableCell = {
    rowLabel: text.slice(label?.start ?? row.start, label?.end ?? row.start).trim(),
    header: headerText,
    labelStart: label?.start ?? row.start,
    labelEnd: label?.end ?? row.start,
    headerStart: header.start,
    headerEnd: header.end,
  };
  const period = headerPeriod(headerText, lang, published);
  if (period) cell.period = period;
  return cell;
}

/** The period a column header names: period words filling the cell, or a year standing alone ("2023"). */
function headerPeriod(header: string, lang: Language, published?: string): Period | undefined {
  const year = BARE_YEAR.exec(header);
  if (year && isYear(Number(year[1]))) return yearPeriod(Number(year[1]));
  const cue = findPeriodCues(header, lang, published).find((c) => c.period && !c.base);
  // Words around the cue ("Ước năm 2024", "Năm 2023 (tỷ đồng)") are allowed; a cue hidden in a long header is not.
  if (!cue?.period || cue.end - cue.start < header.length / 2) return undefined;
  return cue.period;
}

/** Whether a tab stands between the line's start and `at` (looking back no further than a row's length). */
function tabBeforeOnLine(text: string, at: number): boolean {
  const floor = Math.max(0, at - ROW_REACH);
  for (let i = at - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c === 9) return true;
    if (c === 10) return false;
  }
  return false;
}

function countTabs(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\t'); i >= 0; i = s.indexOf('\t', i + 1)) n++;
  return n;
}

/** Offsets of cell `index` of a row (cells separated by tabs), or null when the row has fewer cells. */
function cellAt(text: string, row: { start: number; end: number }, index: number): { start: number; end: number } | null {
  let start = row.start;
  for (let k = 0; k < index; k++) {
    const tab = text.indexOf('\t', start);
    if (tab < 0 || tab >= row.end) return null;
    start = tab + 1;
  }
  const tab = text.indexOf('\t', start);
  return { start, end: tab < 0 || tab > row.end ? row.end : tab };
}
