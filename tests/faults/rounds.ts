// The fault suite's rounds, shared by the vitest quick mode (faults.test.ts) and the long mode (`npm run faults`,
// run.ts). Each round returns figures and a list of violations; a sound store has none:
//   - no acknowledged edit lost, no refused edit found later;
//   - no file under sources/ overwritten (a text version, once written, keeps its bytes);
//   - history.jsonl replayed from an empty dataset equals what readers see (dataset.json plus the log), and equals
//     dataset.json itself once the dataset was opened and closed again.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Backend, createBackend } from '../../electron/backend/create-backend';
import { readDatasetView } from '../../electron/backend/export/read-dataset';
import { emptyDatasetDoc } from '../../electron/backend/store/create-dataset';
import type { StoreOptions } from '../../electron/backend/store/dataset-store';
import { type FsStep, fsError, injectFaults } from '../../electron/backend/store/fs-edge';
import { replayEntries } from '../../electron/backend/store/journal';
import { readJournal } from '../../electron/backend/store/journal-read';
import type { DatasetDoc } from '../../shared/model/dataset';

export type StorageMode = 'small' | 'journal';
export const STORE_OPTIONS: Record<StorageMode, StoreOptions> = {
  small: { deferWritesAboveBytes: Number.MAX_SAFE_INTEGER },
  journal: { deferWritesAboveBytes: 0, flushIdleMs: 20, flushMaxDelayMs: 80 },
};

export interface Figures {
  rounds: number;
  acked: number;
  refused: number;
  lost: number;
  resurrected: number;
  overwritten: number;
  replayMismatches: number;
  readOnlyOpens: number;
  staleTempsLeft: number;
  violations: string[];
}

export const noFigures = (): Figures => ({
  rounds: 0, acked: 0, refused: 0, lost: 0, resurrected: 0, overwritten: 0, replayMismatches: 0, readOnlyOpens: 0, staleTempsLeft: 0, violations: [],
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

export interface Sandbox {
  root: string;
  datasets: string;
  config: string;
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tally-faults-'));
  return { root, datasets: path.join(root, 'datasets'), config: path.join(root, 'config'), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

export function backendIn(box: Sandbox, store?: StoreOptions): Backend {
  return createBackend({ datasetsDir: box.datasets, configDir: box.config, sampleDir: path.join(box.root, 'none'), mode: 'web', version: 'faults', store });
}

async function call<T>(b: Backend, method: string, payload: unknown = {}): Promise<T> {
  const r = await b.dispatch(method, payload);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.data as T;
}

/** A dataset with one source and ten observations, every record created through the log. */
export async function seededDataset(box: Sandbox, name: string): Promise<string> {
  const b = backendIn(box);
  const { path: dir } = await call<{ path: string }>(b, 'datasets-create', { name });
  await call(b, 'sources-create', { meta: { title: 'Báo', language: 'vi' }, text: 'Năm 2021, GRDP tăng 6,51%.' });
  for (let i = 0; i < 10; i++) await call(b, 'observations-create', { fields: { entity: 'Thái Nguyên', note: `seed ${i}` } });
  await b.close();
  return dir;
}

const COLLECTIONS = ['sources', 'entities', 'indicators', 'observations', 'resolutions'] as const;
const records = (doc: DatasetDoc) => JSON.stringify(COLLECTIONS.map((c) => doc[c]));

/** The dataset rebuilt from history.jsonl alone, starting from an empty one. */
export async function replayFromEmpty(dir: string): Promise<DatasetDoc> {
  const read = await readJournal(path.join(dir, 'history.jsonl'));
  const doc = emptyDatasetDoc('replay', new Date().toISOString());
  replayEntries(doc, read.entries, read);
  return doc;
}

function sourceFiles(dir: string): Map<string, string> {
  const folder = path.join(dir, 'sources');
  const out = new Map<string, string>();
  for (const f of existsSync(folder) ? readdirSync(folder) : []) if (!f.endsWith('.tmp')) out.set(f, sha(readFileSync(path.join(folder, f))));
  return out;
}

function checkNotOverwritten(before: Map<string, string>, dir: string, fig: Figures, where: string): void {
  const after = sourceFiles(dir);
  for (const [f, h] of before) {
    if (after.get(f) !== h) {
      fig.overwritten++;
      fig.violations.push(`${where}: sources/${f} ${after.has(f) ? 'was overwritten' : 'disappeared'}`);
    }
  }
}

/** Replay from empty equals what readers see now, then equals dataset.json after an open and a close. */
async function checkReplay(box: Sandbox, dir: string, fig: Figures, where: string): Promise<DatasetDoc | null> {
  const replayed = records(await replayFromEmpty(dir));
  const view = await readDatasetView(dir);
  if (records(view.doc) !== replayed) {
    fig.replayMismatches++;
    fig.violations.push(`${where}: dataset.json plus the log differs from the log replayed from empty`);
  }
  const b = backendIn(box);
  const snap = await call<{ doc: DatasetDoc; readOnly: boolean; warnings: string[] }>(b, 'datasets-open', { path: dir });
  if (snap.readOnly) {
    fig.readOnlyOpens++;
    fig.violations.push(`${where}: opened read-only: ${snap.warnings.join('; ')}`);
  }
  await b.close();
  const onDisk = JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as DatasetDoc;
  if (records(onDisk) !== replayed) {
    fig.replayMismatches++;
    fig.violations.push(`${where}: dataset.json after open and close differs from the log replayed from empty`);
  }
  fig.staleTempsLeft += readdirSync(dir).filter((f) => f.endsWith('.tmp')).length + readdirSync(path.join(dir, 'sources')).filter((f) => f.endsWith('.tmp')).length;
  return onDisk;
}

const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));

function startWriter(mode: StorageMode | 'hold', dir: string, configDir: string): { child: ChildProcess; ready: Promise<void>; acked: () => number } {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, mode, dir, configDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let acked = -1;
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      for (const m of d.toString().matchAll(/acked (\d+)/g)) acked = Number(m[1]);
      if (out.includes('ready\n')) resolve();
      else if (out.includes('error')) reject(new Error(out.trim()));
    });
    child.once('exit', (code) => reject(new Error(`writer exited (${code}): ${out.trim()}`)));
  });
  ready.catch(() => {});
  return { child, ready, acked: () => acked };
}

function killAndWait(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** What writer.ts edit i did, and whether `doc` shows it (or something later from the same writer). */
function editKept(doc: DatasetDoc, ids: string[], pid: number, i: number): boolean {
  if (i % 5 === 4) return doc.observations.some((o) => o.note === `c ${pid} ${i}`);
  if (i % 7 === 6) {
    const hash = `sha256-${sha(`text ${pid} ${i}`)}`;
    return doc.sources[0].versions.some((v) => v.hash === hash);
  }
  const m = new RegExp(`^e ${pid} (\\d+) `).exec(doc.observations.find((o) => o.id === ids[i % ids.length])?.note ?? '');
  return m !== null && Number(m[1]) >= i;
}

/** SIGKILL rounds: a child writer edits the dataset and is killed at a random moment; then every invariant is checked. */
export async function killRounds(mode: StorageMode, kills: number, fig: Figures = noFigures()): Promise<Figures> {
  const box = sandbox();
  try {
    const dir = await seededDataset(box, `kill-${mode}`);
    const ids = (JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8')) as DatasetDoc).observations.slice(0, 10).map((o) => o.id);
    for (let k = 0; k < kills; k++) {
      const before = sourceFiles(dir);
      const w = startWriter(mode, dir, box.config);
      await w.ready;
      await sleep(100 + Math.random() * 500);
      await killAndWait(w.child);
      const acked = w.acked();
      const where = `${mode} kill ${k + 1}`;
      checkNotOverwritten(before, dir, fig, where);
      const doc = await checkReplay(box, dir, fig, where);
      fig.rounds++;
      fig.acked += acked + 1;
      if (!doc) continue;
      // Every edit reported saved: the latest update of each observation, every create, every text version.
      const latestUpdate = new Map<number, number>();
      for (let i = 0; i <= acked; i++) {
        if (i % 5 === 4 || i % 7 === 6) {
          if (!editKept(doc, ids, w.child.pid!, i)) {
            fig.lost++;
            fig.violations.push(`${where}: edit ${i} was reported saved and is missing`);
          }
        } else latestUpdate.set(i % ids.length, i);
      }
      for (const i of latestUpdate.values()) {
        if (!editKept(doc, ids, w.child.pid!, i)) {
          fig.lost++;
          fig.violations.push(`${where}: edit ${i} was reported saved and is missing`);
        }
      }
    }
    return fig;
  } finally {
    box.cleanup();
  }
}

export const STEPS: FsStep[] = ['open', 'write', 'fsync', 'rename', 'append', 'truncate', 'link'];
export const CODES = ['ENOSPC', 'EIO'] as const;

type Op = (b: Backend, ids: string[], sourceId: string, i: number) => Promise<unknown>;
const OPS: Op[] = [
  (b, ids, _s, i) => call(b, 'observations-update', { id: ids[i % ids.length], patch: { note: `op ${i}` } }),
  (b, _ids, _s, i) => call(b, 'observations-create', { fields: { entity: 'Hà Nội', note: `new ${i}` } }),
  (b, _ids, s, i) => call(b, 'sources-add-version', { id: s, text: `version ${i}` }),
  (b) => call(b, 'history-undo'),
  (b) => call(b, 'history-redo'),
  (b, ids, _s, i) => call(b, 'observations-update', { id: ids[(i + 3) % ids.length], patch: { value: i } }),
];

/**
 * Injected ENOSPC/EIO at one fs step: from a random call of that step on, `burst` calls fail (for "truncate", the
 * append before it fails too, so the cut-back is what breaks). Edits run on; then the dataset is reopened in a fresh
 * backend and must hold exactly what was acknowledged.
 */
export async function injectedRound(mode: StorageMode, step: FsStep, code: string, fig: Figures = noFigures(), burst = 1): Promise<Figures> {
  const box = sandbox();
  const where = `${mode} ${code} at ${step}`;
  try {
    const dir = await seededDataset(box, `inject-${mode}-${step}`);
    const before = sourceFiles(dir);
    const b = backendIn(box, STORE_OPTIONS[mode]);
    const snap = await call<{ doc: DatasetDoc }>(b, 'datasets-open', { path: dir });
    const ids = snap.doc.observations.map((o) => o.id);
    const sourceId = snap.doc.sources[0].id;
    const startAt = 2 + Math.floor(Math.random() * 5); // at least one edit acknowledged before the fault
    let calls = 0;
    let failed = 0;
    const clear = injectFaults((s, file) => {
      if (!file.startsWith(dir)) return null;
      const hit = s === step || (step === 'truncate' && s === 'append');
      if (!hit) return null;
      if (s === (step === 'truncate' ? 'append' : step)) calls++; // a cut-back only follows a failed append
      const armed = calls >= startAt && failed < burst * (step === 'truncate' ? 2 : 1);
      if (!armed) return null;
      failed++;
      return fsError(code, s, file);
    });
    try {
      for (let i = 0; i < 24; i++) {
        const ok = await OPS[i % OPS.length](b, ids, sourceId, i).then(
          () => true,
          () => false,
        );
        if (ok) fig.acked++;
        else fig.refused++;
      }
    } finally {
      clear();
    }
    const live = records((await call<{ doc: DatasetDoc }>(b, 'dataset-snapshot')).doc);
    await b.close();
    checkNotOverwritten(before, dir, fig, where);
    const onDisk = await checkReplay(box, dir, fig, where);
    if (onDisk && records(onDisk) !== live) {
      fig.lost++;
      fig.violations.push(`${where}: after reopening, the dataset differs from what was acknowledged`);
    }
    fig.rounds++;
    return fig;
  } finally {
    box.cleanup();
  }
}

/**
 * A damaged line (bytes flipped, cut, or the line dropped) in the middle of a log that holds edits dataset.json does
 * not: the dataset opens read-only, nothing is written, and restoring the line brings every edit back.
 */
export async function damagedLineRound(fig: Figures = noFigures()): Promise<Figures> {
  const box = sandbox();
  const where = 'damaged line';
  try {
    const live = await seededDataset(box, 'damaged');
    const b = backendIn(box, { deferWritesAboveBytes: 0, flushIdleMs: 60_000, flushMaxDelayMs: 60_000 });
    await call(b, 'datasets-open', { path: live });
    for (let i = 0; i < 8; i++) await call(b, 'observations-create', { fields: { entity: 'Huế', note: `logged only ${i}` } });
    const expected = records((await call<{ doc: DatasetDoc }>(b, 'dataset-snapshot')).doc);
    const dir = path.join(box.root, 'crashed');
    cpSync(live, dir, { recursive: true, filter: (f) => !f.endsWith('.lock') });
    await b.close();
    const log = path.join(dir, 'history.jsonl');
    const text = readFileSync(log, 'utf8');
    const lines = text.trimEnd().split('\n');
    // One of the entries dataset.json lacks, not the last: a log cut exactly at a line boundary looks like a log whose
    // last edit never happened, which no reader can tell from the files alone.
    const at = lines.length - 2 - Math.floor(Math.random() * 6);
    const kind = Math.floor(Math.random() * 3);
    lines[at] = kind === 0 ? lines[at].replace('"changes"', '"chang\u0000s"') : kind === 1 ? lines[at].slice(0, lines[at].length >> 1) : '';
    const damaged = kind === 2 ? lines.filter((_, i) => i !== at) : lines;
    writeFileSync(log, `${damaged.join('\n')}\n`);
    const jsonBefore = readFileSync(path.join(dir, 'dataset.json'), 'utf8');
    const logBefore = readFileSync(log, 'utf8');
    const b2 = backendIn(box);
    const snap = await call<{ readOnly: boolean; warnings: string[] }>(b2, 'datasets-open', { path: dir });
    const refused = await b2.dispatch('observations-create', { fields: { note: 'must be refused' } });
    await b2.close();
    fig.rounds++;
    if (!snap.readOnly || refused.ok) fig.violations.push(`${where}: a damaged log (${['flipped', 'cut', 'dropped'][kind]} line ${at + 1}) did not open read-only`);
    else fig.readOnlyOpens++;
    if (readFileSync(path.join(dir, 'dataset.json'), 'utf8') !== jsonBefore || readFileSync(log, 'utf8') !== logBefore) {
      fig.overwritten++;
      fig.violations.push(`${where}: a read-only open wrote to the dataset`);
    }
    writeFileSync(log, text);
    const b3 = backendIn(box);
    const back = await call<{ doc: DatasetDoc; readOnly: boolean }>(b3, 'datasets-open', { path: dir });
    await b3.close();
    if (back.readOnly || records(back.doc) !== expected) {
      fig.lost++;
      fig.violations.push(`${where}: restoring the line did not bring every edit back`);
    }
    return fig;
  } finally {
    box.cleanup();
  }
}

/** Two writer processes start on one dataset at once: exactly one gets it, the other is refused, nothing is lost. */
export async function concurrentRound(mode: StorageMode, fig: Figures = noFigures()): Promise<Figures> {
  const box = sandbox();
  const where = `${mode} two writers`;
  try {
    const dir = await seededDataset(box, `two-${mode}`);
    const before = sourceFiles(dir);
    const a = startWriter(mode, dir, box.config);
    const c = startWriter(mode, dir, box.config);
    const results = await Promise.allSettled([a.ready, c.ready]);
    const winners = results.filter((r) => r.status === 'fulfilled').length;
    const locked = results.filter((r) => r.status === 'rejected' && /DATASET_LOCKED/.test(String(r.reason))).length;
    if (winners !== 1 || locked !== 1) fig.violations.push(`${where}: ${winners} writers got the dataset, ${locked} were refused (expected 1 and 1)`);
    await sleep(200 + Math.random() * 300);
    await Promise.all([killAndWait(a.child), killAndWait(c.child)]);
    fig.acked += Math.max(a.acked(), c.acked()) + 1;
    checkNotOverwritten(before, dir, fig, where);
    await checkReplay(box, dir, fig, where);
    fig.rounds++;
    return fig;
  } finally {
    box.cleanup();
  }
}

export function addFigures(into: Figures, from: Figures): Figures {
  for (const k of Object.keys(into) as (keyof Figures)[]) {
    if (k === 'violations') into.violations.push(...from.violations);
    else into[k] += from[k];
  }
  return into;
}
