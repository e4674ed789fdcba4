import { HistoryEntry } from '../../../shared/model/history';
import { readNoFollow } from './fs-edge';

/**
 * The one reader of history.jsonl, for the app, `tally check`, `validate`, `export` and the start screen alike:
 * entries in seq order, an identical repeated line ignored, and every anomaly in words. Anything that may hide an
 * acknowledged edit (a damaged line, a gap in the numbers, two different entries with one number) marks the log
 * damaged: the dataset is then opened read-only and never rewritten past it.
 */
export interface JournalRead {
  file: string;
  /** Valid entries, ordered by seq, duplicates removed. */
  entries: HistoryEntry[];
  /** The line each entry was read from (1-based), for messages. */
  lineOf: Map<number, number>;
  warnings: string[];
  /** What makes the log untrustworthy (a gap, a bad line, a conflicting duplicate); empty when it is sound. */
  damage: string[];
  /** Byte length of the file. */
  size: number;
  /** Where an unfinished last line starts (a writer killed mid-append, never reported saved); null when none. */
  tornAt: number | null;
  /** The file ends without a newline after a complete entry: the next append must start a new line. */
  missingNewline: boolean;
}

/** A readable reason a line failed: "changes.0.collection: expected one of …", not zod's raw JSON. */
function lineProblem(raw: unknown): string {
  const parsed = HistoryEntry.safeParse(raw);
  if (parsed.success) return '';
  const issue = parsed.error.issues[0];
  const where = issue.path.map(String).join('.') || '(the line)';
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
  return `${where}: ${issue.message}${more}`;
}

const sameEntry = (a: HistoryEntry, b: HistoryEntry) => JSON.stringify(a) === JSON.stringify(b);

/** Parses the bytes of history.jsonl; `label` names the file in messages. */
export function parseJournal(buf: Buffer, label: string): JournalRead {
  const read: JournalRead = { file: label, entries: [], lineOf: new Map(), warnings: [], damage: [], size: buf.length, tornAt: null, missingNewline: false };
  const bySeq = new Map<number, HistoryEntry>();
  let start = 0;
  let line = 0;
  let lastSeq = 0;
  let outOfOrder = false;
  while (start < buf.length) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl;
    line++;
    const text = buf.toString('utf8', start, end);
    const lineStart = start;
    start = end + 1;
    if (text.trim() === '') continue;
    let raw: unknown;
    let entry: HistoryEntry | null = null;
    let problem: string;
    try {
      raw = JSON.parse(text);
      problem = lineProblem(raw);
      if (!problem) entry = HistoryEntry.parse(raw);
    } catch (err) {
      problem = `not valid JSON (${(err as Error).message})`;
    }
    if (!entry) {
      if (nl < 0) {
        read.tornAt = lineStart; // the last line, never finished: its edit was never reported saved
        read.warnings.push(`${label}: the last line was cut short by an interrupted write (that edit was never reported saved); it is ignored`);
        continue;
      }
      // The entry's number, even from a cut line: Tally writes "seq" first.
      const seq = (raw as { seq?: unknown } | undefined)?.seq ?? Number(/^\s*\{\s*"seq"\s*:\s*(\d+)/.exec(text)?.[1] ?? NaN);
      const entryNo = typeof seq === 'number' && Number.isFinite(seq) ? `entry ${seq} (line ${line})` : `line ${line}`;
      read.damage.push(`${label} ${entryNo}: ${problem}`);
      continue;
    }
    if (nl < 0) read.missingNewline = true;
    const seen = bySeq.get(entry.seq);
    if (seen) {
      if (sameEntry(seen, entry)) read.warnings.push(`${label} line ${line} repeats entry ${entry.seq} (line ${read.lineOf.get(entry.seq)}); the copy is ignored`);
      else read.damage.push(`${label} lines ${read.lineOf.get(entry.seq)} and ${line} are two different entries numbered ${entry.seq}`);
      continue;
    }
    if (entry.seq < lastSeq && !outOfOrder) {
      outOfOrder = true;
      read.warnings.push(`${label} line ${line}: entry ${entry.seq} comes after entry ${lastSeq}; entries are read in number order`);
    }
    lastSeq = Math.max(lastSeq, entry.seq);
    bySeq.set(entry.seq, entry);
    read.lineOf.set(entry.seq, line);
  }
  read.entries = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  for (let i = 1; i < read.entries.length; i++) {
    const prev = read.entries[i - 1].seq;
    const next = read.entries[i].seq;
    if (next !== prev + 1) read.damage.push(`${label}: entries ${prev + 1}${next - 1 > prev + 1 ? `–${next - 1}` : ''} are missing (a gap between entry ${prev} and entry ${next})`);
  }
  return read;
}

/** Reads history.jsonl (missing: an empty log), never through a link. */
export async function readJournal(file: string): Promise<JournalRead> {
  let buf: Buffer;
  try {
    buf = await readNoFollow(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return parseJournal(Buffer.alloc(0), file);
    throw err;
  }
  return parseJournal(buf, file);
}

/**
 * The entries a document that holds entries up to `held` still needs, in order, stopping at the first gap; damage
 * lists a gap between `held` and the log's first later entry (edits dataset.json lacks and the log lost).
 */
export function pendingAfter(read: JournalRead, held: number | undefined): { pending: HistoryEntry[]; damage: string[] } {
  if (held === undefined) return { pending: [], damage: [] }; // written before the log was a journal: it holds everything
  const pending: HistoryEntry[] = [];
  const damage: string[] = [];
  let expected = held + 1;
  for (const e of read.entries) {
    if (e.seq <= held) continue;
    if (e.seq !== expected) {
      if (pending.length === 0) damage.push(`${read.file}: entries ${expected}–${e.seq - 1} are missing (dataset.json holds up to entry ${held})`);
      break;
    }
    pending.push(e);
    expected++;
  }
  return { pending, damage };
}
