import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSummaries, summariseDataset } from '../../electron/backend/store/dataset-summary';
import { SAMPLE_DIR, tempDirsPerTest } from './helpers';

type Doc = { meta: { name: string; updatedAt: string; description?: string }; sources: unknown[]; observations: Array<{ note: string }> };

const dirs = tempDirsPerTest();

const sampleDoc = (): Doc => JSON.parse(readFileSync(path.join(SAMPLE_DIR, 'dataset.json'), 'utf8'));

/** A dataset folder holding only dataset.json with the given text. */
function folderWith(name: string, text: string): string {
  const dir = path.join(dirs.datasetsDir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'dataset.json'), text);
  return dir;
}

const expected = (dir: string, doc: Doc) => ({ path: dir, name: doc.meta.name, observations: doc.observations.length, sources: doc.sources.length, updatedAt: doc.meta.updatedAt });

describe('summariseDataset', () => {
  it('reads the name, dates and counts of a file in Tally\'s layout the same as a whole parse would', async () => {
    const doc = sampleDoc();
    expect(doc.observations.length).toBeGreaterThan(10);
    const s = await summariseDataset(SAMPLE_DIR, new Date(0));
    expect(s).toEqual(expected(SAMPLE_DIR, doc));
  });

  it('is not fooled by values that spell out the layout\'s landmarks', async () => {
    const doc = sampleDoc();
    doc.meta.description = '\n  }\n  "observations": [\n    {\n';
    doc.observations[0].note = '\n  ]\n    {\n  "sources": [\n    {\n';
    const dir = folderWith('tricky', `${JSON.stringify(doc, null, 2)}\n`);
    expect(await summariseDataset(dir, new Date(0))).toEqual(expected(dir, doc));
  });

  it('parses a file in another layout whole', async () => {
    const doc = sampleDoc();
    const dir = folderWith('compact', JSON.stringify(doc));
    expect(await summariseDataset(dir, new Date(0))).toEqual(expected(dir, doc));
  });

  it('lists a file that does not parse under its folder name, with no counts', async () => {
    const dir = folderWith('broken', '{\n  "schemaVersion": 1,\n  "meta": {\n    "name": "cut off');
    const mtime = new Date('2025-01-02T03:04:05.000Z');
    expect(await summariseDataset(dir, mtime)).toEqual({ path: dir, name: 'broken', observations: 0, sources: 0, updatedAt: mtime.toISOString() });
  });
});

describe('DatasetSummaries', () => {
  it('lists only folders with a dataset.json, newest first', async () => {
    const older = sampleDoc();
    const newer = { ...sampleDoc(), meta: { ...older.meta, name: 'Newer', updatedAt: '2030-01-01T00:00:00.000Z' }, observations: [] };
    const a = folderWith('a', `${JSON.stringify(older, null, 2)}\n`);
    const b = folderWith('b', `${JSON.stringify(newer, null, 2)}\n`);
    mkdirSync(path.join(dirs.datasetsDir, 'not-a-dataset'));
    writeFileSync(path.join(dirs.datasetsDir, 'stray.txt'), 'x');
    const list = await new DatasetSummaries().list(dirs.datasetsDir);
    expect(list).toEqual([expected(b, newer), expected(a, older)]);
  });

  it('answers from memory while dataset.json is unchanged, and reads it again once it changes', async () => {
    const doc = sampleDoc();
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    const dir = folderWith('cached', text);
    const file = path.join(dir, 'dataset.json');
    const when = new Date('2025-06-01T00:00:00.000Z');
    utimesSync(file, when, when);
    const summaries = new DatasetSummaries();
    expect(await summaries.get(dir)).toEqual(expected(dir, doc));

    // Same size, same inode, same modification time: taken as unchanged, so the new name is not seen.
    writeFileSync(file, text.replace(doc.meta.name, 'X'.repeat(Buffer.byteLength(doc.meta.name))));
    utimesSync(file, when, when);
    expect((await summaries.get(dir))?.name).toBe(doc.meta.name);

    const fewer = { ...doc, observations: doc.observations.slice(1) };
    writeFileSync(file, `${JSON.stringify(fewer, null, 2)}\n`);
    expect(await summaries.get(dir)).toEqual(expected(dir, fewer));
  });
});
