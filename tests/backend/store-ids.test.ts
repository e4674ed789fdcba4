import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson, stableStringify } from '../../electron/backend/store/doc-adapter';
import { compareIds } from '../../electron/backend/store/ids';
import { backendFor, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

/** A closed dataset whose dataset.json holds observations with these ids (as an import from another tool may). */
async function datasetWithIds(ids: string[]): Promise<string> {
  const b = backendFor(dirs);
  const snap = await ok(b, 'datasets-create', { name: 'ids' });
  await b.close();
  const file = path.join(snap.path, 'dataset.json');
  const doc = parseDatasetJson(readFileSync(file, 'utf8'), file);
  const at = new Date().toISOString();
  for (const id of ids) {
    doc.observations.push({
      id, entity: 'Thái Nguyên', indicator: 'Export value', period: '2021', value: 1, unit: 'USD', qualifier: 'exact',
      stated: '1 USD', sourceId: null, quote: null, status: 'draft', deprecation: null, note: `imported ${id}`, createdAt: at, updatedAt: at,
    });
  }
  writeFileSync(file, stableStringify(doc));
  return snap.path;
}

describe('id allocation', () => {
  it('after an imported obs-99999999999999999999, two creates get two ids and undoing the second keeps the first', async () => {
    const dir = await datasetWithIds(['obs-99999999999999999999']);
    const b = backendFor(dirs);
    await ok(b, 'datasets-open', { path: dir });
    const a = (await ok(b, 'observations-create', { fields: { entity: 'A' } })).observation.id;
    const c = (await ok(b, 'observations-create', { fields: { entity: 'C' } })).observation.id;
    expect(a).toBe('obs-100000000000000000000');
    expect(c).toBe('obs-100000000000000000001');
    await ok(b, 'history-undo');
    const doc = (await ok(b, 'dataset-snapshot')).doc;
    expect(doc.observations.map((o) => o.id)).toEqual(['obs-99999999999999999999', a]);
    await b.close();
  });

  it('after a 22-digit id, creates still work', async () => {
    const dir = await datasetWithIds(['obs-1234567890123456789012', 'obs-abc', 'obs-7']);
    const b = backendFor(dirs);
    await ok(b, 'datasets-open', { path: dir });
    const r = await ok(b, 'observations-create', { fields: { entity: 'A' } });
    expect(r.observation.id).toBe('obs-1234567890123456789013');
    expect((await ok(b, 'dataset-snapshot')).doc.observations).toHaveLength(4);
    await b.close();
  });

  it('a create whose id exists is refused and nothing changes', async () => {
    const dir = await datasetWithIds(['obs-1']);
    const b = backendFor(dirs);
    await ok(b, 'datasets-open', { path: dir });
    const store = b.context.store();
    const before = readFileSync(path.join(dir, 'dataset.json'), 'utf8');
    const taken = { ...store.doc.observations[0], note: 'replacement' };
    const err = await store
      .mutate('t', () => ({ action: 'observations-create', label: 'x', changes: [{ collection: 'observations', id: 'obs-1', before: null, after: taken }] }))
      .then(() => null, (e: Error) => e);
    expect(err?.message).toMatch(/obs-1 already exists/);
    expect(store.doc.observations[0].note).toBe('imported obs-1');
    expect(readFileSync(path.join(dir, 'dataset.json'), 'utf8')).toBe(before);
    await fails(b, 'history-undo', {}, 'NOTHING_TO_UNDO');
    await b.close();
  });

  it('compares long numeric suffixes exactly', () => {
    expect(compareIds('obs-99999999999999999999', 'obs-100000000000000000000')).toBe(-1);
    expect(compareIds('obs-100000000000000000001', 'obs-100000000000000000000')).toBe(1);
    expect(compareIds('obs-2', 'obs-10')).toBe(-1);
  });
});
