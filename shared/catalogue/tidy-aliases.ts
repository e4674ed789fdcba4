import { catalogueKey } from './catalogue-key';

/**
 * A record's aliases as stored: trimmed, single-spaced, without empty ones, without its own name and without repeats
 * (compared by catalogueKey; the first spelling wins). The curator's order is kept.
 */
export function tidyAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([catalogueKey(name)]);
  const out: string[] = [];
  for (const raw of aliases) {
    const alias = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = catalogueKey(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias);
  }
  return out;
}
