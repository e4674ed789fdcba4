import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetDoc } from '../../shared/model/dataset';
import { backendFor, datasetWithSource, fails, ok, quoteOf, SAMPLE_DIR, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

describe('datasets on disk', () => {
  it('creates a dataset, edits it, and finds the edit after reopening in a new backend', async () => {
    const b = backendFor(dirs);
    const { dir, sourceId } = await datasetWithSource(b, 'Kinh tế Thái Nguyên');
    expect(dir).toBe(path.join(dirs.datasetsDir, 'Kinh tế Thái Nguyên'));
    const { observation } = await ok(b, 'observations-create', {
      fields: { entity: 'Thái Nguyên', indicator: 'Export value', period: '2021', value: 29e9, unit: 'USD', qualifier: 'nearly', stated: 'gần 29 tỷ USD', sourceId, quote: quoteOf('gần 29 tỷ USD') },
    });
    const m = await ok(b, 'observations-update', { id: observation.id, patch: { note: 'checked' } });
    expect(m.changes).toHaveLength(1);
    expect(m.undo.canUndo).toBe(true);
    await b.close();
    expect(existsSync(path.join(dir, 'dataset.lock'))).toBe(false);

    const b2 = backendFor(dirs);
    const snap = await ok(b2, 'datasets-open', { path: dir });
    const o = snap.doc.observations.find((x) => x.id === observation.id);
    expect(o?.note).toBe('checked');
    expect(o?.stated).toBe('gần 29 tỷ USD');
    // The catalogue holds only what curators put in it (issue 9): typing a name on a row does not add it.
    expect(snap.doc.entities).toEqual([]);
    expect(snap.doc.indicators).toEqual([]);
    expect(snap.orphanedObservationIds).toEqual([]);
    await b2.close();
  });

  it('writes dataset.json pretty-printed, in the schema key order, records in id order, and valid', async () => {
    const b = backendFor(dirs);
    const { dir } = await datasetWithSource(b);
    for (let i = 0; i < 11; i++) await ok(b, 'observations-create', { fields: { entity: 'Việt Nam', note: `n${i}` } });
    await b.close();
    const text = readFileSync(path.join(dir, 'dataset.json'), 'utf8');
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "meta": {"id"')).toBe(true);
    // One record per line (issue 13): a change to one observation is a one-line diff.
    expect(text.split('\n').filter((l) => l.startsWith('    {"id":"obs-'))).toHaveLength(11);
    const doc = DatasetDoc.parse(JSON.parse(text));
    expect(Object.keys(JSON.parse(text))).toEqual(['schemaVersion', 'meta', 'sources', 'entities', 'indicators', 'observations', 'resolutions', 'historySeq']);
    expect(doc.observations.map((o) => o.id)).toEqual(Array.from({ length: 11 }, (_, i) => `obs-${i + 1}`));
    expect(Object.keys(JSON.parse(text).observations[0])[0]).toBe('id');
    const version = doc.sources[0].versions[0];
    expect(version.file).toBe('sources/src-1.v1.txt');
    expect(version.hash).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it('refuses a second dataset with the same folder name', async () => {
    const b = backendFor(dirs);
    await ok(b, 'datasets-create', { name: 'Một' });
    const err = await fails(b, 'datasets-create', { name: 'Một' }, 'DATASET_EXISTS');
    expect(err.message).toContain('Một');
    await b.close();
  });

  it('lists datasets in the datasets folder', async () => {
    const b = backendFor(dirs);
    await datasetWithSource(b, 'A');
    await ok(b, 'observations-create', { fields: {} });
    await ok(b, 'datasets-create', { name: 'B' });
    const list = await ok(b, 'datasets-list');
    expect(list.map((d) => [d.name, d.observations, d.sources]).sort()).toEqual([
      ['A', 1, 1],
      ['B', 0, 0],
    ]);
    await b.close();
  });

  it('copies the bundled sample under a unique name and opens the copy', async () => {
    const b = backendFor(dirs, { sampleDir: SAMPLE_DIR });
    const info = await ok(b, 'app-info');
    expect(info.sampleAvailable).toBe(true);
    const first = await ok(b, 'datasets-open-sample');
    const second = await ok(b, 'datasets-open-sample');
    expect(first.path).not.toBe(second.path);
    expect(path.dirname(first.path)).toBe(dirs.datasetsDir);
    expect(second.doc.observations.length).toBeGreaterThan(0);
    expect(second.orphanedObservationIds).toEqual([]);
    expect(existsSync(path.join(first.path, 'dataset.lock'))).toBe(false); // released when the second opened
    await b.close();
  });

  it('says NO_DATASET before one is open and UNKNOWN_METHOD for a method that does not exist', async () => {
    const b = backendFor(dirs);
    await fails(b, 'dataset-snapshot', {}, 'NO_DATASET');
    await fails(b, 'observations-create', { fields: {} }, 'NO_DATASET');
    const err = await fails(b, 'observations-frobnicate', {}, 'UNKNOWN_METHOD');
    expect(err.message).toContain('observations-frobnicate');
    await fails(b, 'datasets-open', { path: path.join(dirs.root, 'nowhere') }, 'NOT_FOUND');
    await b.close();
  });

  it('keeps the reviewer name and recent datasets in settings.json', async () => {
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-create', { name: 'Gần đây' });
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    await b.close();
    const b2 = backendFor(dirs);
    const info = await ok(b2, 'app-info');
    expect(info.settings.reviewerName).toBe('Lan');
    expect(info.settings.recent[0].path).toBe(snap.path);
    expect(info.mode).toBe('web');
    expect(info.openPath).toBeNull();
    await b2.close();
  });

  it('updates dataset metadata as an undoable change', async () => {
    const b = backendFor(dirs);
    await ok(b, 'datasets-create', { name: 'Meta' });
    const m = await ok(b, 'dataset-update-meta', { tolerance: 0.1, title: 'Tiêu đề' });
    expect(m.changes[0].collection).toBe('meta');
    expect((await ok(b, 'dataset-snapshot')).doc.meta.tolerance).toBe(0.1);
    await ok(b, 'history-undo');
    expect((await ok(b, 'dataset-snapshot')).doc.meta.tolerance).toBe(0.05);
    await b.close();
  });
});
