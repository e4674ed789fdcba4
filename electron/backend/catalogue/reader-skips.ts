import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ReaderSkip } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { writeFileAtomic } from '../store/atomic-file';

/**
 * Suggestions a curator skipped in the reader, per source, kept beside dataset.json. They are state of the reader, not
 * claims about figures: not in history, not undone, not exported. Written atomically like every file of a dataset.
 */
export const READER_SKIPS_FILE = 'reader-skips.json';

const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }).strict();
const SkipsFile = z.record(z.string(), z.array(Span));
type SkipsFile = z.infer<typeof SkipsFile>;
type ReaderSkip = z.infer<typeof ReaderSkip>;

const file = (dir: string) => path.join(dir, READER_SKIPS_FILE);

const ioError = (what: 'read' | 'write', err: unknown) =>
  new TallyError('IO_ERROR', `cannot ${what} ${READER_SKIPS_FILE}: ${(err as Error).message}; the skipped suggestions are as they were`);

/**
 * The skips on disk. A file that is not what Tally writes (edited by hand, cut short) is moved aside, said once on
 * stderr, and the reader starts again with no skips: losing skips costs a key press each, refusing to open costs more.
 */
async function readSkips(dir: string): Promise<SkipsFile> {
  let text: string;
  try {
    text = await fs.readFile(file(dir), 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw ioError('read', err);
  }
  let parsed: ReturnType<typeof SkipsFile.safeParse> | null;
  try {
    parsed = SkipsFile.safeParse(JSON.parse(text));
  } catch {
    parsed = null;
  }
  if (parsed?.success) return parsed.data;
  const aside = `${file(dir)}.unreadable-${Date.now()}`;
  await fs.rename(file(dir), aside);
  console.error(`tally: ${READER_SKIPS_FILE} was not readable; kept as ${path.basename(aside)}, skipped suggestions start afresh`);
  return {};
}

const bySpan = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

export async function listSkips(dir: string, sourceId: string): Promise<ReaderSkip[]> {
  const all = await readSkips(dir);
  return (all[sourceId] ?? []).map((s) => ({ sourceId, ...s }));
}

/** Marks a suggestion skipped (or no longer skipped) and returns the source's skips after the change. */
export async function setSkip(dir: string, skip: ReaderSkip, skipped: boolean): Promise<ReaderSkip[]> {
  const all = await readSkips(dir);
  const others = (all[skip.sourceId] ?? []).filter((s) => s.start !== skip.start || s.end !== skip.end);
  const next = skipped ? [...others, { start: skip.start, end: skip.end }].sort(bySpan) : others;
  const before = all[skip.sourceId] ?? [];
  if (next.length !== before.length) {
    if (next.length) all[skip.sourceId] = next;
    else delete all[skip.sourceId];
    await writeFileAtomic(file(dir), `${JSON.stringify(all, null, 2)}\n`).catch((err: unknown) => {
      throw ioError('write', err);
    });
  }
  return next.map((s) => ({ sourceId: skip.sourceId, ...s }));
}
