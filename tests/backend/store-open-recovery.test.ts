import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendFor, datasetWithSource, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

// Read here, not through lock.ts, so that this file runs against any version of the store.
const processStart = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};
const bootId = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();

const notes = (doc: { observations: { note: string }[] }) => doc.observations.map((o) => o.note);

async function datasetWithNotes(...list: string[]): Promise<string> {
  const b = backendFor(dirs);
  const { path: dir } = await ok(b, 'datasets-create', { name: 'notes' });
  for (const note of list) await ok(b, 'observations-create', { fields: { note } });
  await b.close();
  return dir;
}

describe('stale temp files (issue 10.9)', () => {
  it('removes Tally temp files of dead writers on open, and nothing else (never through a link)', async () => {
    const b = backendFor(dirs);
    const { dir } = await datasetWithSource(b);
    await b.close();
    const outside = path.join(dirs.root, 'outside.txt');
    writeFileSync(outside, 'keep me');
    const stale = ['.dataset.json.999999999.0123456789ab.tmp', 'sources/.src-1.v1.txt.999999999.0123456789ab.tmp'];
    for (const f of stale) writeFileSync(path.join(dir, f), 'x'.repeat(1000));
    writeFileSync(path.join(dir, 'notes.tmp'), 'not ours');
    writeFileSync(path.join(dir, `.dataset.json.${process.ppid}.0123456789ab.tmp`), 'a live writer'); // its pid is alive
    symlinkSync(outside, path.join(dir, '.history.jsonl.999999999.ba9876543210.tmp'));
    const b2 = backendFor(dirs);
    await ok(b2, 'datasets-open', { path: dir });
    await b2.close();
    for (const f of stale) expect(existsSync(path.join(dir, f)), f).toBe(false);
    expect(existsSync(path.join(dir, 'notes.tmp'))).toBe(true);
    expect(existsSync(path.join(dir, `.dataset.json.${process.ppid}.0123456789ab.tmp`))).toBe(true);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
  });
});

describe('the lock knows its owner (issue 10.9)', () => {
  it('a lock whose pid now belongs to another process (different start time) is taken over', async () => {
    const dir = await datasetWithNotes('a');
    const other = process.ppid; // alive, but not the process that took the lock
    expect(processStart(other)).not.toBeNull();
    const lock = { pid: other, host: os.hostname(), since: '2020-01-01T00:00:00.000Z', start: '1', boot: bootId() };
    writeFileSync(path.join(dir, 'dataset.lock'), JSON.stringify(lock));
    const b = backendFor(dirs);
    await ok(b, 'datasets-open', { path: dir });
    expect(JSON.parse(readFileSync(path.join(dir, 'dataset.lock'), 'utf8'))).toMatchObject({ pid: process.pid, start: processStart(process.pid) });
    await b.close();
  });

  it('a lock from before a restart is taken over; one of a live owner is not', async () => {
    const dir = await datasetWithNotes('a');
    const file = path.join(dir, 'dataset.lock');
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'x', boot: 'another-boot' }));
    const b = backendFor(dirs);
    await ok(b, 'datasets-open', { path: dir });
    await b.close();
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: os.hostname(), since: 'x', start: processStart(process.ppid), boot: bootId() }));
    await fails(backendFor(dirs), 'datasets-open', { path: dir }, 'DATASET_LOCKED');
    rmSync(file);
  });
});

describe('backup generation and Recover from history (issue 10.9)', () => {
  it('keeps the previous dataset.json as dataset.json.bak', async () => {
    const dir = await datasetWithNotes('a', 'b');
    const bak = JSON.parse(readFileSync(path.join(dir, 'dataset.json.bak'), 'utf8'));
    expect([bak.historySeq, notes(bak)]).toEqual([1, ['a']]);
  });

  for (const damage of ['empty', 'truncated'] as const) {
    it(`a ${damage} dataset.json: the open says it is recoverable, and recovery rebuilds it from backup + log, keeping the damaged file`, async () => {
      const dir = await datasetWithNotes('a', 'b', 'c');
      const file = path.join(dir, 'dataset.json');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, damage === 'empty' ? '' : text.slice(0, text.length >> 1));
      const b = backendFor(dirs);
      const r = await b.dispatch('datasets-open', { path: dir });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error).toMatchObject({ code: 'DATASET_CORRUPT', recoverable: true });
      expect(r.error.message).toMatch(/Recover from history/);
      const snap = await ok(b, 'datasets-recover', { path: dir });
      expect(notes(snap.doc)).toEqual(['a', 'b', 'c']);
      expect(snap.warnings[0]).toMatch(/rebuilt from dataset\.json\.bak and history\.jsonl/);
      expect(snap.undo.undoLabel).toMatch(/^Add observation/);
      await ok(b, 'observations-create', { fields: { note: 'd' } });
      await b.close();
      const kept = readdirSync(dir).filter((f) => f.startsWith('dataset.json.damaged-'));
      expect(kept).toHaveLength(1);
      expect(readFileSync(path.join(dir, kept[0]), 'utf8')).toBe(damage === 'empty' ? '' : text.slice(0, text.length >> 1));
      expect(notes(JSON.parse(readFileSync(file, 'utf8')))).toEqual(['a', 'b', 'c', 'd']);
    });
  }

  it('without a backup, rebuilds from the log alone when it starts at entry 1', async () => {
    const dir = await datasetWithNotes('a', 'b');
    rmSync(path.join(dir, 'dataset.json.bak'));
    writeFileSync(path.join(dir, 'dataset.json'), '{"schemaVer');
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-recover', { path: dir });
    expect(notes(snap.doc)).toEqual(['a', 'b']);
    expect(snap.warnings[0]).toMatch(/history\.jsonl alone/);
    await b.close();
  });

  it('refuses to "recover" a dataset.json that reads fine, and is not offered when the log cannot rebuild it', async () => {
    const dir = await datasetWithNotes('a');
    const b = backendFor(dirs);
    await fails(b, 'datasets-recover', { path: dir }, 'INVALID_INPUT');
    rmSync(path.join(dir, 'dataset.json.bak'));
    writeFileSync(path.join(dir, 'history.jsonl'), '');
    writeFileSync(path.join(dir, 'dataset.json'), '');
    const r = await b.dispatch('datasets-open', { path: dir });
    expect(r.ok || r.error.recoverable).toBeFalsy();
    await b.close();
  });
});

