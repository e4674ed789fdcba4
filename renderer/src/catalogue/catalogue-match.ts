import type { Entity, Indicator } from '../../../shared/model';
import { termKey } from '../../../shared/catalogue/catalogue-term';
import { foldDiacritics } from '../../../shared/text/fold';

export type CatalogueRecord = Entity | Indicator;

/** True when a record's name, an alias or its other words (kind, unit, definition) contain the folded query. */
export function recordMatches(r: CatalogueRecord, query: string): boolean {
  const q = foldDiacritics(query.trim());
  if (!q) return true;
  const words = [r.name, ...r.aliases, 'kind' in r ? r.kind : '', 'unit' in r ? r.unit : '', 'definition' in r ? r.definition : ''];
  return words.some((w) => foldDiacritics(w).includes(q));
}

/** The record a typed name stands for: its name or one of its aliases, compared as the catalogue compares them. */
export function findRecord<R extends CatalogueRecord>(records: readonly R[], name: string): R | undefined {
  const f = termKey(name);
  if (!f) return undefined;
  return records.find((r) => termKey(r.name) === f) ?? records.find((r) => r.aliases.some((a) => termKey(a) === f));
}

/** One completion choice: `value` goes into the cell; `alias` says which alias matched, when one did. */
export interface Completion {
  value: string;
  alias?: string;
}

/** Where a typed text was found in a folded word: at its start ranks before inside it. */
function rank(folded: string, q: string): number {
  if (folded.startsWith(q)) return 0;
  return folded.includes(q) ? 1 : -1;
}

/**
 * Completions for a typed text from catalogue records (names and aliases) and other names in use: prefix matches
 * first, then matches inside; an alias completes to its record's name and appears once per record. Extra names
 * (used on rows but not in the catalogue) come after the catalogue's.
 */
export function completeFromCatalogue(records: readonly CatalogueRecord[], extraNames: readonly string[], typed: string, max = 12): Completion[] {
  const q = foldDiacritics(typed.trim());
  const buckets: Completion[][] = [[], [], [], []];
  const seen = new Set<string>();
  for (const r of records) {
    const byName = q ? rank(foldDiacritics(r.name), q) : 0;
    if (byName >= 0) {
      buckets[byName].push({ value: r.name });
      seen.add(foldDiacritics(r.name));
      continue;
    }
    for (const a of r.aliases) {
      const byAlias = rank(foldDiacritics(a), q);
      if (byAlias >= 0) {
        buckets[byAlias].push({ value: r.name, alias: a });
        seen.add(foldDiacritics(r.name));
        break;
      }
    }
  }
  for (const n of extraNames) {
    const f = foldDiacritics(n);
    if (seen.has(f)) continue;
    const at = q ? rank(f, q) : 0;
    if (at >= 0) {
      buckets[2 + at].push({ value: n });
      seen.add(f);
    }
  }
  // Exactly what is typed already is no completion.
  return buckets.flat().filter((c) => !(c.value === typed.trim() && !c.alias)).slice(0, max);
}
