import { CatalogueFile } from '../api/contract';
import { TallyError } from '../api/result';
import { findCatalogueConflicts } from './catalogue-conflicts';

const refuse = (fileName: string, what: string): never => {
  throw new TallyError('INVALID_INPUT', `${fileName}: ${what}`, { file: fileName, issues: [{ path: fileName, message: what }] });
};

/** "indicators[3] "Export value"": an entry by its place and, where it has one, its name. */
function entryLabel(raw: unknown, path: readonly PropertyKey[]): string {
  const [collection, index, ...rest] = path;
  if (typeof index !== 'number') return String(collection ?? 'the file');
  const entry = (raw as Record<string, unknown[]>)[String(collection)]?.[index] as { name?: unknown } | undefined;
  const name = typeof entry?.name === 'string' && entry.name.trim() ? ` "${entry.name.trim()}"` : '';
  const field = rest.length ? `: ${rest.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[')}` : '';
  return `${String(collection)}[${index}]${name}${field}`;
}

/**
 * A catalogue interchange file (README, "tally catalogue"), read and checked before anything is changed: JSON of the
 * documented shape, names unique and each alias claimed once within each collection. The first problem is refused
 * with a message naming the entry; the file comes from outside and is trusted for nothing else.
 */
export function readCatalogueFile(text: string, fileName: string): CatalogueFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    return refuse(fileName, `not JSON (${(err as Error).message})`);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return refuse(fileName, 'expected an object { "entities": [...], "indicators": [...] }');
  }
  const parsed = CatalogueFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more problems)` : '';
    return refuse(fileName, `${entryLabel(raw, issue.path)}: ${issue.message}${more}`);
  }
  for (const [list, noun] of [
    [parsed.data.entities, 'entity'],
    [parsed.data.indicators, 'indicator'],
  ] as const) {
    const conflict = findCatalogueConflicts(list, noun)[0];
    if (conflict) refuse(fileName, conflict.message);
  }
  return parsed.data;
}
