import Papa from 'papaparse';
import { INTERCHANGE_COLUMNS, type InterchangeError, type InterchangeRow } from './columns';
import { neutraliseFormulaText, restoreFormulaText } from './formula-guard';
import { plainNumber } from './plain-number';

/** Spreadsheet programs read a file as UTF-8 only when it starts with a byte-order mark. */
export const BOM = '\uFEFF';
/** RFC 4180 line ends; fields may still hold bare \n inside quotes, which readers keep as written. */
export const CSV_EOL = '\r\n';

/** One field, quoted only when it must be (comma, quote, CR or LF), with inner quotes doubled (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',') + CSV_EOL;
}

/**
 * A value as CSV text: numbers as plain digits, null as empty, lists as JSON arrays (Table Schema `array`), text
 * guarded against formula injection (numbers are never guarded: -5 stays a number).
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return plainNumber(v);
  if (typeof v === 'string') return neutraliseFormulaText(v);
  return Array.isArray(v) ? JSON.stringify(v) : String(v);
}

/** The cells of a record, in column order. */
export function csvCells(record: Record<string, unknown>, columns: readonly string[]): string[] {
  return columns.map((c) => csvCell(record[c]));
}

export function interchangeCsvLine(row: InterchangeRow): string {
  return csvLine(csvCells(row, INTERCHANGE_COLUMNS));
}

/** A whole interchange CSV in memory (small files and tests; the backend writer streams the same lines). */
export function toCsv(rows: readonly InterchangeRow[]): string {
  return BOM + csvLine(INTERCHANGE_COLUMNS) + rows.map(interchangeCsvLine).join('');
}

export interface CsvRecords {
  /** records[i] is data row i + 1, keyed by column name. */
  records: Record<string, string>[];
  errors: InterchangeError[];
}

/**
 * Parses CSV text with a header row naming the interchange columns (any order; a leading BOM is dropped). A header
 * with missing, unknown or repeated columns is one clear error and no records, since every cell would be misread.
 */
export function readCsv(text: string, columns: readonly string[] = INTERCHANGE_COLUMNS): CsvRecords {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  // Row ends are read off the header line (column names hold no line breaks), not guessed from the whole file,
  // where CR LF inside quoted fields could mislead a guess.
  const firstLf = body.indexOf('\n');
  const newline = firstLf > 0 && body[firstLf - 1] === '\r' ? '\r\n' : firstLf >= 0 ? '\n' : body.includes('\r') ? '\r' : '\n';
  const parsed = Papa.parse<string[]>(body, { delimiter: ',', newline, skipEmptyLines: 'greedy' });
  const errors: InterchangeError[] = [];
  const [header, ...lines] = parsed.data;
  if (!header) return { records: [], errors: [{ row: 0, column: '', message: 'the file is empty: expected a header row' }] };

  const names = header.map((h) => h.trim());
  const known = new Set(columns);
  const missing = columns.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !known.has(n));
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  const headerProblems = [
    missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
    unknown.length ? `unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => `"${u}"`).join(', ')}` : '',
    repeated.length ? `repeated column${repeated.length > 1 ? 's' : ''} ${repeated.join(', ')}` : '',
  ].filter(Boolean);
  if (headerProblems.length) {
    // Spreadsheets in many locales save with ';' or tabs between fields: say so rather than list every column.
    const other = names.length === 1 ? [';', '\t'].find((d) => names[0].includes(d)) : undefined;
    const message = other
      ? `header: fields are separated by ${other === ';' ? 'semicolons' : 'tabs'}; save the file as comma-separated CSV`
      : `header: ${headerProblems.join('; ')}`;
    return { records: [], errors: [{ row: 0, column: other ? '' : (missing[0] ?? unknown[0] ?? repeated[0]), message }] };
  }

  // Papa reports quoting problems by record index (the header is record 0).
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined) errors.push({ row: e.row, column: '', message: `badly quoted field: ${e.message}` });
  }
  const records = lines.map((cells, i) => {
    if (cells.length !== names.length) {
      errors.push({ row: i + 1, column: '', message: `expected ${names.length} fields, found ${cells.length}` });
    }
    const record: Record<string, string> = {};
    names.forEach((n, j) => (record[n] = restoreFormulaText(cells[j] ?? '')));
    return record;
  });
  return { records, errors };
}
