import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DATASET_FILE } from './dataset-store';
import { openNoFollow, readNoFollow } from './fs-edge';
import { parseDatasetJson } from './doc-adapter';
import { HISTORY_FILE } from './history-log';
import { applyJournal } from './journal';

/** One line of the start screen's dataset list. */
export interface DatasetSummary {
  path: string;
  name: string;
  observations: number;
  sources: number;
  updatedAt: string;
}

// Landmarks of dataset.json as stableStringify writes it: a top-level key starts a line with two spaces, and a record
// of a top-level array opens a line with four (the whole record on it; older files spread it over several). A JSON string holds no raw newline,
// so text inside values can never look like these.
const LAYOUT_START = Buffer.from('{\n  "');
const META_KEY = Buffer.from('\n  "meta": ');
const OBJECT_END = Buffer.from('\n  }');
const ARRAY_END = Buffer.from('\n  ]');
const RECORD_START = Buffer.from('\n    {');

/** Records in the top-level array `key`, counted by their opening lines; null when the layout is not the expected one. */
function countRecords(buf: Buffer, key: string): number | null {
  const opening = Buffer.from(`\n  "${key}": [`);
  const at = buf.indexOf(opening);
  if (at < 0) return null;
  const from = at + opening.length;
  if (buf[from] === 0x5d) return 0; // "key": []
  const end = buf.indexOf(ARRAY_END, from);
  if (end < 0) return null;
  let n = 0;
  for (let i = buf.indexOf(RECORD_START, from); i !== -1 && i < end; i = buf.indexOf(RECORD_START, i + RECORD_START.length - 1)) n++;
  return n;
}

/** The meta object alone, cut out of the file and parsed; null when the layout is not the expected one. */
function metaOf(buf: Buffer): Record<string, unknown> | null {
  const at = buf.indexOf(META_KEY);
  if (at < 0) return null;
  const start = at + META_KEY.length;
  const lineEnd = buf.indexOf(0x0a, start);
  if (lineEnd > start && buf[lineEnd - 2] === 0x7d && buf[lineEnd - 1] === 0x2c) {
    // Tally's layout: the metadata on one line, ending "},"
    const meta: unknown = JSON.parse(buf.toString('utf8', start, lineEnd - 1));
    return meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : null;
  }
  const end = buf.indexOf(OBJECT_END, start);
  if (end < 0 || buf[start] !== 0x7b) return null;
  const meta: unknown = JSON.parse(buf.toString('utf8', start, end + OBJECT_END.length));
  return meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : null;
}

type Parts = { meta: Record<string, unknown> | null; observations: number; sources: number };

/** Meta and counts without building the records: the scan for Tally's own layout, a whole parse for any other. */
function readParts(buf: Buffer): Parts {
  if (buf.subarray(0, LAYOUT_START.length).equals(LAYOUT_START)) {
    const meta = metaOf(buf);
    const observations = countRecords(buf, 'observations');
    const sources = countRecords(buf, 'sources');
    if (meta && observations !== null && sources !== null) return { meta, observations, sources };
  }
  const raw = JSON.parse(buf.toString('utf8'));
  const length = (x: unknown) => (Array.isArray(x) ? x.length : 0);
  return { meta: raw?.meta && typeof raw.meta === 'object' ? raw.meta : null, observations: length(raw?.observations), sources: length(raw?.sources) };
}

/** dataset.json's historySeq, the file's last top-level key as stableStringify writes it; null when not found there. */
function heldSeq(buf: Buffer): number | null {
  const tail = buf.toString('utf8', Math.max(0, buf.length - 64));
  const m = /\n {2}"historySeq": (\d+)\n\}\s*$/.exec(tail);
  return m ? Number(m[1]) : null;
}

/** The seq of history.jsonl's last whole line, read from the file's end; null when unknown (no log, or a huge line). */
async function lastLoggedSeq(dir: string): Promise<number | null> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await openNoFollow(path.join(dir, HISTORY_FILE), 'r');
    const { size } = await handle.stat();
    const length = Math.min(size, 65536);
    const buf = Buffer.alloc(length);
    await handle.read(buf, 0, length, size - length);
    const lines = buf.toString('utf8').split('\n');
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = /^\{"seq":(\d+),/.exec(lines[i]);
      if (m && (i > 0 || length === size)) return Number(m[1]);
    }
    return size === 0 ? 0 : null;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** Meta and counts of a folder whose log holds changes dataset.json does not yet: the whole file, brought up to date. */
async function journaledParts(buf: Buffer, dir: string): Promise<Parts> {
  const doc = parseDatasetJson(buf.toString('utf8'), path.join(dir, DATASET_FILE));
  await applyJournal(doc, dir);
  return { meta: doc.meta, observations: doc.observations.length, sources: doc.sources.length };
}

/**
 * Summary of one dataset folder without validating it: a corrupt one is listed under its folder name with no counts
 * (opening it says what is wrong). A large dataset whose latest edits are only in its log yet (see journal.ts) is read
 * whole, so the counts include them.
 */
export async function summariseDataset(dir: string, mtime: Date): Promise<DatasetSummary> {
  const fallback = { path: dir, name: path.basename(dir), observations: 0, sources: 0, updatedAt: mtime.toISOString() };
  try {
    const buf = await readNoFollow(path.join(dir, DATASET_FILE));
    const held = heldSeq(buf);
    const logged = held === null ? null : await lastLoggedSeq(dir);
    // Any disagreement (the log ahead, or its last line not the entry the file holds) is settled by the journal reader.
    const behind = held !== null && (logged === null || logged !== held);
    const { meta, observations, sources } = behind ? await journaledParts(buf, dir) : readParts(buf);
    return {
      ...fallback,
      name: typeof meta?.name === 'string' ? meta.name : fallback.name,
      observations,
      sources,
      updatedAt: typeof meta?.updatedAt === 'string' ? meta.updatedAt : fallback.updatedAt,
    };
  } catch {
    return fallback;
  }
}

/**
 * Summaries kept by folder and re-read only when dataset.json changes (file, size or modification time): the start screen
 * asks on every visit, and a large dataset is not read again for that.
 */
export class DatasetSummaries {
  private readonly known = new Map<string, { stamp: string; summary: DatasetSummary }>();

  /** The summary of dir, or null when it holds no dataset.json. */
  async get(dir: string): Promise<DatasetSummary | null> {
    const stat = await fs.lstat(path.join(dir, DATASET_FILE)).catch(() => null);
    if (!stat?.isFile()) {
      this.known.delete(dir);
      return null;
    }
    // Tally replaces the file on every write (temp file, then rename), so the inode changes too; the log's size
    // changes with every edit, including those dataset.json does not hold yet.
    const log = await fs.lstat(path.join(dir, HISTORY_FILE)).catch(() => null);
    const stamp = `${stat.ino}:${stat.size}:${stat.mtimeMs}:${log?.size ?? -1}`;
    const hit = this.known.get(dir);
    if (hit?.stamp === stamp) return hit.summary;
    const summary = await summariseDataset(dir, stat.mtime);
    this.known.set(dir, { stamp, summary });
    return summary;
  }

  /** Summaries of the dataset folders directly under root, most recently updated first. */
  async list(root: string): Promise<DatasetSummary[]> {
    const names = await fs.readdir(root).catch(() => [] as string[]);
    const listed = await Promise.all(names.map((n) => this.get(path.join(root, n))));
    return listed.filter((s): s is DatasetSummary => s !== null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }
}
