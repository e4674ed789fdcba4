import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import { currentVersion, type Source, type SourceTextVersion } from '../../../shared/model/source';
import { writeFileAtomic } from './atomic-file';

export const SOURCES_DIR = 'sources';

export const hashText = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;

const versionNumber = (file: string): number => Number(/\.v(\d+)\.txt$/.exec(file)?.[1] ?? 0);

/**
 * Stores a new frozen text as sources/<id>.v<N>.txt, N one above the last version. A file already there with other
 * bytes (left by an undone version) is never overwritten: N moves on until a free name or an identical copy.
 * `created` says whether this call made the file (false when an identical copy was there).
 */
export async function writeSourceVersion(
  dir: string,
  id: string,
  text: string,
  previous: readonly SourceTextVersion[] = [],
): Promise<{ version: SourceTextVersion; created: boolean }> {
  const hash = hashText(text);
  let n = previous.reduce((max, v) => Math.max(max, versionNumber(v.file)), 0) + 1;
  await fs.mkdir(path.join(dir, SOURCES_DIR), { recursive: true });
  for (;;) {
    const file = `${SOURCES_DIR}/${id}.v${n}.txt`;
    const abs = path.join(dir, file);
    let existing: string | null = null;
    try {
      existing = await fs.readFile(abs, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    if (existing === null) {
      await writeFileAtomic(abs, text);
    } else if (hashText(existing) !== hash) {
      n++;
      continue;
    }
    return { version: { file, hash, length: text.length, importedAt: new Date().toISOString() }, created: existing === null };
  }
}

/** Reads one stored version; a missing file or a changed hash is reported, since citations rest on these bytes. */
export async function readSourceVersion(dir: string, version: SourceTextVersion): Promise<string> {
  const abs = path.join(dir, version.file);
  let text: string;
  try {
    text = await fs.readFile(abs, 'utf8');
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'is missing' : (err as Error).message;
    throw new TallyError('NOT_FOUND', `source text ${abs} ${why}`, { file: abs });
  }
  if (hashText(text) !== version.hash) {
    throw new TallyError('DATASET_CORRUPT', `source text ${abs} was changed on disk (its hash no longer matches)`, { file: abs });
  }
  return text;
}

/** Texts read at once when opening: enough to overlap the waits, few enough to stay far from the open-file limit. */
const PARALLEL_READS = 16;

/**
 * The current text of every source by source id, read a few at a time (opening a dataset waits on these). A text
 * that cannot be read is left out with a warning: its citations then count as orphaned, and the dataset still opens.
 */
export async function readCurrentTexts(dir: string, sources: readonly Source[]): Promise<{ texts: Map<string, string>; warnings: string[] }> {
  const read: Array<string | Error> = new Array(sources.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < sources.length; i = next++) {
      read[i] = await readSourceVersion(dir, currentVersion(sources[i])).catch((err: Error) => err);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, sources.length) }, worker));
  const texts = new Map<string, string>();
  const warnings: string[] = [];
  read.forEach((r, i) => {
    if (typeof r === 'string') texts.set(sources[i].id, r);
    else warnings.push(r.message);
  });
  return { texts, warnings };
}
