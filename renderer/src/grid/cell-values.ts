import { parsePeriodCode } from '../../../shared/periods/period-code';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads what a curator types into the Value cell: the normalised number, not the figure as written.
 * Accepted: `28.8`, `28,8` (a lone decimal comma, as Vietnamese writes it), `29000000000`, `29 000 000 000`,
 * `2.9e10`, `-3`. Refused as ambiguous: one comma or dot followed by exactly three digits with nothing after
 * (`1,030` is 1030 in English but 1.03 in Vietnamese), and mixed separators (`1.030,5`) — those belong in "Stated".
 * Empty means "no value yet" (a draft row).
 */
export function parseValueInput(raw: unknown): Parsed<number | null> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, message: 'Value must be a finite number' };
  const text = String(raw ?? '').trim();
  if (text === '') return { ok: true, value: null };
  const compact = text.replace(/[\s\u00a0\u202f_]/g, '');
  const bad = (why: string): Parsed<number | null> => ({ ok: false, message: `Value "${text}" ${why}` });
  if (/[.,].*[.,]/.test(compact.replace(/e[+-]?\d+$/i, ''))) {
    return bad('mixes separators or repeats them; type the plain number, e.g. 3985.5 (the words as written go in Stated)');
  }
  if (/^-?[1-9]\d{0,2}[.,]\d{3}$/.test(compact)) {
    return bad('is ambiguous (thousands or decimals?); type 1030 or 1.03');
  }
  const normalised = compact.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return bad('is not a number');
  const n = Number(normalised);
  if (!Number.isFinite(n)) return bad('is too large');
  return { ok: true, value: n };
}

/** Empty is allowed while a row is a draft; anything else must be an interchange period code. */
export function parsePeriodInput(raw: unknown): Parsed<string> {
  const text = String(raw ?? '').trim();
  if (text === '') return { ok: true, value: '' };
  // Codes hold only digits and H, Q, M: "2024-h1" is read as 2024-H1.
  const r = parsePeriodCode(text.toUpperCase());
  return r.ok ? { ok: true, value: r.period.code } : { ok: false, message: capitalise(r.message) };
}

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const VALUE_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 12 });

/** Values are shown with thin-space grouping and a decimal point, which neither language misreads as a decimal comma. */
export function formatValue(v: number | null | undefined): string {
  if (v === null || v === undefined) return '';
  return VALUE_FORMAT.format(v).replace(/,/g, '\u2009');
}
