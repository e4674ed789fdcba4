import { promises as fs } from 'node:fs';
import path from 'node:path';
import { Package } from 'datapackage';
import { beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../electron/backend/export/run-export';
import type { DatasetDoc } from '../../shared/model';
import { fixtureDoc, resolveAll } from '../shared/export/fixture';
import { exportSource, tempDir } from './export-helpers';

// Frictionless's own reference implementation (npm datapackage) judges our packages, not our reading of the spec:
// the descriptor against the tabular-data-package profile, every row cast to its field type, primary keys unique and
// foreign keys resolved.

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

/** Every problem the reference library finds, as lines (empty when the package is valid). */
async function referenceProblems(folder: string): Promise<string[]> {
  const pkg = await Package.load(path.join(folder, 'datapackage.json'), { strict: false });
  const problems = pkg.errors.map((e) => `descriptor: ${e.message}`);
  for (const resource of pkg.resources) {
    try {
      await resource.read({ cast: true, relations: true });
    } catch (err) {
      const inner = (err as { errors?: Error[] }).errors ?? [];
      problems.push(`${resource.name}: ${(err as Error).message}${inner.map((e) => ` ${e.message}`).join('')}`);
    }
  }
  return problems;
}

const exportPackage = async (doc: DatasetDoc, table: 'full' | 'validated', draft: boolean, name: string) => {
  const out = path.join(dir, name);
  await runExport(exportSource(dir, doc), { format: 'datapackage', table, draft, outPath: out });
  return out;
};

describe('Data Packages as the Frictionless reference library reads them', () => {
  it('full, validated and draft packages are valid: descriptor, casting of every row, primary and foreign keys', async () => {
    const withDrafts = fixtureDoc();
    withDrafts.observations.push({ ...withDrafts.observations[0], id: 'obs-8', entity: '', value: null, unit: '', sourceId: null, quote: null });
    const packages = [
      await exportPackage(fixtureDoc(), 'full', false, 'full'),
      await exportPackage(withDrafts, 'full', false, 'full-drafts'),
      await exportPackage(resolveAll(fixtureDoc()), 'validated', false, 'validated'),
      await exportPackage(fixtureDoc(), 'validated', true, 'draft'),
    ];
    for (const folder of packages) expect(await referenceProblems(folder), path.basename(folder)).toEqual([]);
  });

  it('a dataset without licenses, contributors or sources still gives a valid descriptor (no empty lists)', async () => {
    const doc = fixtureDoc();
    const bare: DatasetDoc = { ...doc, meta: { ...doc.meta, licenses: [], contributors: [] }, sources: [], observations: doc.observations.map((o) => ({ ...o, sourceId: null, quote: null })), resolutions: [] };
    const folder = await exportPackage(bare, 'full', false, 'bare');
    const descriptor = JSON.parse(await fs.readFile(path.join(folder, 'datapackage.json'), 'utf8'));
    expect(descriptor).not.toHaveProperty('sources');
    expect(await referenceProblems(folder)).toEqual([]);
  });

  it('the reference library does catch a broken row and a dangling foreign key (so a pass means something)', async () => {
    const folder = await exportPackage(resolveAll(fixtureDoc()), 'validated', false, 'broken');
    const file = path.join(folder, 'observations.csv');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(',29000000000,', ',29.000.000.000,'));
    const cast = await referenceProblems(folder);
    expect(cast.join('\n')).toMatch(/observations: .*29\.000\.000\.000/);
    await fs.writeFile(file, text.replace(',src-b,', ',src-zz,'));
    const fk = await referenceProblems(folder);
    expect(fk.join('\n')).toMatch(/observations: .*(foreign|relation)/i);
  });
});
