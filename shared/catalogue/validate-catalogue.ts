import type { CatalogueFile } from '../api/contract';
import type { CatalogueLike } from './catalogue-index';
import { termKey } from './catalogue-term';

export type CatalogueCollectionName = 'entities' | 'indicators';

/** One reason a catalogue cannot be taken as it is, naming the entry at fault. */
export interface CatalogueProblem {
  collection: CatalogueCollectionName;
  /** The record's name as written in the file. */
  name: string;
  message: string;
}

const NOUN: Record<CatalogueCollectionName, string> = { entities: 'entity', indicators: 'indicator' };

/**
 * What is wrong with a catalogue file, alone or added to an existing catalogue (records of the same name, after
 * folding, are one record: their aliases join). Within each collection: two names that fold to the same words,
 * an alias claimed by two records, an alias equal to another record's name, an alias with no letters or digits.
 * Empty when the file can be taken; the import changes nothing otherwise.
 */
export function validateCatalogueFile(file: CatalogueFile, existing?: CatalogueLike): CatalogueProblem[] {
  return [
    ...collectionProblems('entities', file.entities, existing?.entities ?? []),
    ...collectionProblems('indicators', file.indicators, existing?.indicators ?? []),
  ];
}

/** One line for a command line or a toast: the first problem, and how many more there are. */
export function catalogueProblemsMessage(problems: readonly CatalogueProblem[]): string {
  if (problems.length === 0) return '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return `${problems[0].message}${more}`;
}

type Entry = { name: string; aliases: readonly string[] };

function collectionProblems(collection: CatalogueCollectionName, entries: readonly Entry[], existing: readonly Entry[]): CatalogueProblem[] {
  const noun = NOUN[collection];
  const problems: CatalogueProblem[] = [];
  const problem = (name: string, message: string) => problems.push({ collection, name, message: `${noun} "${name}": ${message}` });

  // Record names by folded key: existing records first, then the file's (a same-named file entry updates one).
  const owner = new Map<string, string>();
  for (const e of existing) owner.set(termKey(e.name), e.name);
  const fileNames = new Map<string, string>();
  for (const e of entries) {
    const key = termKey(e.name);
    const twin = fileNames.get(key);
    if (!key) problem(e.name, 'a name needs letters or digits');
    else if (twin !== undefined) problem(e.name, `same name as "${twin}" once case and accents are ignored`);
    else {
      fileNames.set(key, e.name);
      if (!owner.has(key)) owner.set(key, e.name);
    }
  }

  // Every alias of the merged catalogue, by folded key, to the record that claims it.
  const aliasOwner = new Map<string, { record: string; alias: string }>();
  const claim = (recordKey: string, recordName: string, alias: string, fromFile: boolean) => {
    const key = termKey(alias);
    if (!key) {
      if (fromFile) problem(recordName, `alias "${alias}" has no letters or digits`);
      return;
    }
    const named = owner.get(key);
    if (named !== undefined && key !== recordKey) {
      if (fromFile) problem(recordName, `alias "${alias}" is the name of another ${noun}, "${named}"`);
      return;
    }
    const prior = aliasOwner.get(key);
    if (prior && termKey(prior.record) !== recordKey) {
      if (fromFile) problem(recordName, `alias "${alias}" is also an alias of "${prior.record}"`);
      return;
    }
    aliasOwner.set(key, { record: owner.get(recordKey) ?? recordName, alias });
  };
  for (const e of existing) for (const a of e.aliases) claim(termKey(e.name), e.name, a, false);
  for (const e of entries) for (const a of e.aliases) claim(termKey(e.name), e.name, a, true);
  return problems;
}
