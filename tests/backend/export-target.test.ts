import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/create-backend';
import type { JobState } from '../../shared/api';
import { backendFor, fails, ok, SAMPLE_DIR, tempDirs, type TempDirs } from './helpers';

let dirs: TempDirs;
let b: Backend;
beforeEach(() => {
  dirs = tempDirs();
  b = backendFor(dirs, { sampleDir: SAMPLE_DIR });
});
afterEach(async () => {
  await b.close();
  dirs.cleanup();
});

const finished = (jobId: string): Promise<JobState> => b.context.jobs.wait(jobId);

/** Every file of the dataset folder with its bytes, to show nothing in it changed. */
async function contentsOf(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = await fs.readFile(file, 'base64');
  }
  return out;
}

describe('export targets: the dataset is never written over', () => {
  it("refuses dataset.json, history.jsonl, the lock, sources/ and the folder itself; the dataset's bytes stay as they were", async () => {
    const snap = await ok(b, 'datasets-open-sample');
    await ok(b, 'dataset-update-meta', { title: 'an edit, so history.jsonl exists' });
    const before = await contentsOf(snap.path);
    const sourceFile = Object.keys(before).find((f) => f.startsWith('sources'))!;
    expect(sourceFile).toBeTruthy();
    const targets: Array<[string, string]> = [
      ['csv', 'dataset.json'],
      ['json', 'history.jsonl'],
      ['csv', 'dataset.lock'],
      ['xlsx', sourceFile],
      ['csv', path.join('sources', 'new.csv')],
      ['datapackage', 'sources'],
      ['datapackage', '.'],
    ];
    for (const [format, rel] of targets) {
      for (const overwrite of [false, true]) {
        const err = await fails(b, 'export-start', { format, table: 'full', outPath: path.join(snap.path, rel), overwrite }, 'INVALID_INPUT');
        expect(err.message, rel).toMatch(/inside the dataset's own folder; only its exports folder takes exports$/);
      }
    }
    expect(await contentsOf(snap.path)).toEqual(before);
  });

  it('refuses the dataset reached through a symlinked folder, and a path into another dataset', async () => {
    const snap = await ok(b, 'datasets-open-sample');
    const link = path.join(dirs.root, 'link');
    await fs.symlink(snap.path, link);
    const before = await fs.readFile(path.join(snap.path, 'dataset.json'));
    await fails(b, 'export-start', { format: 'json', table: 'full', outPath: path.join(link, 'dataset.json'), overwrite: true }, 'INVALID_INPUT');
    expect(await fs.readFile(path.join(snap.path, 'dataset.json'))).toEqual(before);

    const other = path.join(dirs.root, 'other');
    await fs.mkdir(other);
    await fs.writeFile(path.join(other, 'dataset.json'), '{}');
    const err = await fails(b, 'export-start', { format: 'csv', table: 'full', outPath: path.join(other, 'history.jsonl'), overwrite: true }, 'INVALID_INPUT');
    expect(err.message).toBe(`cannot export to ${path.join(other, 'history.jsonl')}: ${other} is a dataset's folder`);
    expect(existsSync(path.join(other, 'history.jsonl'))).toBe(false);
  });

  it("the dataset's exports/ folder takes exports (the default place)", async () => {
    const snap = await ok(b, 'datasets-open-sample');
    const out = path.join(snap.path, 'exports', 'mine.csv');
    const job = await finished((await ok(b, 'export-start', { format: 'csv', table: 'full', outPath: out })).jobId);
    expect(job.state).toBe('done');
    expect(existsSync(out)).toBe(true);
  });
});

describe('export targets: existing files and relative paths', () => {
  it('an existing file is refused with FILE_EXISTS and left as it was; overwrite: true replaces it', async () => {
    await ok(b, 'datasets-open-sample');
    const out = path.join(dirs.root, 'mine.csv');
    await fs.writeFile(out, 'my own work');
    const err = await fails(b, 'export-start', { format: 'csv', table: 'full', outPath: out }, 'FILE_EXISTS');
    expect(err.message).toBe(`${out} already exists: replace it, or choose another name`);
    expect(await fs.readFile(out, 'utf8')).toBe('my own work');

    const job = await finished((await ok(b, 'export-start', { format: 'csv', table: 'full', outPath: out, overwrite: true })).jobId);
    expect(job.state).toBe('done');
    expect(await fs.readFile(out, 'utf8')).toMatch(/^\uFEFFid,/);
  });

  it('an existing Data Package is replaced only with overwrite: true', async () => {
    await ok(b, 'datasets-open-sample');
    const out = path.join(dirs.root, 'pkg');
    expect((await finished((await ok(b, 'export-start', { format: 'datapackage', table: 'full', outPath: out })).jobId)).state).toBe('done');
    await fails(b, 'export-start', { format: 'datapackage', table: 'full', outPath: out }, 'FILE_EXISTS');
    expect((await finished((await ok(b, 'export-start', { format: 'datapackage', table: 'full', outPath: out, overwrite: true })).jobId)).state).toBe('done');
  });

  it("a relative path lands in the datasets folder, never in the process's working folder", async () => {
    await ok(b, 'datasets-open-sample');
    const job = await finished((await ok(b, 'export-start', { format: 'json', table: 'full', outPath: path.join('out', 'rel.json') })).jobId);
    expect(job.state).toBe('done');
    expect((job.result as { files: string[] }).files).toEqual([path.join(dirs.datasetsDir, 'out', 'rel.json')]);
    expect(existsSync(path.join(process.cwd(), 'out', 'rel.json'))).toBe(false);
  });
});
