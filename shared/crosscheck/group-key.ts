import type { GroupKey } from '../model/resolution';

/**
 * True when s is its own normal form: nothing outside Latin (below U+0300, so no combining marks) and the
 * precomposed Vietnamese letters (U+1E00–U+1EFF), which are NFC as they stand, and only single spaces between words.
 * Most names are, so they skip the normalisation and the regular expression (and the strings they allocate).
 */
function isPlainName(s: string): boolean {
  let space = true; // a leading space is not plain
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c < 32 || c === 0xa0 || (c >= 0x300 && (c < 0x1e00 || c > 0x1eff))) return false;
  }
  return !space || s.length === 0;
}

/** Names compare after Unicode NFC and whitespace folding, so NFD input and stray spaces do not split a group. */
export const normaliseName = (s: string) => (isPlainName(s) ? s : s.normalize('NFC').replace(/\s+/g, ' ').trim());

const SEP = '\u001f';

/** The string a group is keyed by: entity + indicator + period code (codes are canonical, so kind/start/end match). */
export function groupKeyString(k: GroupKey): string {
  return normaliseName(k.entity) + SEP + normaliseName(k.indicator) + SEP + k.period.trim();
}

export function groupKeyOf(o: { entity: string; indicator: string; period: string }): GroupKey {
  return { entity: normaliseName(o.entity), indicator: normaliseName(o.indicator), period: o.period.trim() };
}
