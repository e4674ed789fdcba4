import type { Observation } from '../model/observation';
import { Id, IsoDate, OBSERVATION_STATUSES, type ObservationStatus, QUALIFIERS, type Qualifier } from '../model/vocab';
import { isWebUrl, WEB_URL_RULE } from '../model/web-url';
import { parsePeriodCode } from '../periods/period-code';
import type { InterchangeColumn, InterchangeError } from './columns';
import { readPlainNumber } from './plain-number';

/** Where a row says its figure came from; the importer matches it to a dataset source (see import-plan.ts). */
export interface SourceRef {
  id: string | null;
  title: string;
  url: string;
  published: string;
}

/** One row read into an observation. */
export interface ParsedRow {
  /** 1-based data row number, as in error reports. */
  row: number;
  /** False when the file left id blank: the observation carries a provisional id (row-N) the importer replaces. */
  idGiven: boolean;
  /**
   * The observation as the row states it. sourceId is the row's source_id (null when blank); quote prefix and suffix
   * are empty because files carry only the quote and offsets (the importer fills them from the source text).
   * Timestamps are the reading time: files do not carry them.
   */
  observation: Observation;
  source: SourceRef | null;
  /**
   * False when the row gives a quote without offsets (files from other tools or typed by hand): the quote then holds
   * 0..length as a mere placeholder and the importer anchors it by finding its text in the source's text.
   */
  quoteOffsetsGiven: boolean;
}

export type FromRowResult = { ok: true; parsed: ParsedRow } | { ok: false; errors: InterchangeError[] };

/**
 * Reads one row (CSV cells are strings; JSON cells may be numbers, strings or null). Blank cells follow the data
 * model, which allows drafts: an empty value or period is kept as empty and the validation report flags it later;
 * what is present must be well formed. Every problem is reported, not only the first.
 */
export function fromRow(raw: Record<string, unknown>, row: number, now: string): FromRowResult {
  const errors: InterchangeError[] = [];
  const fail = (column: InterchangeColumn, message: string) => errors.push({ row, column, message });

  const text = (column: InterchangeColumn): string => {
    const v = raw[column];
    if (v === undefined || v === null) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    fail(column, `${column} must be text, not ${Array.isArray(v) ? 'a list' : 'an object'}`);
    return '';
  };
  const num = (column: InterchangeColumn): number | null => {
    const v = raw[column];
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return null;
    if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
      fail(column, `${column} must be a finite number`);
      return null;
    }
    if (typeof v === 'string') {
      const n = readPlainNumber(v);
      if (n !== null) return n;
      fail(column, `${column} "${v}" is not a plain number (digits with '.' as the decimal point, no thousands separator)`);
      return null;
    }
    fail(column, `${column} must be a number`);
    return null;
  };
  const int = (column: InterchangeColumn): number | null => {
    const n = num(column);
    if (n === null) return null;
    if (!Number.isInteger(n) || n < 0) {
      fail(column, `${column} must be a whole number of 0 or more, not ${n}`);
      return null;
    }
    return n;
  };

  const idText = text('id').trim();
  let id = `row-${row}`;
  if (idText) {
    if (Id.safeParse(idText).success) id = idText;
    else fail('id', `id "${idText}" is not valid: ids are 1–64 letters, digits, _ or -`);
  }

  const periodText = text('period').trim();
  let period = '';
  if (periodText) {
    const p = parsePeriodCode(periodText);
    if (p.ok) period = p.period.code;
    else fail('period', p.message);
  }

  const value = num('value');

  const qualifierText = text('qualifier').trim();
  let qualifier: Qualifier = 'exact';
  if (qualifierText) {
    if ((QUALIFIERS as readonly string[]).includes(qualifierText)) qualifier = qualifierText as Qualifier;
    else fail('qualifier', `qualifier "${qualifierText}" is not one of ${QUALIFIERS.join(', ')}`);
  }

  const statusText = text('status').trim();
  let status: ObservationStatus = 'draft';
  if (statusText) {
    if ((OBSERVATION_STATUSES as readonly string[]).includes(statusText)) status = statusText as ObservationStatus;
    else fail('status', `status "${statusText}" is not one of ${OBSERVATION_STATUSES.join(', ')}`);
  }

  const source = readSource();
  const quoteBlank = (c: InterchangeColumn) => raw[c] === undefined || raw[c] === null || String(raw[c]).trim() === '';
  const quoteOffsetsGiven = !quoteBlank('quote_start') || !quoteBlank('quote_end');
  const quote = readQuote(source !== null);
  // Read before the error check: a list or an object in any of these is an error on the row, never a blank.
  const entity = text('entity').trim();
  const indicator = text('indicator').trim();
  const unit = text('unit').trim();
  const stated = text('stated');
  const note = text('note');

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    parsed: {
      row,
      idGiven: idText !== '',
      source,
      quoteOffsetsGiven,
      observation: {
        id,
        entity,
        indicator,
        period,
        value,
        unit,
        qualifier,
        stated,
        sourceId: source?.id ?? null,
        quote,
        status,
        deprecation: null,
        note,
        createdAt: now,
        updatedAt: now,
      },
    },
  };

  function readSource(): SourceRef | null {
    const sid = text('source_id').trim();
    const title = text('source_title').trim();
    const url = text('source_url').trim();
    const published = text('source_published').trim();
    if (sid && !Id.safeParse(sid).success) fail('source_id', `source_id "${sid}" is not valid: ids are 1–64 letters, digits, _ or -`);
    if (url && !isWebUrl(url)) fail('source_url', `source_url "${url}" ${WEB_URL_RULE}`);
    if (published && !IsoDate.safeParse(published).success) fail('source_published', `source_published "${published}" is not a date as YYYY-MM-DD`);
    if (!sid && !title && !url) return null;
    return { id: sid || null, title, url, published };
  }

  function readQuote(hasSource: boolean): Observation['quote'] {
    const exact = text('quote');
    const start = int('quote_start');
    const end = int('quote_end');
    if (!exact) {
      if (start !== null || end !== null) fail('quote', 'quote offsets are given but the quote is empty');
      return null;
    }
    if (!hasSource) fail('source_id', 'a quote needs its source: give source_id or source_title');
    // Both offsets blank: the quote is anchored by its text (domain.md, Interchange files). One alone is a typo.
    if (!quoteOffsetsGiven) return { exact, prefix: '', suffix: '', start: 0, end: exact.length };
    if (quoteBlank('quote_start')) fail('quote_start', 'quote_start is empty but quote_end is given');
    if (quoteBlank('quote_end')) fail('quote_end', 'quote_end is empty but quote_start is given');
    if (start === null || end === null) return null;
    if (end - start !== exact.length) {
      fail('quote_end', `quote_end − quote_start is ${end - start} but the quote is ${exact.length} characters long`);
      return null;
    }
    return { exact, prefix: '', suffix: '', start, end };
  }
}
