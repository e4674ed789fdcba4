import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatasetJson, stableStringify } from '../../electron/backend/store/doc-adapter';
import { killAndWait, startWriter } from './child';
import { backendFor, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

const KILLS = 20;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A dataset big enough (about 1.5 MB) that a kill often lands in the middle of writing it. */
async function biggishDataset(): Promise<string> {
  const b = backendFor(dirs);
  const snap = await ok(b, 'datasets-create', { name: 'crash' });
  await b.close();
  const file = path.join(snap.path, 'dataset.json');
  const doc = parseDatasetJson(readFileSync(file, 'utf8'), file);
  const at = new Date().toISOString();
  for (let i = 1; i <= 2000; i++) {
    doc.observations.push({
      id: `obs-${i}`, entity: 'Thái Nguyên', indicator: 'Export value', period: '2021', value: i, unit: 'USD', qualifier: 'exact',
      stated: `${i} USD`, sourceId: null, quote: null, status: 'draft', deprecation: null, note: 'ghi chú '.repeat(20), createdAt: at, updatedAt: at,
    });
  }
  writeFileSync(file, stableStringify(doc));
  return snap.path;
}

describe('a writer killed at random moments', () => {
  it(`leaves either the old or the new dataset.json, never a broken one (${KILLS} kills)`, { timeout: 180_000 }, async () => {
    const dir = await biggishDataset();
    const file = path.join(dir, 'dataset.json');
    const seen = new Set<string>();
    for (let k = 0; k < KILLS; k++) {
      const child = await startWriter('loop', dir, dirs.configDir);
      await sleep(20 + Math.random() * 300);
      await killAndWait(child);
      const text = readFileSync(file, 'utf8');
      const doc = parseDatasetJson(text, file); // throws if torn or invalid
      expect(doc.observations.length).toBeGreaterThanOrEqual(2000);
      seen.add(text);
    }
    expect(seen.size).toBeGreaterThan(1); // the writers did get edits through between kills

    // The last writer's lock (dead pid) is taken over; a torn history line, if any, is skipped.
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect(snap.doc.observations.length).toBeGreaterThanOrEqual(2000);
    const list = await ok(b, 'history-list', { limit: 5 });
    expect(list.entries.length).toBeGreaterThan(0);
    await ok(b, 'observations-update', { id: 'obs-1', patch: { note: 'after the crashes' } });
    await ok(b, 'history-undo');
    await b.close();
  });
});
