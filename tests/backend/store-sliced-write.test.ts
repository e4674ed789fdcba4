import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBenchDataset } from '../../bench/store-fixture';
import { parseDatasetJson, stableStringify } from '../../electron/backend/store/doc-adapter';
import { freezeForWrite, stringifyInSlices } from '../../electron/backend/store/sliced-stringify';
import type { DatasetDoc } from '../../shared/model/dataset';
import { backendFor, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const readDoc = (dir: string) => {
  const file = path.join(dir, 'dataset.json');
  return parseDatasetJson(readFileSync(file, 'utf8'), file);
};

describe('dataset.json written in slices', () => {
  it('gives the bytes of stableStringify: empty collections, merge conflicts, thousands of records', async () => {
    const dir = path.join(dirs.root, 'slices');
    await writeBenchDataset(dir, 2500);
    const doc = readDoc(dir);
    const variants: DatasetDoc[] = [
      doc,
      { ...doc, observations: [], resolutions: [], mergeConflicts: [] },
      { ...doc, historySeq: undefined, mergeConflicts: [{ id: 'x', note: 'a "quoted"\nline' } as never] },
      { ...doc, observations: doc.observations.slice(0, 1000) }, // a slice boundary at the array's end
    ];
    for (const v of variants) {
      const slices = [...stringifyInSlices(v)];
      expect(slices.join('')).toBe(stableStringify(v));
      if (v.observations.length > 1000) expect(slices.length).toBeGreaterThan(2);
    }
  });

  it('a frozen copy does not see edits made after it was taken', async () => {
    const dir = path.join(dirs.root, 'frozen');
    await writeBenchDataset(dir, 50);
    const doc = readDoc(dir);
    const copy = freezeForWrite(doc);
    const before = stableStringify(copy);
    doc.observations.splice(0, 10);
    doc.observations[0] = { ...doc.observations[0], note: 'changed' };
    expect(stableStringify(copy)).toBe(before);
  });

  it('edits made during the deferred rewrite are reported without waiting for it, and the next rewrite holds them', async () => {
    const dir = path.join(dirs.datasetsDir, 'big');
    await writeBenchDataset(dir, 20_000);
    const b = backendFor(dirs, { store: { deferWritesAboveBytes: 0, flushIdleMs: 1, flushMaxDelayMs: 1 } });
    await ok(b, 'datasets-open', { path: dir });
    const store = b.context.store();
    await ok(b, 'observations-update', { id: 'obs-1', patch: { note: 'first' } });
    // Wait for the rewrite to start (its copy taken), then edit while it is writing.
    for (let i = 0; i < 500 && store.pendingWrite && !(store as unknown as { backgroundWrite: unknown }).backgroundWrite; i++) await sleep(1);
    const writing = (store as unknown as { backgroundWrite: Promise<void> | null }).backgroundWrite;
    expect(writing).toBeInstanceOf(Promise);
    let rewriteDone = false;
    void writing!.then(() => (rewriteDone = true));
    await ok(b, 'observations-update', { id: 'obs-2', patch: { note: 'during' } });
    expect(rewriteDone).toBe(false); // the edit did not queue behind the whole-file write
    await b.close();
    const saved = readDoc(dir);
    expect(saved.observations.find((o) => o.id === 'obs-1')?.note).toBe('first');
    expect(saved.observations.find((o) => o.id === 'obs-2')?.note).toBe('during');
    expect(saved.historySeq).toBe(2);
  }, 60_000);
});
