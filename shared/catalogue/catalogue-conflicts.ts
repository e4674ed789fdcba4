import { catalogueKey } from './catalogue-key';

export interface NamedRecord {
  name: string;
  aliases: readonly string[];
}

/** Two records of one collection that claim the same words; `records` are indexes into the list checked. */
export interface CatalogueConflict {
  records: [number, number];
  message: string;
}

/**
 * The catalogue's uniqueness rules within one collection (entities or indicators): names are unique once case and
 * diacritics are folded, and an alias belongs to one record only and is no other record's name, so that a phrase
 * in an article points at one record. `noun` names the collection in messages ("indicator").
 */
export function findCatalogueConflicts(records: readonly NamedRecord[], noun: string): CatalogueConflict[] {
  const out: CatalogueConflict[] = [];
  const names = new Map<string, number>();
  records.forEach((r, i) => {
    const key = catalogueKey(r.name);
    const other = names.get(key);
    if (other === undefined) names.set(key, i);
    else out.push({ records: [other, i], message: `${noun} "${r.name}" has the same name as ${noun} "${records[other].name}" (case and diacritics aside)` });
  });
  const aliases = new Map<string, number>();
  records.forEach((r, i) => {
    for (const alias of r.aliases) {
      const key = catalogueKey(alias);
      const named = names.get(key);
      if (named !== undefined && named !== i) {
        out.push({ records: [named, i], message: `alias "${alias}" of ${noun} "${r.name}" is the name of ${noun} "${records[named].name}"` });
        continue;
      }
      const claimed = aliases.get(key);
      if (claimed !== undefined && claimed !== i) {
        out.push({ records: [claimed, i], message: `alias "${alias}" is claimed by ${noun} "${records[claimed].name}" and ${noun} "${r.name}"` });
      } else aliases.set(key, i);
    }
  });
  return out;
}
