import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetView } from '../../electron/backend/export/read-dataset';
import { backendFor, datasetWithSource, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

/** A closed dataset with one source, and a file outside it standing for a shell startup file. */
async function setup() {
  const b = backendFor(dirs);
  const { dir, sourceId } = await datasetWithSource(b);
  await ok(b, 'observations-create', { fields: { note: 'a' } });
  await b.close();
  const outside = path.join(dirs.root, 'bashrc');
  writeFileSync(outside, 'echo hi\n');
  return { dir, sourceId, outside };
}

/** Replaces a file of the dataset by a link to `target`. */
function linkInstead(file: string, target: string) {
  rmSync(file, { recursive: true, force: true });
  symlinkSync(target, file);
}

describe('links inside a dataset folder are never followed (issue 10.10)', () => {
  it('history.jsonl linking to a startup file: the open is refused, saying why, and the file is never written', async () => {
    const { dir, outside } = await setup();
    const log = path.join(dir, 'history.jsonl');
    cpSync(log, outside);
    linkInstead(log, outside);
    const before = readFileSync(outside, 'utf8');
    const b = backendFor(dirs);
    const err = await fails(b, 'datasets-open', { path: dir }, 'DATASET_CORRUPT');
    expect(err.message).toMatch(/history\.jsonl is a symbolic link; Tally never follows links/);
    expect(readFileSync(outside, 'utf8')).toBe(before);
    await expect(readDatasetView(dir)).rejects.toThrow(/symbolic link/);
    await b.close();
  });

  it('dataset.json as a link is refused by the app and the CLI readers', async () => {
    const { dir, outside } = await setup();
    const file = path.join(dir, 'dataset.json');
    cpSync(file, outside);
    linkInstead(file, outside);
    const err = await fails(backendFor(dirs), 'datasets-open', { path: dir }, 'DATASET_CORRUPT');
    expect(err.message).toMatch(/dataset\.json is a symbolic link/);
    await expect(readDatasetView(dir)).rejects.toThrow(/symbolic link/);
  });

  it('a source text that is a link is not read (its citations count as orphaned, with a warning); a sources/ link is refused', async () => {
    const { dir, sourceId, outside } = await setup();
    const text = path.join(dir, 'sources', `${sourceId}.v1.txt`);
    cpSync(text, outside);
    linkInstead(text, outside);
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect(snap.warnings.join('\n')).toMatch(/\.v1\.txt is a symbolic link/);
    await b.close();
    // The whole sources/ folder a link: a new version would be written through it.
    const elsewhere = path.join(dirs.root, 'elsewhere');
    renameSync(path.join(dir, 'sources'), elsewhere);
    symlinkSync(elsewhere, path.join(dir, 'sources'));
    const b2 = backendFor(dirs);
    const snap2 = await ok(b2, 'datasets-open', { path: dir });
    expect(snap2.warnings.join('\n')).toMatch(/sources is a symbolic link/);
    await fails(b2, 'sources-add-version', { id: sourceId, text: 'new text' }, 'DATASET_CORRUPT');
    await b2.close();
  });

  it('a lock that is a link is refused; temp files are created exclusively, never through a link', async () => {
    const { dir, outside } = await setup();
    symlinkSync(outside, path.join(dir, 'dataset.lock'));
    const err = await fails(backendFor(dirs), 'datasets-open', { path: dir }, 'DATASET_CORRUPT');
    expect(err.message).toMatch(/dataset\.lock is a symbolic link/);
    expect(readFileSync(outside, 'utf8')).toBe('echo hi\n');
  });

  it('a crafted versions[].file outside sources/<id>.v<N>.txt is refused with a clear message', async () => {
    const { dir, sourceId } = await setup();
    const file = path.join(dir, 'dataset.json');
    for (const crafted of ['../../x', 'sources/../../x.txt', `sources/other.v1.txt`, '/etc/passwd']) {
      const doc = JSON.parse(readFileSync(file, 'utf8'));
      const keep = doc.sources[0].versions[0].file;
      doc.sources[0].versions[0].file = crafted;
      writeFileSync(file, JSON.stringify(doc, null, 2));
      const b = backendFor(dirs);
      const r = await b.dispatch('datasets-open', { path: dir });
      if (crafted === 'sources/other.v1.txt') {
        // Well-formed but another source's name: the store refuses to read it for this source.
        expect(r.ok && (r.data as { warnings: string[] }).warnings.join('\n')).toMatch(new RegExp(`must be sources/${sourceId}\\.v<N>\\.txt`));
      } else {
        expect(r.ok ? 'opened' : r.error.message).toMatch(/a source text file must be sources\/<id>\.v<N>\.txt inside the dataset folder/);
      }
      await b.close();
      doc.sources[0].versions[0].file = keep;
      writeFileSync(file, JSON.stringify(doc, null, 2));
    }
  });
});
