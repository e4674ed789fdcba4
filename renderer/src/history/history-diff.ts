import type { HistoryChange } from '../../../shared/model';

export interface FieldDiff {
  field: string;
  before: string;
  after: string;
}

/** Fields every edit touches; showing them would bury the change that matters. */
const NOISE = new Set(['updatedAt', 'createdAt']);
const MAX_TEXT = 60;

/** A field's value in a few words: quotes by their exact text, objects as compact JSON, long text cut. */
export function shortValue(v: unknown): string {
  if (v === null || v === undefined) return '∅';
  if (typeof v === 'string') return v === '' ? '""' : cut(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'object' && 'exact' in (v as object) && typeof (v as { exact: unknown }).exact === 'string') {
    return `“${cut((v as { exact: string }).exact)}”`;
  }
  return cut(JSON.stringify(v));
}

function cut(s: string): string {
  return s.length <= MAX_TEXT ? s : `${s.slice(0, MAX_TEXT - 1)}…`;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ between a record's before and after (both present). */
export function fieldDiffs(change: HistoryChange): FieldDiff[] {
  const before = (change.before ?? {}) as Record<string, unknown>;
  const after = (change.after ?? {}) as Record<string, unknown>;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const out: FieldDiff[] = [];
  for (const f of fields) {
    if (NOISE.has(f) || same(before[f], after[f])) continue;
    out.push({ field: f, before: shortValue(before[f]), after: shortValue(after[f]) });
  }
  return out;
}

/** What kind of change one record went through. */
export function changeKind(c: HistoryChange): 'created' | 'deleted' | 'changed' {
  return c.before === null || c.before === undefined ? 'created' : c.after === null || c.after === undefined ? 'deleted' : 'changed';
}

/** A record named for people: an observation by its figure, a source by its title, a decision by its group. */
export function recordName(c: HistoryChange): string {
  const r = (c.after ?? c.before ?? {}) as Record<string, unknown>;
  if (c.collection === 'observations') {
    const parts = [r.entity, r.indicator, r.period, r.stated].filter((x) => typeof x === 'string' && x) as string[];
    return parts.length ? `${c.id} (${cut(parts.join(' · '))})` : c.id;
  }
  if (c.collection === 'sources' && typeof r.title === 'string') return `${c.id} (${cut(r.title)})`;
  if (c.collection === 'resolutions' && r.group && typeof r.group === 'object') {
    const g = r.group as Record<string, string>;
    return `decision on ${g.entity} · ${g.indicator} · ${g.period}`;
  }
  if (c.collection === 'meta') return 'dataset settings';
  return c.id;
}
