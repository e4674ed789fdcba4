import { promises as fs } from 'node:fs';
import type { Adapter } from 'lowdb';
import { TallyError, zodIssues } from '../../../shared/api/result';
import { DatasetDoc, SCHEMA_VERSION } from '../../../shared/model/dataset';
import { writeFileAtomic } from './atomic-file';
import { readNoFollow } from './fs-edge';
import { stringifyInSlices } from './sliced-stringify';
import { compareIds } from './ids';

const COLLECTIONS = ['sources', 'entities', 'indicators', 'observations', 'resolutions'] as const;

/**
 * dataset.json as Tally writes it: top-level keys in the schema's order, two-space indented, and each record (and the
 * metadata) on one line, in id order. A change to one observation is then a one-line diff, which is what lets git
 * store a shared dataset by its changes and merge two clones line by line (issue 13).
 */
export function stableStringify(doc: DatasetDoc): string {
  const keys: [string, unknown][] = [
    ['schemaVersion', doc.schemaVersion],
    ['meta', doc.meta],
    ...COLLECTIONS.map((c) => [c, doc[c]] as [string, unknown]),
    ['mergeConflicts', doc.mergeConflicts?.length ? doc.mergeConflicts : undefined],
    ['historySeq', doc.historySeq],
  ];
  const parts: string[] = [];
  for (const [key, value] of keys) {
    if (value === undefined) continue;
    if (!Array.isArray(value)) parts.push(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}`);
    else if (value.length === 0) parts.push(`  ${JSON.stringify(key)}: []`);
    else parts.push(`  ${JSON.stringify(key)}: [\n${value.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]`);
  }
  return `{\n${parts.join(',\n')}\n}\n`;
}

/** Puts every collection in id order (files written by hand or by other tools may not be). */
export function sortCollections(doc: DatasetDoc): void {
  for (const c of COLLECTIONS) {
    const items = doc[c] as { id: string }[];
    for (let i = 1; i < items.length; i++) {
      if (compareIds(items[i - 1].id, items[i].id) > 0) {
        items.sort((a, b) => compareIds(a.id, b.id));
        break;
      }
    }
  }
}

/** Reads and checks dataset.json text; every failure names the file and the first problems. */
export function parseDatasetJson(text: string, file: string): DatasetDoc {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new TallyError('DATASET_CORRUPT', `${file} is not valid JSON: ${(err as Error).message}; it was left as it is`, { file });
  }
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new TallyError(
      'DATASET_TOO_NEW',
      `${file} was written by a newer Tally (schema version ${version}; this one reads up to ${SCHEMA_VERSION}); it was left as it is`,
      { file },
    );
  }
  const parsed = DatasetDoc.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    const shown = issues.slice(0, 3).map((i) => `${i.path || '(root)'}: ${i.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    throw new TallyError('DATASET_CORRUPT', `${file} does not match the dataset schema: ${shown.join('; ')}${more}; it was left as it is`, {
      file,
      issues,
    });
  }
  return parsed.data;
}

/** The previous generation of dataset.json, kept at every rewrite: Recover from history starts from it. */
export const backupFileOf = (file: string): string => `${file}.bak`;

type Stamp = { size: number; mtimeMs: number };

/**
 * lowdb adapter for dataset.json. A file that fails to read is never written: the store is opened only after a
 * successful read, and a write first checks that nobody changed the file since Tally last read or wrote it.
 */
export class DatasetDocAdapter implements Adapter<DatasetDoc> {
  private stamp: Stamp | null = null;

  constructor(readonly file: string) {}

  /** The file's size as last read or written (0 before): the store defers rewrites of large files. */
  get size(): number {
    return this.stamp?.size ?? 0;
  }

  async read(): Promise<DatasetDoc | null> {
    let text: string;
    try {
      text = (await readNoFollow(this.file)).toString('utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      if (err instanceof TallyError) throw err;
      throw new TallyError('IO_ERROR', `cannot read ${this.file}: ${(err as Error).message}`, { file: this.file });
    }
    const doc = parseDatasetJson(text, this.file);
    sortCollections(doc);
    this.stamp = await this.currentStamp();
    return doc;
  }

  /** A write of Tally's own is replacing the file (its stamp is known again once the write ends). */
  private writing = 0;

  /** Refuses when someone changed the file since Tally last read or wrote it (checked before an edit is logged, too). */
  async assertUnchanged(): Promise<void> {
    if (!this.stamp || this.writing > 0) return;
    const now = await this.currentStamp();
    if (!now || now.size !== this.stamp.size || now.mtimeMs !== this.stamp.mtimeMs) {
      throw new TallyError('IO_ERROR', `${this.file} was changed outside Tally since it was opened; reopen the dataset`, { file: this.file });
    }
  }

  async write(doc: DatasetDoc): Promise<void> {
    await this.writeText(() => stableStringify(doc));
  }

  /**
   * The same bytes as write(), stringified and written in slices so the event loop serves requests in between
   * (the deferred rewrite of a large file). `doc` must not change until it resolves (see freezeForWrite).
   */
  async writeInSlices(doc: DatasetDoc): Promise<void> {
    await this.writeText(() => stringifyInSlices(doc));
  }

  private async writeText(text: () => string | Iterable<string>): Promise<void> {
    await this.assertUnchanged();
    this.writing++;
    try {
      await writeFileAtomic(this.file, text(), { backup: backupFileOf(this.file) });
      this.stamp = await this.currentStamp();
    } catch (err) {
      throw new TallyError('IO_ERROR', `cannot write ${this.file}: ${(err as Error).message}`, { file: this.file });
    } finally {
      this.writing--;
    }
  }

  private async currentStamp(): Promise<Stamp | null> {
    try {
      const s = await fs.lstat(this.file);
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return null;
    }
  }
}
