import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Cell, TableDef, TableRecord } from '../../../shared/export/tables';
import { inChunks, throwIfCancelled, type ProgressCounter } from './chunks';

export interface Sheet {
  table: TableDef;
  records: readonly TableRecord[];
}

export interface WorkbookMeta {
  title: string;
  subject: string;
  description: string;
  keywords: string;
  creator: string;
}

/** A cell as the workbook holds it: numbers stay numbers (typed numeric cells), lists become lines. */
function xlsxCell(cell: Cell | undefined): string | number | null {
  if (cell === null || cell === undefined || cell === '') return null;
  if (typeof cell === 'number' || typeof cell === 'string') return cell;
  return cell.join('\n');
}

/**
 * Writes a workbook with exceljs's streaming writer (rows are flushed as they are committed, so 200k rows do not sit
 * in memory as cell objects): one sheet per table, a bold frozen header row, column widths from the table
 * definitions. Returns the bytes written. On cancel or failure the zip is aborted; the caller removes the file.
 */
export async function writeWorkbook(file: string, sheets: readonly Sheet[], meta: WorkbookMeta, opts: { progress: ProgressCounter; signal?: AbortSignal }): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
  // Document properties (docProps/core.xml): the writer renders them from itself at commit.
  Object.assign(wb, { title: meta.title, subject: meta.subject, description: meta.description, keywords: meta.keywords, creator: meta.creator, lastModifiedBy: meta.creator });
  try {
    for (const { table, records } of sheets) {
      const ws = wb.addWorksheet(table.sheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }] });
      ws.columns = table.fields.map((f) => ({ header: f.name, key: f.name, width: f.width }));
      const header = ws.getRow(1);
      header.font = { bold: true };
      header.commit();
      const names = table.fields.map((f) => f.name);
      const numeric = new Set(table.fields.filter((f) => f.type === 'number').map((f) => f.name));
      await inChunks(
        records,
        (chunk) => {
          for (const r of chunk) {
            const row = ws.addRow(names.map((n) => xlsxCell(r[n])));
            // Shown in full (29000000000, not 2.9E+10, which the General format would show for large values).
            for (const n of numeric) {
              const v = r[n];
              if (typeof v === 'number') row.getCell(n).numFmt = Number.isInteger(v) ? '0' : '0.0##############';
            }
            row.commit();
          }
        },
        opts.progress,
        opts.signal,
      );
      ws.commit();
    }
    throwIfCancelled(opts.signal);
    await wb.commit();
  } catch (err) {
    abortWorkbook(wb);
    throw err;
  }
  return (await fs.stat(file)).size;
}

/** Stops the zip and closes the file so the temp file can be removed (exceljs has no abort of its own). */
function abortWorkbook(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const inner = wb as unknown as { zip?: { abort?: () => void }; stream?: { destroy?: () => void } };
  try {
    inner.zip?.abort?.();
  } catch {
    // already finished or failed
  }
  inner.stream?.destroy?.();
}
