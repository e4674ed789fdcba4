import { normaliseName } from '../../../shared/crosscheck/group-key';

export type GroupKeyField = 'entity' | 'indicator' | 'period';
const KEYS: GroupKeyField[] = ['entity', 'indicator', 'period'];

/** The group keys a row still lacks (a row lacking any is in no group, so it is never cross-checked). */
export function missingGroupKeys(o: Record<GroupKeyField, string>): GroupKeyField[] {
  return KEYS.filter((k) => (k === 'period' ? o.period.trim() : normaliseName(o[k])) === '');
}

/** The Group status text of a row in no group: "not grouped: needs indicator, period". */
export function notGroupedText(missing: readonly GroupKeyField[]): string {
  return missing.length ? `not grouped: needs ${missing.join(', ')}` : 'not grouped';
}
