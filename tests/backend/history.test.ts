import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendFor, datasetWithSource, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

const notes = async (b: ReturnType<typeof backendFor>) => (await ok(b, 'dataset-snapshot')).doc.observations.map((o) => o.note);

describe('history and undo', () => {
  it('logs who, what, before and after for every change, newest first', async () => {
    const b = backendFor(dirs);
    await ok(b, 'settings-update', { reviewerName: 'Hoa' });
    await datasetWithSource(b);
    const { observation } = await ok(b, 'observations-create', { fields: { note: 'a' } });
    await ok(b, 'observations-update', { id: observation.id, patch: { note: 'b' } });
    const { entries, undo } = await ok(b, 'history-list', {});
    expect(entries.map((e) => e.action)).toEqual(['observations-update', 'observations-create', 'sources-create']);
    expect(entries[0]).toMatchObject({ who: 'Hoa', label: `Edit note of ${observation.id}`, target: null });
    expect(entries[0].changes[0]).toMatchObject({ collection: 'observations', id: observation.id, before: { note: 'a' }, after: { note: 'b' } });
    expect(undo).toEqual({ canUndo: true, canRedo: false, undoLabel: `Edit note of ${observation.id}`, redoLabel: null });
    await b.close();
  });

  it('undoes and redoes edits, deletions and creations, and still does after a restart', async () => {
    const b = backendFor(dirs);
    const { dir } = await datasetWithSource(b);
    const { observation } = await ok(b, 'observations-create', { fields: { note: 'one' } });
    await ok(b, 'observations-update', { id: observation.id, patch: { note: 'two' } });
    await ok(b, 'observations-delete', { ids: [observation.id] });
    expect(await notes(b)).toEqual([]);
    const u = await ok(b, 'history-undo');
    expect(u.changes[0]).toMatchObject({ before: null, after: { note: 'two' } });
    expect(await notes(b)).toEqual(['two']);
    await ok(b, 'history-undo');
    expect(await notes(b)).toEqual(['one']);
    expect(u.undo.canRedo).toBe(true);
    await b.close();

    const b2 = backendFor(dirs); // a restart: the stacks come back from history.jsonl
    const snap = await ok(b2, 'datasets-open', { path: dir });
    expect(snap.undo).toMatchObject({ canUndo: true, canRedo: true, redoLabel: `Edit note of ${observation.id}` });
    await ok(b2, 'history-redo');
    expect(await notes(b2)).toEqual(['two']);
    await ok(b2, 'history-undo');
    await ok(b2, 'history-undo'); // the creation
    await ok(b2, 'history-undo'); // the source
    expect((await ok(b2, 'dataset-snapshot')).doc.sources).toEqual([]);
    await fails(b2, 'history-undo', {}, 'NOTHING_TO_UNDO');
    await ok(b2, 'history-redo');
    expect((await ok(b2, 'dataset-snapshot')).doc.sources).toHaveLength(1);
    await b2.close();
  });

  it('a new change clears the redo stack', async () => {
    const b = backendFor(dirs);
    await datasetWithSource(b);
    const { observation } = await ok(b, 'observations-create', { fields: { note: 'x' } });
    await ok(b, 'history-undo');
    expect((await ok(b, 'history-list', {})).undo.canRedo).toBe(true);
    const m = await ok(b, 'observations-create', { fields: { note: 'y' } });
    expect(m.undo.canRedo).toBe(false);
    expect(m.observation.id).not.toBe(observation.id); // ids are never handed out twice
    await fails(b, 'history-redo', {}, 'NOTHING_TO_UNDO');
    await b.close();
  });

  it('ignores a torn last line in history.jsonl (a writer killed mid-append) and keeps appending cleanly', async () => {
    const b = backendFor(dirs);
    const { dir } = await datasetWithSource(b);
    await ok(b, 'observations-create', { fields: { note: 'kept' } });
    await b.close();
    const log = path.join(dir, 'history.jsonl');
    appendFileSync(log, '{"seq":3,"at":"2026-01-01T00:00:00.000Z","who":"x","action":"observations-up');

    const b2 = backendFor(dirs);
    const snap = await ok(b2, 'datasets-open', { path: dir });
    expect(snap.undo.undoLabel).toMatch(/^Add observation/);
    await ok(b2, 'observations-create', { fields: { note: 'after' } });
    await ok(b2, 'history-undo');
    expect(await notes(b2)).toEqual(['kept']);
    await b2.close();
    const lines = readFileSync(log, 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('{"seq"')).length).toBe(4); // the torn one (never reported saved) was cut off on opening
    expect(lines.every((l) => l === '' || JSON.parse(l))).toBe(true);
    const b3 = backendFor(dirs);
    await ok(b3, 'datasets-open', { path: dir });
    expect((await ok(b3, 'history-list', {})).entries.map((e) => e.action)).toEqual(['undo', 'observations-create', 'observations-create', 'sources-create']);
    await b3.close();
  });
});
