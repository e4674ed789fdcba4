import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetView } from '../../electron/backend/export/read-dataset';
import { DatasetSummaries, summariseDataset } from '../../electron/backend/store/dataset-summary';
import { parseDatasetJson } from '../../electron/backend/store/doc-adapter';
import { parseJournal, pendingAfter } from '../../electron/backend/store/journal-read';
import { killAndWait, startWriter } from './child';
import { backendFor, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Every rewrite of dataset.json deferred; the pause before it long enough that a test sees the file lag. */
const DEFERRED = { deferWritesAboveBytes: 0, flushIdleMs: 60_000, flushMaxDelayMs: 60_000 };

const fileDoc = (dir: string) => {
  const file = path.join(dir, 'dataset.json');
  return parseDatasetJson(readFileSync(file, 'utf8'), file);
};
const noteOf = (doc: { observations: { id: string; note: string }[] }, id: string) => doc.observations.find((o) => o.id === id)?.note;

async function deferredDataset() {
  const b = backendFor(dirs, { store: DEFERRED });
  const snap = await ok(b, 'datasets-create', { name: 'journal' });
  return { b, dir: snap.path };
}

describe('history.jsonl as the journal of a large dataset', () => {
  it('an edit is reported once logged; dataset.json follows on close, and readers see the edit before that', async () => {
    const { b, dir } = await deferredDataset();
    const created = await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên', note: 'first' } });
    const id = created.observation.id;
    await ok(b, 'observations-update', { id, patch: { note: 'second' } });
    expect(b.context.store().pendingWrite).toBe(true);
    expect(fileDoc(dir).observations).toEqual([]); // the file lags ...
    const view = await readDatasetView(dir); // ... but `tally validate` and `tally export` read through the log
    expect(noteOf(view.doc, id)).toBe('second');
    await b.close();
    const doc = fileDoc(dir);
    expect(noteOf(doc, id)).toBe('second');
    expect(doc.historySeq).toBe(2);
  });

  it('the rewrite runs after a pause in editing', async () => {
    const b = backendFor(dirs, { store: { deferWritesAboveBytes: 0, flushIdleMs: 50, flushMaxDelayMs: 1000 } });
    const { path: dir } = await ok(b, 'datasets-create', { name: 'pause' });
    await ok(b, 'observations-create', { fields: { entity: 'Việt Nam' } });
    expect(fileDoc(dir).observations).toHaveLength(0);
    for (let i = 0; i < 100 && b.context.store().pendingWrite; i++) await sleep(20);
    expect(b.context.store().pendingWrite).toBe(false);
    expect(fileDoc(dir).observations).toHaveLength(1);
    await b.close();
  });

  it('a folder left with logged edits (the app stopped before rewriting) opens with them, undo included', async () => {
    const { b, dir } = await deferredDataset();
    const a = (await ok(b, 'observations-create', { fields: { entity: 'A' } })).observation.id;
    await ok(b, 'observations-update', { id: a, patch: { note: 'kept' } });
    await ok(b, 'observations-create', { fields: { entity: 'B' } });
    await ok(b, 'history-undo'); // B's creation undone
    const crashed = path.join(dirs.root, 'crashed');
    cpSync(dir, crashed, { recursive: true, filter: (f) => !f.endsWith('.lock') });
    await b.close();

    const b2 = backendFor(dirs, { store: DEFERRED });
    const snap = await ok(b2, 'datasets-open', { path: crashed });
    expect(snap.doc.observations.map((o) => [o.entity, o.note])).toEqual([['A', 'kept']]);
    expect(snap.undo.canRedo).toBe(true);
    const next = await ok(b2, 'observations-update', { id: a, patch: { note: 'after reopening' } });
    expect(next.seq).toBe(5);
    await b2.close();
    expect(fileDoc(crashed).historySeq).toBe(5);
    expect(noteOf(fileDoc(crashed), a)).toBe('after reopening');
  });

  it('the start screen counts edits that are only in the log yet', async () => {
    const { b, dir } = await deferredDataset();
    const summaries = new DatasetSummaries();
    expect((await summaries.get(dir))?.observations).toBe(0);
    for (let i = 0; i < 3; i++) await ok(b, 'observations-create', { fields: { entity: `E${i}` } });
    expect(fileDoc(dir).observations).toHaveLength(0);
    expect((await summaries.get(dir))?.observations).toBe(3); // dataset.json is unchanged, the log grew
    expect((await summariseDataset(dir, new Date())).observations).toBe(3);
    await b.close();
    expect((await summaries.get(dir))?.observations).toBe(3);
  });

  it('a log emptied by hand does not make new edits reuse the numbers dataset.json already holds', async () => {
    const b = backendFor(dirs);
    const { path: dir } = await ok(b, 'datasets-create', { name: 'small' });
    for (let i = 0; i < 3; i++) await ok(b, 'observations-create', { fields: { entity: `E${i}` } });
    await b.close();
    expect(fileDoc(dir).historySeq).toBe(3);
    rmSync(path.join(dir, 'history.jsonl'));
    const b2 = backendFor(dirs, { store: DEFERRED });
    await ok(b2, 'datasets-open', { path: dir });
    const r = await ok(b2, 'observations-create', { fields: { entity: 'E3' } });
    expect(r.seq).toBe(4);
    await b2.close();
    const b3 = backendFor(dirs);
    expect((await ok(b3, 'datasets-open', { path: dir })).doc.observations).toHaveLength(4);
    await b3.close();
  });

  it('a logged entry that no longer matches the schema is refused on opening, naming it, and nothing is written', async () => {
    const { b, dir } = await deferredDataset();
    await ok(b, 'observations-create', { fields: { entity: 'A' } });
    const crashed = path.join(dirs.root, 'crashed');
    cpSync(dir, crashed, { recursive: true, filter: (f) => !f.endsWith('.lock') });
    await b.close();
    const log = path.join(crashed, 'history.jsonl');
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    const entry = JSON.parse(lines[0]);
    entry.changes.find((c: { collection: string }) => c.collection === 'observations').after.qualifier = 'roughly';
    writeFileSync(log, `${JSON.stringify(entry)}\n`);
    const before = readFileSync(path.join(crashed, 'dataset.json'), 'utf8');
    const r = await backendFor(dirs).dispatch('datasets-open', { path: crashed });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/history\.jsonl entry 1 \(line 1\) does not match the dataset schema: qualifier: .*expected one of/);
    expect(readFileSync(path.join(crashed, 'dataset.json'), 'utf8')).toBe(before);
  });

  it('a small dataset is still rewritten before each edit is reported', async () => {
    const b = backendFor(dirs);
    const { path: dir } = await ok(b, 'datasets-create', { name: 'small' });
    await ok(b, 'observations-create', { fields: { entity: 'Việt Nam' } });
    expect(b.context.store().pendingWrite).toBe(false);
    expect(fileDoc(dir).observations).toHaveLength(1);
    expect(fileDoc(dir).historySeq).toBe(1);
    await b.close();
  });
});

describe('the journal reader', () => {
  const line = (seq: number) => JSON.stringify({ seq, at: '2024-01-01T00:00:00.000Z', who: 'x', action: 'a', label: 'l', changes: [], target: null });
  it('reads the entries after a seq, ignoring a torn last line (never reported saved) and saying so', () => {
    const read = parseJournal(Buffer.from(`${[1, 2, 3, 4].map(line).join('\n')}\n{"seq":5,"at":`), 'history.jsonl');
    expect(pendingAfter(read, 2).pending.map((e) => e.seq)).toEqual([3, 4]);
    expect(pendingAfter(read, 4).pending).toEqual([]);
    expect(read.damage).toEqual([]);
    expect(read.tornAt).toBe([1, 2, 3, 4].map(line).join('\n').length + 1);
    expect(pendingAfter(parseJournal(Buffer.alloc(0), 'h'), 0).pending).toEqual([]);
  });
});

describe('a writer with deferred rewrites killed at random moments', () => {
  it('every edit it reported saved is there when the dataset is opened again (8 kills)', { timeout: 120_000 }, async () => {
    const b = backendFor(dirs);
    const { path: dir } = await ok(b, 'datasets-create', { name: 'killed' });
    for (let i = 0; i < 20; i++) await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên', note: 'start' } });
    await b.close();
    let checked = 0;
    for (let k = 0; k < 8; k++) {
      // What fixtures/writer.ts does in "journal" mode: edit i notes "edit i pid P" on ids[i % n] (every fifth adds a row).
      const ids = fileDoc(dir).observations.map((o) => o.id);
      const child = await startWriter('journal', dir, dirs.configDir);
      let acked = -1;
      child.stdout!.on('data', (d: Buffer) => {
        for (const m of d.toString().matchAll(/acked (\d+)/g)) acked = Number(m[1]);
      });
      await sleep(150 + Math.random() * 400);
      await killAndWait(child);
      const b2 = backendFor(dirs);
      const doc = (await ok(b2, 'datasets-open', { path: dir })).doc;
      await b2.close(); // brings dataset.json up to date for the next round's ids
      const mine = new RegExp(`^edit (\\d+) pid ${child.pid} `);
      for (let i = acked; i >= 0 && i > acked - ids.length; i--) {
        if (i % 5 === 4) continue;
        const shown = Number(mine.exec(noteOf(doc, ids[i % ids.length]) ?? '')?.[1] ?? -1);
        expect(shown, `edit ${i} was reported saved`).toBeGreaterThanOrEqual(i);
        checked++;
      }
      expect(doc.observations.length).toBeGreaterThanOrEqual(ids.length + Math.floor((acked + 1) / 5));
    }
    expect(checked).toBeGreaterThan(0);
  });
});
