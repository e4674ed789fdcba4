import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import type { SourceTextVersion } from '../../../shared/model/source';
import { writeFileAtomic } from './atomic-file';

export const SOURCES_DIR = 'sources';

export const hashText = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;

const versionNumber = (file: string): number => Number(/\.v(\d+)\.txt$/.exec(file)?.[1] ?? 0);

/**
 * Stores a new frozen text as sources/<id>.v<N>.txt, N one above the last version. A file already there with other
 * bytes (left by an undone version) is never overwritten: N moves on until a free name or an identical copy.
 */
export async function writeSourceVersion(
  dir: string,
  id: string,
  text: string,
  previous: readonly SourceTextVersion[] = [],
): Promise<SourceTextVersion> {
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
    return { file, hash, length: text.length, importedAt: new Date().toISOString() };
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
