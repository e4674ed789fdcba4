import { BOM, csvLine } from '../../../shared/interchange/csv';
import { plainNumber } from '../../../shared/interchange/plain-number';
import type { Cell, TableDef, TableRecord } from '../../../shared/export/tables';
import { inChunks, type ProgressCounter } from './chunks';
import { StreamFile } from './stream-file';

/** A cell as CSV text: numbers as plain digits, lists as JSON arrays (Table Schema `array`), null as empty. */
export function csvCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return plainNumber(cell);
  if (typeof cell === 'string') return cell;
  return JSON.stringify(cell);
}

export interface TableWriteOptions {
  progress: ProgressCounter;
  signal?: AbortSignal;
}

/**
 * Writes one table as CSV to `file` (a temp name: the caller renames it). `bom` for files people open in
 * spreadsheets (interchange CSV); Data Package resources go without, as plain UTF-8. Returns the bytes written.
 */
export async function writeCsvTable(file: string, table: TableDef, records: readonly TableRecord[], bom: boolean, opts: TableWriteOptions): Promise<number> {
  const out = new StreamFile(file);
  const names = table.fields.map((f) => f.name);
  try {
    await out.write((bom ? BOM : '') + csvLine(names));
    await inChunks(records, (chunk) => out.write(chunk.map((r) => csvLine(names.map((n) => csvCell(r[n])))).join('')), opts.progress, opts.signal);
    await out.close();
    return out.bytes;
  } catch (err) {
    await out.destroy();
    throw err;
  }
}
