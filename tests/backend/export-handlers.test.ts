import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/create-backend';
import { JobState } from '../../shared/api/contract';
import { INTERCHANGE_COLUMNS } from '../../shared/interchange';
import { roundTripEssence as essence } from '../shared/interchange/round-trip-essence';
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
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** Resolves every group the review queue would show, accepting its first observation. */
async function resolveEverything() {
  await ok(b, 'settings-update', { reviewerName: 'Lan' });
  const report = await ok(b, 'validation-report');
  for (const p of report.problems.filter((x) => x.kind === 'unresolved-group')) {
    const snap = await ok(b, 'dataset-snapshot');
    const g = p.location.group!;
    const first = snap.doc.observations.find((o) => o.entity === g.entity && o.indicator === g.indicator && o.period === g.period)!;
    await ok(b, 'resolutions-create', { group: g, observationId: first.id, rationale: 'the later, fuller report' });
  }
}

describe('export handlers', () => {
  it('validation report of the sample: blocked by unresolved groups, publishable once they are resolved', async () => {
    await ok(b, 'datasets-open-sample');
    const before = await ok(b, 'validation-report');
    expect(before.publishable).toBe(false);
    const kinds = new Set(before.problems.filter((p) => p.severity === 'blocking').map((p) => p.kind));
    expect([...kinds]).toEqual(['unresolved-group']);
    const labels = before.problems.filter((p) => p.kind === 'unresolved-group').map((p) => `${p.location.group!.indicator} ${p.location.group!.period}`);
    expect(labels).toEqual(expect.arrayContaining(['Export value 2021', 'Poor household rate 2021']));
    expect(before.problems.some((p) => p.kind === 'source-missing-url' && p.location.sourceId === 'src-000')).toBe(true);

    await resolveEverything();
    const after = await ok(b, 'validation-report');
    expect(after.blocking).toBe(0);
    expect(after.publishable).toBe(true);
    expect(after.warnings).toBe(before.warnings);
  });

  it('export-start: the validated table is refused while blocked; a draft and a full export land in exports/', async () => {
    const snap = await ok(b, 'datasets-open-sample');
    const blocked = await fails(b, 'export-start', { format: 'csv', table: 'validated' }, 'BLOCKED');
    expect(blocked.message).toMatch(/^the validated table cannot be exported: \d+ problems block publishing$/);

    const { jobId } = await ok(b, 'export-start', { format: 'xlsx', table: 'validated', draft: true });
    const job = await finished(jobId);
    expect(job.state).toBe('done');
    expect(job.progress).toBe(1);
    const result = job.result as { files: string[]; bytes: number };
    expect(result.files).toHaveLength(1);
    expect(path.dirname(result.files[0])).toBe(path.join(snap.path, 'exports'));
    expect(path.basename(result.files[0])).toMatch(/^sample-thai-nguyen-validated-\d{4}-\d{2}-\d{2}-draft\.xlsx$/);
    expect((await fs.stat(result.files[0])).size).toBe(result.bytes);

    const full = await finished((await ok(b, 'export-start', { format: 'datapackage', table: 'full' })).jobId);
    const files = (full.result as { files: string[] }).files;
    expect(files.map((f) => path.basename(f))).toEqual(['datapackage.json', 'observations.csv', 'sources.csv', 'resolutions.csv']);
    expect(files.every((f) => existsSync(f))).toBe(true);
  });

  it('round trip through the app: export CSV and JSON, import each into an empty dataset, same observations; one undo removes it', async () => {
    const sample = await ok(b, 'datasets-open-sample');
    for (const format of ['csv', 'json'] as const) {
      await ok(b, 'datasets-open', { path: sample.path });
      const exported = await finished((await ok(b, 'export-start', { format, table: 'full', outPath: path.join(dirs.root, `all.${format}`) })).jobId);
      const file = (exported.result as { files: string[] }).files[0];

      await ok(b, 'datasets-create', { name: `Empty ${format}` });
      const preview = await ok(b, 'interchange-preview', { fileName: path.basename(file), dataBase64: (await fs.readFile(file)).toString('base64') });
      expect(preview).toMatchObject({ format, total: sample.doc.observations.length, valid: sample.doc.observations.length, errors: [] });
      expect(preview.sample).toHaveLength(20);

      const job = await finished((await ok(b, 'interchange-import', { previewId: preview.previewId })).jobId);
      expect(job.state).toBe('done');
      expect(job.result).toMatchObject({ imported: sample.doc.observations.length, skipped: 0, sourcesCreated: 3 });
      // Both jobs' states are what the contract says, each result typed by its kind.
      expect(JobState.parse(exported).kind).toBe('export');
      expect(JobState.parse(job).kind).toBe('interchange-import');
      const after = await ok(b, 'dataset-snapshot');
      expect(after.doc.observations.map(essence)).toEqual(sample.doc.observations.map(essence));
      expect(after.doc.sources.map((s) => [s.id, s.title, s.url, s.published])).toEqual(sample.doc.sources.map((s) => [s.id, s.title, s.url, s.published]));
      // The texts are not in the file: the citations wait for them, and validation says so.
      expect(after.orphanedObservationIds).toHaveLength(sample.doc.observations.filter((o) => o.quote).length);
      const report = await ok(b, 'validation-report');
      expect(report.problems.find((p) => p.kind === 'orphaned-citation')!.message).toContain('has no text yet');

      const history = await ok(b, 'history-list', {});
      expect(history.entries[0].label).toBe(`Import 55 observations from all.${format} (3 new sources)`);
      await ok(b, 'history-undo');
      const undone = await ok(b, 'dataset-snapshot');
      expect(undone.doc.observations).toEqual([]);
      expect(undone.doc.sources).toEqual([]);
    }
  });

  it('adding the article text afterwards anchors the imported quotes', async () => {
    const sample = await ok(b, 'datasets-open-sample');
    const exported = await finished((await ok(b, 'export-start', { format: 'csv', table: 'full', outPath: path.join(dirs.root, 'all.csv') })).jobId);
    const file = (exported.result as { files: string[] }).files[0];
    const texts = await Promise.all(sample.doc.sources.map((s) => ok(b, 'sources-text', { id: s.id })));
    await ok(b, 'datasets-create', { name: 'Empty' });
    const preview = await ok(b, 'interchange-preview', { fileName: 'all.csv', dataBase64: (await fs.readFile(file)).toString('base64') });
    await finished((await ok(b, 'interchange-import', { previewId: preview.previewId })).jobId);
    for (const t of texts) await ok(b, 'sources-add-version', { id: t.id, text: t.text });
    const after = await ok(b, 'dataset-snapshot');
    expect(after.orphanedObservationIds).toEqual([]);
    expect(after.doc.observations.map(essence)).toEqual(sample.doc.observations.map(essence));
  });

  it('a file with errors: the preview lists them by row and column; nothing is imported unless only valid rows are asked for', async () => {
    await ok(b, 'datasets-create', { name: 'Target' });
    const header = INTERCHANGE_COLUMNS.join(',');
    const row = (id: string, value: string, period = '2021') => `${id},Việt Nam,Export value,${period},${value},USD,exact,,,,,,,,,draft,`;
    const text = [header, row('a1', '5'), row('a2', '"28,8"'), row('a3', '7', '2021-13'), row('', '9')].join('\r\n');
    const preview = await ok(b, 'interchange-preview', { fileName: 'mixed.csv', dataBase64: b64(text) });
    expect(preview.total).toBe(4);
    expect(preview.valid).toBe(2);
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'value'],
      [3, 'period'],
    ]);
    const refused = await fails(b, 'interchange-import', { previewId: preview.previewId }, 'INVALID_INPUT');
    expect(refused.message).toBe('2 rows have errors: nothing was imported (fix them, or import only the valid rows)');
    expect((await ok(b, 'dataset-snapshot')).doc.observations).toEqual([]);

    const job = await finished((await ok(b, 'interchange-import', { previewId: preview.previewId, onlyValid: true })).jobId);
    expect(job.result).toMatchObject({ imported: 2, skipped: 2, sourcesCreated: 0 });
    const ids = (await ok(b, 'dataset-snapshot')).doc.observations.map((o) => o.id);
    expect(ids).toHaveLength(2);
    expect(ids[0]).toBe('a1');
    expect(ids[1]).toMatch(/^obs-\d+$/);
    await fails(b, 'interchange-import', { previewId: preview.previewId }, 'NOT_FOUND');
  });

  it('a file that is not UTF-8 text is refused', async () => {
    await ok(b, 'datasets-create', { name: 'Target' });
    const latin1 = Buffer.from([0x69, 0x64, 0x0a, 0xe9, 0x0a]).toString('base64');
    const err = await fails(b, 'interchange-preview', { fileName: 'x.csv', dataBase64: latin1 }, 'NOT_TEXT');
    expect(err.message).toContain('x.csv is not a UTF-8 text file');
  });

  it('jobs-cancel stops an export and leaves no file', async () => {
    await ok(b, 'datasets-create', { name: 'Big' });
    const header = INTERCHANGE_COLUMNS.join(',');
    const lines = [header];
    for (let i = 1; i <= 20_000; i++) lines.push(`o${i},E${i % 50},Export value,2021,${i}.5,USD,exact,,,,,,,,,draft,`);
    const preview = await ok(b, 'interchange-preview', { fileName: 'big.csv', dataBase64: b64(lines.join('\n')) });
    await finished((await ok(b, 'interchange-import', { previewId: preview.previewId })).jobId);

    const out = path.join(dirs.root, 'cancelled');
    await fs.mkdir(out);
    const { jobId } = await ok(b, 'export-start', { format: 'xlsx', table: 'full', outPath: path.join(out, 'big.xlsx') });
    const cancelling = await ok(b, 'jobs-cancel', { jobId });
    expect(cancelling.state).toBe('running');
    const job = await finished(jobId);
    expect(job.state).toBe('cancelled');
    expect(job.error?.code).toBe('CANCELLED');
    expect(await fs.readdir(out)).toEqual([]);
  });
});
