import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../electron/backend/export/run-export';
import { fixtureDoc, resolveAll } from '../shared/export/fixture';
import { exportSource, tempDir } from './export-helpers';
import { checkDataPackage } from './export-schema-check';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

describe('data package export', () => {
  it('validated: every CSV conforms to its own Table Schema (types, required, keys)', async () => {
    const doc = resolveAll(fixtureDoc());
    // One superseded decision too, so resolutions hold history.
    doc.resolutions.push({ ...doc.resolutions[0], id: 'res-0', decidedAt: '2024-01-01T00:00:00.000Z', rationale: 'first try' });
    const out = path.join(dir, 'pkg');
    const result = await runExport(exportSource(dir, doc), { format: 'datapackage', table: 'validated', draft: false, outPath: out });
    expect(result.files.map((f) => path.relative(out, f))).toEqual(['datapackage.json', 'validated.csv', 'observations.csv', 'sources.csv', 'resolutions.csv']);
    const { problems, rows, descriptor } = await checkDataPackage(out);
    expect(problems).toEqual([]);
    expect(rows.observations).toHaveLength(7);
    expect(rows.validated).toHaveLength(4);
    expect(rows.resolutions.map((r) => [r.id, r.state])).toEqual([
      ['res-1', 'current'],
      ['res-2', 'current'],
      ['res-0', 'superseded'],
    ]);
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'thai-nguyen-2021',
      title: 'Thái Nguyên economy, 2021',
      licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
      contributors: [{ title: 'Lan Nguyễn', role: 'author', email: 'lan@example.org' }],
      sources: [{ title: 'Thái Nguyên phát huy truyền thống, "chuyển đổi số"', path: 'https://example.org/a' }, { title: 'Kinh tế Thái Nguyên năm 2021' }],
    });
    expect(descriptor.draft).toBeUndefined();
    const obs = descriptor.resources.find((r: { name: string }) => r.name === 'observations');
    expect(obs.schema.primaryKey).toBe('id');
    expect(obs.schema.foreignKeys).toEqual([{ fields: 'source_id', reference: { resource: 'sources', fields: 'id' } }]);
    const field = (name: string) => obs.schema.fields.find((f: { name: string }) => f.name === name);
    expect(field('value')).toMatchObject({ type: 'number', constraints: { required: true } });
    expect(field('quote_start')).toMatchObject({ type: 'integer' });
    expect(field('source_published')).toMatchObject({ type: 'date' });
    const res = descriptor.resources.find((r: { name: string }) => r.name === 'resolutions');
    expect(res.schema.foreignKeys).toEqual([{ fields: 'observation_id', reference: { resource: 'observations', fields: 'id' } }]);
    // Resource CSVs are plain UTF-8 (no BOM), as the descriptor's encoding says.
    expect((await fs.readFile(path.join(out, 'observations.csv'))).subarray(0, 2).toString()).toBe('id');
  });

  it('a full export of a dataset with drafts still conforms: blanks are allowed where records may lack them', async () => {
    const doc = fixtureDoc();
    doc.observations.push({ ...doc.observations[0], id: 'obs-8', entity: '', value: null, unit: '', sourceId: null, quote: null });
    const out = path.join(dir, 'full');
    await runExport(exportSource(dir, doc), { format: 'datapackage', table: 'full', draft: false, outPath: out });
    const { problems, rows, descriptor } = await checkDataPackage(out);
    expect(problems).toEqual([]);
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(['observations', 'sources', 'resolutions']);
    expect(rows.observations[7]).toMatchObject({ id: 'obs-8', value: '', source_id: '' });
  });

  it('a draft says so in its descriptor, and its open groups have no value', async () => {
    const out = path.join(dir, 'draft');
    await runExport(exportSource(dir, fixtureDoc()), { format: 'datapackage', table: 'validated', draft: true, outPath: out });
    const { problems, rows, descriptor } = await checkDataPackage(out);
    expect(problems).toEqual([]);
    expect(descriptor.draft).toBe(true);
    expect(descriptor.title).toContain('DRAFT');
    expect(rows.validated.filter((r) => r.basis === 'open').map((r) => r.value)).toEqual(['', '']);
  });

  it('the checker catches a broken package (so a pass means something)', async () => {
    const out = path.join(dir, 'broken');
    await runExport(exportSource(dir, resolveAll(fixtureDoc())), { format: 'datapackage', table: 'validated', draft: false, outPath: out });
    const file = path.join(out, 'observations.csv');
    const text = await fs.readFile(file, 'utf8');
    await fs.writeFile(file, text.replace(',29000000000,', ',29.000.000.000,').replace(',src-b,', ',src-zz,'));
    const { problems } = await checkDataPackage(out);
    expect(problems).toEqual([
      'observations row 1 value: "29.000.000.000" is not a number',
      'observations row 2 source_id: "src-zz" not found in sources',
    ]);
  });

  it('never replaces a file or a folder of other work', async () => {
    const src = exportSource(dir, fixtureDoc());
    await fs.mkdir(path.join(dir, 'work'));
    await fs.writeFile(path.join(dir, 'work', 'notes.txt'), 'mine');
    await fs.writeFile(path.join(dir, 'report.pdf'), 'mine');
    const folder = await runExport(src, { format: 'datapackage', table: 'full', draft: false, outPath: path.join(dir, 'work') }).catch((e) => e);
    expect(folder.message).toBe(`${path.join(dir, 'work')} is a folder with other files in it; choose a new folder for the Data Package`);
    const file = await runExport(src, { format: 'datapackage', table: 'full', draft: false, outPath: path.join(dir, 'report.pdf') }).catch((e) => e);
    expect(file.message).toBe(`${path.join(dir, 'report.pdf')} is a file; a Data Package is written as a folder`);
    const csvOnFolder = await runExport(src, { format: 'csv', table: 'full', draft: false, outPath: path.join(dir, 'work') }).catch((e) => e);
    expect(csvOnFolder.message).toBe(`${path.join(dir, 'work')} is a folder; give a file name`);
    expect(await fs.readFile(path.join(dir, 'work', 'notes.txt'), 'utf8')).toBe('mine');
    expect(await fs.readFile(path.join(dir, 'report.pdf'), 'utf8')).toBe('mine');
    expect((await fs.readdir(dir)).sort()).toEqual(['report.pdf', 'work']);
  });

  it('exporting again over an existing package (overwrite: true) replaces it whole', async () => {
    const out = path.join(dir, 'again');
    await runExport(exportSource(dir, resolveAll(fixtureDoc())), { format: 'datapackage', table: 'validated', draft: false, outPath: out });
    await runExport(exportSource(dir, fixtureDoc()), { format: 'datapackage', table: 'full', draft: false, outPath: out, overwrite: true });
    expect((await fs.readdir(out)).sort()).toEqual(['datapackage.json', 'observations.csv', 'resolutions.csv', 'sources.csv']);
    expect((await fs.readdir(dir)).sort()).toEqual(['again']);
  });
});
