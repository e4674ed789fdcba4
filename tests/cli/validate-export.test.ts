import { execFile } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend/create-backend';
import { main } from '../../electron/cli/main';
import { readInterchange } from '../../shared/interchange';
import type { Method } from '../../shared/api/methods';
import { checkDataPackage } from '../backend/export-schema-check';
import { ok } from '../backend/helpers';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLE = path.join(ROOT, 'data', 'sample');

let tmp: string;
let dataset: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tally-cli-'));
  dataset = path.join(tmp, 'sample');
  await fs.cp(SAMPLE, dataset, { recursive: true });
  await fs.rm(path.join(dataset, 'dataset.lock'), { force: true });
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function tally(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Opens the copy in a backend, resolves every group needing a decision, and closes it. */
async function resolveSample() {
  const b = createBackend({ datasetsDir: path.join(tmp, 'ds'), configDir: path.join(tmp, 'cfg'), sampleDir: path.join(tmp, 'none'), mode: 'web', version: 't' });
  const call = <M extends Method>(m: M, p: unknown = {}) => ok(b, m, p);
  await call('settings-update', { reviewerName: 'Lan' });
  await call('datasets-open', { path: dataset });
  const report = await call('validation-report');
  for (const p of report.problems.filter((x) => x.kind === 'unresolved-group')) {
    const snap = await call('dataset-snapshot');
    const g = p.location.group!;
    const first = snap.doc.observations.find((o) => o.entity === g.entity && o.indicator === g.indicator && o.period === g.period);
    await call('resolutions-create', { group: g, observationId: first!.id, rationale: 'fuller report' });
  }
  await b.close();
}

describe('tally validate', () => {
  it('the sample before review: a readable report and exit 1', async () => {
    const r = await tally('validate', dataset);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Sample – Thái Nguyên: NOT publishable: 3 blocking problems, \d+ warnings$/);
    expect(r.out).toContain('  x [unresolved-group] Thái Nguyên · Poor household rate · 2021 is conflict and unresolved (2 observations)');
    expect(r.out).toContain('Warnings:');
    expect(r.err).toBe('');
  });

  it('--json prints the report as data', async () => {
    const r = await tally('validate', dataset, '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ publishable: false, blocking: 3 });
    expect(report.problems[0].location.group).toBeDefined();
  });

  it('after review: exit 0', async () => {
    await resolveSample();
    const r = await tally('validate', dataset);
    expect(r.out.split('\n')[0]).toMatch(/^Sample – Thái Nguyên: publishable \(\d+ warnings\)$/);
    expect(r.code).toBe(0);
  });

  it('reads a dataset the app has open, without its lock and without writing', async () => {
    const b = createBackend({ datasetsDir: path.join(tmp, 'ds'), configDir: path.join(tmp, 'cfg'), sampleDir: path.join(tmp, 'none'), mode: 'web', version: 't' });
    const opened = await b.dispatch('datasets-open', { path: dataset });
    expect(opened.ok).toBe(true);
    const before = await fs.readFile(path.join(dataset, 'dataset.json'));
    const lock = await fs.readFile(path.join(dataset, 'dataset.lock'), 'utf8');
    expect((await tally('validate', dataset)).code).toBe(1);
    expect(await fs.readFile(path.join(dataset, 'dataset.json'))).toEqual(before);
    expect(await fs.readFile(path.join(dataset, 'dataset.lock'), 'utf8')).toBe(lock);
    await b.close();
  });

  it('bad input: one line and exit 2', async () => {
    const missing = await tally('validate', path.join(tmp, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`tally validate: no dataset at ${path.join(tmp, 'nope')} (dataset.json is missing)`);
    expect((await tally('validate')).code).toBe(2);
    expect((await tally('validate', dataset, '--yaml')).err).toBe('tally validate: unknown option --yaml (validate takes --json)');
    await fs.writeFile(path.join(dataset, 'dataset.json'), '{ broken');
    const corrupt = await tally('validate', dataset);
    expect(corrupt.code).toBe(2);
    expect(corrupt.err.split('\n')).toHaveLength(1);
    expect(corrupt.err).toContain('is not valid JSON');
  });
});

describe('tally export', () => {
  it('the validated table is refused while blocked (exit 1, no file); --draft writes a marked draft', async () => {
    const out = path.join(tmp, 'out', 'v.csv');
    const r = await tally('export', dataset, '--format', 'csv', '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toBe('tally export: the validated table cannot be exported: 3 problems block publishing; run tally validate to see them, or pass --draft');
    expect(existsSync(path.join(tmp, 'out'))).toBe(false);

    const d = await tally('export', dataset, '--format', 'csv', '--out', out, '--draft');
    expect(d.code).toBe(0);
    expect(d.out).toBe(path.join(tmp, 'out', 'v-draft.csv'));
    expect(await fs.readdir(path.join(tmp, 'out'))).toEqual(['v-draft.csv']);
  });

  it('--table full csv is the interchange file, importable as it is', async () => {
    const out = path.join(tmp, 'all.csv');
    const r = await tally('export', dataset, '--format', 'csv', '--table', 'full', '--out', out);
    expect(r.code).toBe(0);
    const read = readInterchange(await fs.readFile(out, 'utf8'), 'csv');
    expect(read.errors).toEqual([]);
    expect(read.total).toBe(55);
  });

  it('after review: every format writes, the data package conforms to its schema', async () => {
    await resolveSample();
    for (const [format, name] of [
      ['csv', 'v.csv'],
      ['json', 'v.json'],
      ['xlsx', 'v.xlsx'],
      ['datapackage', 'pkg'],
    ]) {
      const r = await tally('export', dataset, '--format', format, '--out', path.join(tmp, name));
      expect(r.code, r.err).toBe(0);
    }
    const json = JSON.parse(await fs.readFile(path.join(tmp, 'v.json'), 'utf8'));
    expect(json.draft).toBe(false);
    expect(json.rows.find((x: Record<string, unknown>) => x.indicator === 'Poor household rate' && x.period === '2021')).toMatchObject({ basis: 'resolution', decided_by: 'Lan', rationale: 'fuller report' });
    const pkg = await checkDataPackage(path.join(tmp, 'pkg'));
    expect(pkg.problems).toEqual([]);
    expect(pkg.descriptor.resources.map((x: { name: string }) => x.name)).toEqual(['validated', 'observations', 'sources', 'resolutions']);
    expect(pkg.rows.observations).toHaveLength(55);
    expect((await fs.stat(path.join(tmp, 'v.xlsx'))).size).toBeGreaterThan(5000);
  });

  it('bad options: one line, exit 2', async () => {
    const cases: [string[], string][] = [
      [['export', dataset, '--format', 'pdf', '--out', 'x'], 'tally export: unknown format "pdf": use csv, json, xlsx or datapackage'],
      [['export', dataset, '--format', 'csv'], 'tally export: --out <path> is required (a file, or a folder for datapackage)'],
      [['export', dataset, '--out', 'x'], 'tally export: --format is required: csv, json, xlsx or datapackage'],
      [['export', dataset, '--format', 'csv', '--out', 'x', '--table', 'some'], 'tally export: unknown table "some": use validated or full'],
      [['export', dataset, '--format', 'csv', '--out', 'x', '--table', 'full', '--draft'], 'tally export: --draft applies to the validated table only'],
    ];
    for (const [argv, message] of cases) {
      const r = await tally(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toBe(message);
    }
  });

  it("--out over the dataset's own files is refused; an existing file needs --force", async () => {
    const before = await fs.readFile(path.join(dataset, 'dataset.json'));
    const own = await tally('export', dataset, '--format', 'json', '--table', 'full', '--out', path.join(dataset, 'dataset.json'), '--force');
    expect(own.code).toBe(2);
    expect(own.err).toBe(`tally export: cannot export to ${path.join(dataset, 'dataset.json')}: it is inside the dataset's own folder; only its exports folder takes exports`);
    expect(await fs.readFile(path.join(dataset, 'dataset.json'))).toEqual(before);

    const out = path.join(tmp, 'mine.csv');
    await fs.writeFile(out, 'my own work');
    const refused = await tally('export', dataset, '--format', 'csv', '--table', 'full', '--out', out);
    expect(refused.code).toBe(2);
    expect(refused.err).toBe(`tally export: ${out} already exists: replace it, or choose another name (pass --force to replace it)`);
    expect(await fs.readFile(out, 'utf8')).toBe('my own work');
    const forced = await tally('export', dataset, '--format', 'csv', '--table', 'full', '--out', out, '--force');
    expect(forced.code).toBe(0);
    expect(await fs.readFile(out, 'utf8')).toMatch(/^\uFEFFid,/);
  });

  it('runs from the real command line without a stack trace', async () => {
    const run = promisify(execFile);
    const err = await run(process.execPath, [path.join(ROOT, 'bin', 'tally.mjs'), 'export', path.join(tmp, 'nope'), '--format', 'csv', '--out', path.join(tmp, 'x.csv')]).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr.trim()).toBe(`tally export: no dataset at ${path.join(tmp, 'nope')} (dataset.json is missing)`);
  });
});
