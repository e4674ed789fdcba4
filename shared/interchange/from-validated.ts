import { VALIDATED_TABLE } from '../export/tables';
import type { InterchangeColumn, InterchangeError } from './columns';
import { BOM, readCsv } from './csv';
import type { JsonRecords } from './json';

/** The validated table's columns (shared/export/tables.ts), as its CSV header and JSON rows carry them. */
export const VALIDATED_COLUMNS: readonly string[] = VALIDATED_TABLE.fields.map((f) => f.name);

/** Columns only the validated table has: a header naming both is a validated export, not an interchange file. */
const MARKERS = ['group_status', 'basis'];

/**
 * How a validated row's basis maps to a review state: a reviewer's decision is the preferred figure; values the
 * sources agreed on (or one source gave) were checked; an open group (drafts only) was not decided.
 */
const STATUS_OF_BASIS: Record<string, string> = { resolution: 'preferred', agree: 'verified', single: 'verified', open: 'draft' };

/**
 * Reads Tally's validated table (CSV, or the JSON object with `rows`) as interchange records, one observation per group;
 * null when the text is not a validated export. Each row keeps its accepted value and the observation it rests on
 * (its id, source and quote, the quote anchored by its text since the table gives no offsets); the reviewer's
 * rationale, name and time go into the note so nothing the table says is dropped.
 */
export function readValidated(text: string, format: 'csv' | 'json'): JsonRecords | null {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (format === 'csv') {
    const header = body.slice(0, Math.max(0, body.search(/\r?\n|\r|$/))).split(',').map((h) => h.trim());
    if (!MARKERS.every((m) => header.includes(m))) return null;
    const { records, errors } = readCsv(text, VALIDATED_COLUMNS);
    return toInterchange(records, errors, true);
  }
  if (!body.trimStart().startsWith('{')) return null;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null; // the interchange reader reports the syntax error
  }
  const rows = (data as { rows?: unknown }).rows;
  if (!Array.isArray(rows) || !rows.every((r) => r && typeof r === 'object' && MARKERS.every((m) => m in r))) return null;
  return toInterchange(rows as Record<string, unknown>[], [], false);
}

function toInterchange(rows: readonly Record<string, unknown>[], errors: InterchangeError[], listsAsText: boolean): JsonRecords {
  const records = rows.map((v, i) => {
    const row = i + 1;
    const list = (column: string): string[] => {
      const cell = v[column];
      if (cell === undefined || cell === null || cell === '') return [];
      try {
        const parsed = listsAsText && typeof cell === 'string' ? JSON.parse(cell) : cell;
        if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed;
      } catch {
        // reported below
      }
      errors.push({ row, column, message: `${column} is not a list of texts (expected a JSON array such as ["a", "b"])` });
      return [];
    };
    // Read in the table's column order, so a row's errors come in that order too.
    const [ids, sourceIds, titles, urls, quotes] = ['observation_ids', 'source_ids', 'source_titles', 'source_urls', 'quotes'].map(list);
    const accepted = typeof v.accepted_observation_id === 'string' ? v.accepted_observation_id : '';
    const at = Math.max(0, ids.indexOf(accepted));
    const basis = String(v.basis ?? '');
    const status = STATUS_OF_BASIS[basis];
    if (!status) errors.push({ row, column: 'basis', message: `basis "${basis}" is not one of ${Object.keys(STATUS_OF_BASIS).join(', ')}` });
    const quote = quotes[at] ?? '';
    const decided = [v.decided_by, v.decided_at].filter((x) => typeof x === 'string' && x !== '').join(', ');
    const rationale = typeof v.rationale === 'string' ? v.rationale : '';
    const record: Record<InterchangeColumn, unknown> = {
      id: accepted,
      entity: v.entity,
      indicator: v.indicator,
      period: v.period,
      value: v.value,
      unit: v.unit,
      // An empty qualifier means the sources' hedges differed; the accepted value itself is then stated exactly.
      qualifier: v.qualifier === '' || v.qualifier === undefined || v.qualifier === null ? 'exact' : v.qualifier,
      stated: '',
      source_id: sourceIds[at] ?? '',
      source_title: titles[at] ?? '',
      source_url: urls[at] ?? '',
      source_published: '',
      quote,
      quote_start: null,
      quote_end: null,
      status: status ?? 'draft',
      note: rationale ? `Resolution${decided ? ` (${decided})` : ''}: ${rationale}` : '',
    };
    return record;
  });
  return { records, errors };
}
