/** The interchange columns in domain.md order (Interchange files); CSV headers and JSON keys are exactly these. */
export const INTERCHANGE_COLUMNS = [
  'id',
  'entity',
  'indicator',
  'period',
  'value',
  'unit',
  'qualifier',
  'stated',
  'source_id',
  'source_title',
  'source_url',
  'source_published',
  'quote',
  'quote_start',
  'quote_end',
  'status',
  'note',
] as const;
export type InterchangeColumn = (typeof INTERCHANGE_COLUMNS)[number];

/** Columns holding numbers: JSON writes them as numbers, CSV as plain digits ('.' decimal, no grouping). */
export const NUMERIC_COLUMNS: ReadonlySet<InterchangeColumn> = new Set(['value', 'quote_start', 'quote_end']);

/**
 * One observation in interchange form. Missing numbers are null (an empty CSV cell); every other cell is a string,
 * empty when absent, so a row always has all seventeen keys.
 */
export type InterchangeRow = {
  [C in InterchangeColumn]: C extends 'value' | 'quote_start' | 'quote_end' ? number | null : string;
};

/** A per-cell problem found while reading a file: row is the 1-based data row (the header is row 0). */
export interface InterchangeError {
  row: number;
  column: string;
  message: string;
}

export type InterchangeFormat = 'csv' | 'json';
