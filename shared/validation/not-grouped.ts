import type { Observation } from '../model/observation';

export type GroupKeyField = 'entity' | 'indicator' | 'period';
const KEYS: readonly GroupKeyField[] = ['entity', 'indicator', 'period'];

/**
 * Which of the three group keys an observation still lacks; empty when it belongs to a group. A row lacking any is
 * left out of cross-checking (group-index.ts), so the grid, `tally check` and validation all say so with this list.
 */
export function missingGroupKeys(o: Pick<Observation, GroupKeyField>): GroupKeyField[] {
  return KEYS.filter((k) => o[k].trim() === '');
}

/** A row as curators read it in the grid: entity · indicator · period · "stated", a dash for what is missing. */
export function rowLabel(o: Pick<Observation, GroupKeyField | 'stated'>): string {
  const part = (s: string) => (s.trim() === '' ? '—' : s.trim());
  const stated = o.stated.trim() === '' ? '(nothing stated)' : `"${o.stated.trim()}"`;
  return `${part(o.entity)} · ${part(o.indicator)} · ${part(o.period)} · ${stated}`;
}
