import { BOM, csvCells, csvLine } from '../../../shared/interchange/csv';
import type { TableDef, TableRecord } from '../../../shared/export/tables';
import { inChunks, type ProgressCounter } from './chunks';
import { StreamFile } from './stream-file';

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
    await inChunks(records, (chunk) => out.write(chunk.map((r) => csvLine(csvCells(r, names))).join('')), opts.progress, opts.signal);
    await out.close();
    return out.bytes;
  } catch (err) {
    await out.destroy();
    throw err;
  }
}
