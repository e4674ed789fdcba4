import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendFor, bytes, datasetWithSource, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

/** A real dataset on disk, closed, whose dataset.json is then replaced by `content`. */
async function datasetWith(content: (valid: string) => string) {
  const b = backendFor(dirs);
  const { dir } = await datasetWithSource(b);
  await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên' } });
  await b.close();
  const file = path.join(dir, 'dataset.json');
  writeFileSync(file, content(bytes(file).toString('utf8')));
  return { dir, file, before: bytes(file) };
}

/** Tries to open and edit through every door; the file must come out byte for byte as it went in. */
async function attemptEdits(dir: string, code: string) {
  const b = backendFor(dirs);
  const err = await fails(b, 'datasets-open', { path: dir }, code);
  await fails(b, 'observations-create', { fields: { entity: 'X' } }, 'NO_DATASET');
  await fails(b, 'dataset-update-meta', { name: 'renamed' }, 'NO_DATASET');
  await fails(b, 'history-undo', {}, 'NO_DATASET');
  await fails(b, 'datasets-open', { path: dir }, code); // and a second try
  await b.close();
  return err;
}

describe('a dataset file that cannot be trusted is never written over', () => {
  it('bad JSON: DATASET_CORRUPT naming the file; bytes unchanged', async () => {
    const { dir, file, before } = await datasetWith((valid) => valid.slice(0, valid.length / 2));
    const err = await attemptEdits(dir, 'DATASET_CORRUPT');
    expect(err.message).toContain(file);
    expect(err.message).toMatch(/not valid JSON/);
    expect(err.file).toBe(file);
    expect(bytes(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f === 'dataset.lock')).toEqual([]);
  });

  it('valid JSON failing the schema: DATASET_CORRUPT naming the first problems; bytes unchanged', async () => {
    const { dir, file, before } = await datasetWith((valid) => {
      const doc = JSON.parse(valid);
      doc.observations[0].value = 'abc';
      doc.observations[0].qualifier = 'roughly';
      return JSON.stringify(doc, null, 2);
    });
    const err = await attemptEdits(dir, 'DATASET_CORRUPT');
    expect(err.message).toContain(file);
    expect(err.message).toContain('observations.0.value');
    expect(err.message).toContain('observations.0.qualifier');
    expect(bytes(file).equals(before)).toBe(true);
  });

  it('a newer schema version: DATASET_TOO_NEW, refused and not rewritten', async () => {
    const { dir, file, before } = await datasetWith((valid) => {
      const doc = JSON.parse(valid);
      doc.schemaVersion = 99;
      doc.somethingNew = { from: 'the future' };
      return JSON.stringify(doc, null, 2);
    });
    const err = await attemptEdits(dir, 'DATASET_TOO_NEW');
    expect(err.message).toContain('schema version 99');
    expect(bytes(file).equals(before)).toBe(true);
  });

  it('a file changed by another program while open is not overwritten by the next edit', async () => {
    const b = backendFor(dirs);
    const { dir } = await datasetWithSource(b);
    const file = path.join(dir, 'dataset.json');
    writeFileSync(file, '{"edited": "by hand, longer than before? no"}');
    const before = bytes(file);
    const err = await fails(b, 'observations-create', { fields: { entity: 'X' } }, 'IO_ERROR');
    expect(err.message).toContain('changed outside Tally');
    expect(bytes(file).equals(before)).toBe(true);
    const snap = await ok(b, 'dataset-snapshot');
    expect(snap.doc.observations).toHaveLength(0); // the refused change was rolled back in memory too
    await b.close();
  });
});
