import { termKey } from './catalogue-term';

const spaced = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * A record's aliases as stored: trimmed, single-spaced, without empty ones, without repeats (compared by
 * termKey; the first spelling wins) and without the record's own name in another case. The name written
 * without diacritics stays ("Thai Nguyen" for Thái Nguyên): matching would find it anyway, but it is how English
 * sources spell the name, which the catalogue shows. The curator's order is kept.
 */
export function tidyAliases(name: string, aliases: readonly string[]): string[] {
  const own = spaced(name).toLowerCase();
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = spaced(raw);
    const key = termKey(alias);
    if (!key || seen.has(key) || alias.toLowerCase() === own) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}
