import type { InterchangeFormat } from './columns';

/** CSV or JSON, by the file's extension, else by its first character (a file saved without one). */
export function interchangeFormatOf(fileName: string, text: string): InterchangeFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.json')) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'csv';
}
