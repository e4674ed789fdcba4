import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/create-backend';
import type { JobState } from '../../shared/api';
import { backendFor, ok, SAMPLE_DIR, tempDirs, type TempDirs } from './helpers';

// Issue 11 §4: Tally's own validated table (CSV or JSON) imports: one observation per group, with its accepted value,
// the observation it rests on and the reviewer's reasons; its header used to fail with "missing columns".

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

describe('importing the validated table', () => {
  for (const format of ['csv', 'json'] as const) {
    it(`validated ${format}: one editable observation per group, accepted values, preferred where a reviewer decided`, async () => {
      const sample = await ok(b, 'datasets-open-sample');
      await resolveEverything();
      const out = path.join(dirs.root, `validated.${format}`);
      await finished((await ok(b, 'export-start', { format, table: 'validated', outPath: out })).jobId);
      const resolved = (await ok(b, 'dataset-snapshot')).doc.resolutions;
      expect(resolved.length).toBeGreaterThan(0);

      await ok(b, 'datasets-create', { name: `From validated ${format}` });
      const preview = await ok(b, 'interchange-preview', { fileName: path.basename(out), dataBase64: (await fs.readFile(out)).toString('base64') });
      expect(preview.errors).toEqual([]);
      const job = await finished((await ok(b, 'interchange-import', { previewId: preview.previewId })).jobId);
      expect(job.state).toBe('done');

      const doc = (await ok(b, 'dataset-snapshot')).doc;
      const keys = doc.observations.map((o) => `${o.entity}|${o.indicator}|${o.period}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const r of resolved) {
        const o = doc.observations.find((x) => x.entity === r.group.entity && x.indicator === r.group.indicator && x.period === r.group.period)!;
        expect(o).toMatchObject({ id: r.observationId, value: r.value, unit: r.unit, status: 'preferred' });
        expect(o.note).toContain('Lan');
        expect(o.note).toContain('the later, fuller report');
        const original = sample.doc.observations.find((x) => x.id === r.observationId)!;
        expect(o.quote?.exact).toBe(original.quote?.exact);
        expect(doc.sources.find((s) => s.id === o.sourceId)?.title).toBe(sample.doc.sources.find((s) => s.id === original.sourceId)?.title);
      }
      expect(doc.observations.filter((o) => o.status === 'verified').length).toBe(doc.observations.length - resolved.length);
      const first = doc.observations.find((o) => o.quote !== null)!;
      await ok(b, 'observations-update', { id: first.id, patch: { value: 1, note: 'edited' } });
    });
  }

  it('a list cell that is not a JSON array names its row and column', async () => {
    await ok(b, 'datasets-create', { name: 'Bad' });
    const header = 'entity,indicator,period,value,unit,qualifier,group_status,basis,accepted_observation_id,observation_ids,source_ids,source_titles,source_urls,quotes,rationale,decided_by,decided_at,resolution_id';
    const row = 'Việt Nam,Export value,2021,5,USD,exact,single,single,,obs-1,src-1,Báo,,a quote,,,,';
    const text = [header, row].join('\r\n');
    const preview = await ok(b, 'interchange-preview', { fileName: 'v.csv', dataBase64: Buffer.from(text).toString('base64') });
    expect(preview.errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'observation_ids'],
      [1, 'source_ids'],
      [1, 'source_titles'],
      [1, 'quotes'],
    ]);
  });
});
