import type { InterchangeError, InterchangeFormat } from './columns';
import { readCsv } from './csv';
import { fromRow, type ParsedRow } from './from-row';
import { readValidated } from './from-validated';
import { readJson } from './json';

export interface InterchangeRead {
  /** Rows that read cleanly, in file order. */
  rows: ParsedRow[];
  /** Every problem, by data row (1-based; 0 is the header or the file as a whole) and column. */
  errors: InterchangeError[];
  /** Data rows in the file, valid or not. */
  total: number;
}

/**
 * Reads an interchange file (CSV or JSON), or Tally's validated table in either form, into observations: the one reader
 * behind import, preview and `tally check`.
 * A row with any error is left out of `rows`; ids repeated within the file are errors on the later rows.
 */
export function readInterchange(text: string, format: InterchangeFormat, now: string = new Date().toISOString()): InterchangeRead {
  const { records, errors } = readValidated(text, format) ?? (format === 'csv' ? readCsv(text) : readJson(text));
  const badRows = new Set(errors.map((e) => e.row));
  const rows: ParsedRow[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const row = i + 1;
    // Ids count as used even on rows with other errors: fixing those must not make two rows share an id.
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id).trim() : '';
    const first = id ? seen.get(id) : undefined;
    if (id && first === undefined) seen.set(id, row);
    const r = fromRow(record, row, now);
    if (!r.ok) errors.push(...r.errors);
    if (first !== undefined) errors.push({ row, column: 'id', message: `id "${id}" is already used by row ${first}` });
    if (r.ok && first === undefined && !badRows.has(row)) rows.push(r.parsed);
  });
  errors.sort((a, b) => a.row - b.row); // stable: a row's errors stay in column order
  return { rows, errors, total: records.length };
}
