import type { GroupKey } from '../model/resolution';

/** Names compare after Unicode NFC and whitespace folding, so NFD input and stray spaces do not split a group. */
export const normaliseName = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

const SEP = '\u001f';

/** The string a group is keyed by: entity + indicator + period code (codes are canonical, so kind/start/end match). */
export function groupKeyString(k: GroupKey): string {
  return normaliseName(k.entity) + SEP + normaliseName(k.indicator) + SEP + k.period.trim();
}

export function groupKeyOf(o: { entity: string; indicator: string; period: string }): GroupKey {
  return { entity: normaliseName(o.entity), indicator: normaliseName(o.indicator), period: o.period.trim() };
}
