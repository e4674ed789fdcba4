import type { GroupKeyField } from '../../../shared/validation/not-grouped';

/** The Group status text of a row in no group: "not grouped: needs indicator, period". */
export function notGroupedText(missing: readonly GroupKeyField[]): string {
  return missing.length ? `not grouped: needs ${missing.join(', ')}` : 'not grouped';
}
