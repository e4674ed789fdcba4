import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import { currentVersion, SOURCE_TEXT_FILE, type Source, type SourceTextVersion } from '../../../shared/model/source';
import { writeFileAtomic } from './atomic-file';
import { linkRefused, readNoFollow } from './fs-edge';

export const SOURCES_DIR = 'sources';

export const hashText = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('hex')}`;

const versionNumber = (file: string): number => Number(/\.v(\d+)\.txt$/.exec(file)?.[1] ?? 0);

/**
 * The absolute path of a version file, refused unless it is sources/<id>.v<N>.txt for this source and sources/ is a
 * real folder (a link there would lead reads and writes out of the dataset).
 */
export async function versionPath(dir: string, file: string, sourceId?: string): Promise<string> {
  const m = SOURCE_TEXT_FILE.exec(file);
  if (!m || (sourceId !== undefined && m[1] !== sourceId)) {
    throw new TallyError('DATASET_CORRUPT', `source text "${file}" is refused: it must be ${SOURCES_DIR}/${sourceId ?? '<id>'}.v<N>.txt inside the dataset folder`, {
      file,
    });
  }
  const folder = path.join(dir, SOURCES_DIR);
  const st = await fs.lstat(folder).catch(() => null);
  if (st?.isSymbolicLink()) throw linkRefused(folder);
  return path.join(folder, path.basename(file));
}

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
    const abs = await versionPath(dir, file, id);
    let existing: string | null = null;
    try {
      existing = (await readNoFollow(abs)).toString('utf8');
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
export async function readSourceVersion(dir: string, version: SourceTextVersion, sourceId?: string): Promise<string> {
  const abs = await versionPath(dir, version.file, sourceId);
  let text: string;
  try {
    text = (await readNoFollow(abs)).toString('utf8');
  } catch (err) {
    if (err instanceof TallyError) throw err;
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
      read[i] = await readSourceVersion(dir, currentVersion(sources[i]), sources[i].id).catch((err: Error) => err);
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
