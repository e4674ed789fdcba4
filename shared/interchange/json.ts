import { BOM } from './csv';
import { INTERCHANGE_COLUMNS, type InterchangeError, type InterchangeRow } from './columns';

/** A record as one line of JSON with its keys in `columns` order; numbers stay numbers, missing values are null. */
export function jsonRecordText(record: Record<string, unknown>, columns: readonly string[]): string {
  const ordered: Record<string, unknown> = {};
  for (const c of columns) ordered[c] = record[c] ?? null;
  return JSON.stringify(ordered);
}

/** One interchange row as a line of JSON. */
export const jsonRowText = (row: InterchangeRow): string => jsonRecordText(row, INTERCHANGE_COLUMNS);

/** The interchange JSON: an array of row objects, one per line so diffs and streaming stay simple. */
export function toJson(rows: readonly InterchangeRow[]): string {
  return rows.length ? `[\n${rows.map(jsonRowText).join(',\n')}\n]\n` : '[]\n';
}

export interface JsonRecords {
  records: Record<string, unknown>[];
  errors: InterchangeError[];
}

/**
 * Parses interchange JSON: an array of objects keyed by the interchange columns. A missing key reads as blank; an
 * unknown key is an error on that row, since it is most often a misspelt column whose data would be lost.
 */
export function readJson(text: string): JsonRecords {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (err) {
    return { records: [], errors: [{ row: 0, column: '', message: `not valid JSON: ${(err as Error).message}` }] };
  }
  if (!Array.isArray(data)) {
    return { records: [], errors: [{ row: 0, column: '', message: 'expected a JSON array of observation objects, or a validated table with its rows' }] };
  }
  const known = new Set<string>(INTERCHANGE_COLUMNS);
  const errors: InterchangeError[] = [];
  const records = data.map((item, i) => {
    const row = i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      errors.push({ row, column: '', message: 'expected an object with the interchange columns' });
      return {};
    }
    for (const key of Object.keys(item)) {
      if (!known.has(key)) errors.push({ row, column: key, message: `unknown column "${key}"` });
    }
    return item as Record<string, unknown>;
  });
  return { records, errors };
}
