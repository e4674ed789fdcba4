import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { resolutionBasis } from '../../shared/crosscheck';
import type { DatasetDoc } from '../../shared/model/dataset';
import type { Observation } from '../../shared/model/observation';

const AT = '2024-08-16T00:00:00.000Z';

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

function observation(id: string, indicator: string, value: number, unit: string, qualifier: Observation['qualifier'], stated: string, sourceId: string): Observation {
  return {
    id, entity: 'Thái Nguyên', indicator, period: '2021', value, unit, qualifier, stated, sourceId,
    quote: null, status: 'verified', deprecation: null, note: '', createdAt: AT, updatedAt: AT,
  };
}

function sampleDoc(): DatasetDoc {
  const source = (id: string) => ({
    id, title: `Báo ${id}`, publisher: '', author: '', url: '', published: '2024-08-16', language: 'vi' as const,
    versions: [{ file: `sources/${id}.v1.txt`, hash: `sha256-${'0'.repeat(64)}`, length: 0, importedAt: AT }],
    createdAt: AT, updatedAt: AT,
  });
  const observations = [
    observation('obs-1', 'Export value', 29e9, 'USD', 'nearly', 'gần 29 tỷ USD', 'src-1'),
    observation('obs-2', 'Export value', 28.8e9, 'USD', 'over', 'trên 28,8 tỷ USD', 'src-2'),
    observation('obs-3', 'Poor household rate', 2.16, '%', 'exact', '2,16%', 'src-1'),
    observation('obs-4', 'Poor household rate', 2.17, '%', 'exact', '2,17%', 'src-2'),
    observation('obs-5', 'GRDP growth', 6.51, '%', 'exact', '6,51%', 'src-1'),
    observation('obs-6', 'GRDP growth', 6.51, '%', 'exact', '6,51%', 'src-2'),
    observation('obs-7', 'Poor households', 5, 'count', 'under', 'dưới 5', 'src-1'),
  ];
  return {
    schemaVersion: 1,
    meta: {
      id: 'ds-1', name: 'sample', title: '', description: '', tolerance: 0.05, licenses: [], contributors: [], createdAt: AT, updatedAt: AT,
    },
    sources: [source('src-1'), source('src-2')],
    entities: [],
    indicators: [],
    observations,
    resolutions: [
      {
        id: 'res-1', group: { entity: 'Thái Nguyên', indicator: 'Poor household rate', period: '2021' }, value: 2.17, unit: '%',
        observationId: 'obs-4', rationale: 'newer report', decidedBy: 'Lan', decidedAt: AT, basis: resolutionBasis(observations.slice(2, 4)),
      },
    ],
  };
}

type Out = { ungrouped: { id: string; stated: string; missing: string[] }[]; groups: { entity: string; indicator: string; period: string; status: string; spread: number; resolved: boolean; observations: { id: string; interval: [number | null, number | null] | null }[] }[] };

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tally-check-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const io = capture();
  const code = await main(['check', ...args], io);
  return { code, io, json: () => JSON.parse(io.stdout.join('\n')) as Out };
}

describe('tally check on a dataset folder', () => {
  it('prints every group with its status, spread and the intervals of its observations', async () => {
    const ds = path.join(dir, 'sample');
    await fs.mkdir(ds);
    const text = `${JSON.stringify(sampleDoc(), null, 2)}\n`;
    await fs.writeFile(path.join(ds, 'dataset.json'), text);
    const { code, json, io } = await run(ds);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const byIndicator = Object.fromEntries(json().groups.map((g) => [g.indicator, g]));
    expect(byIndicator['Export value']).toMatchObject({ entity: 'Thái Nguyên', period: '2021', status: 'compatible' });
    expect(byIndicator['Export value'].observations.map((o) => o.interval)).toEqual([
      [27.05e9, 29.5e9],
      [28.75e9, 30.29e9],
    ]);
    expect(byIndicator['Poor household rate']).toMatchObject({ status: 'conflict', resolved: true });
    expect(byIndicator['Poor household rate'].spread).toBeCloseTo(0.01 / 2.17, 12);
    expect(byIndicator['GRDP growth'].status).toBe('agree');
    // An unbounded end prints as null.
    expect(byIndicator['Poor households']).toMatchObject({ status: 'single', observations: [{ id: 'obs-7', interval: [null, 5.5] }] });
    // Read only: the file is untouched and no lock was taken.
    expect(await fs.readFile(path.join(ds, 'dataset.json'), 'utf8')).toBe(text);
    expect(await fs.readdir(ds)).toEqual(['dataset.json']);
  });

  it('--tolerance overrides the dataset setting', async () => {
    const ds = path.join(dir, 'sample');
    await fs.mkdir(ds);
    const doc = sampleDoc();
    doc.observations.push(observation('obs-8', 'Retail', 100, '%', 'approx', 'khoảng 100%', 'src-1'));
    doc.observations.push(observation('obs-9', 'Retail', 108, '%', 'exact', '108%', 'src-2'));
    await fs.writeFile(path.join(ds, 'dataset.json'), JSON.stringify(doc));
    const retail = async (...extra: string[]) => (await run(ds, ...extra)).json().groups.find((g) => g.indicator === 'Retail')?.status;
    expect(await retail()).toBe('conflict');
    expect(await retail('--tolerance', '0.1')).toBe('compatible');
  });

  it('refuses a dataset.json that does not match the schema, in one line', async () => {
    const ds = path.join(dir, 'broken');
    await fs.mkdir(ds);
    const doc = sampleDoc() as unknown as { observations: { value: unknown }[] };
    doc.observations[0].value = 'lots';
    await fs.writeFile(path.join(ds, 'dataset.json'), JSON.stringify(doc));
    const { code, io } = await run(ds);
    expect(code).not.toBe(0);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^tally check: .*does not match the dataset schema/);
    expect(io.stderr[0]).not.toMatch(/\n/);
  });
});

const HEADER = 'id,entity,indicator,period,value,unit,qualifier,stated,source_id,source_title,source_url,source_published,quote,quote_start,quote_end,status,note';

describe('tally check on interchange files', () => {
  it('reads a CSV that starts with a byte-order mark', async () => {
    const file = path.join(dir, 'figures.csv');
    const rows = [
      'obs-1,Thái Nguyên,Export value,2021,29000000000,USD,nearly,gần 29 tỷ USD,src-1,Báo A,,2022-01-05,,,,verified,',
      'obs-2,Thái Nguyên,Export value,2021,28800000000,USD,over,"trên 28,8 tỷ USD",src-2,Báo B,,2022-01-06,,,,verified,',
      'obs-3,Thái Nguyên,Poor household rate,2021,2.16,%,exact,"2,16%",src-1,Báo A,,,,,,draft,',
      'obs-4,Thái Nguyên,Poor household rate,2021,2.17,%,exact,"2,17%",src-2,Báo B,,,,,,draft,',
    ];
    await fs.writeFile(file, `\uFEFF${HEADER}\r\n${rows.join('\r\n')}\r\n`);
    const { code, json, io } = await run(file);
    expect(io.stderr).toEqual([]);
    expect(code).toBe(0);
    const statuses = Object.fromEntries(json().groups.map((g) => [g.indicator, g.status]));
    expect(statuses).toEqual({ 'Export value': 'compatible', 'Poor household rate': 'conflict' });
    // The stated text decides the half-unit even without a source language: 28,8 tỷ → [28.75e9, 30.29e9).
    expect(json().groups.find((g) => g.indicator === 'Export value')?.observations[1].interval).toEqual([28.75e9, 30.29e9]);
  });

  it('reads interchange JSON', async () => {
    const file = path.join(dir, 'figures.json');
    const row = (id: string, value: number, stated: string) => ({
      id, entity: 'Việt Nam', indicator: 'GRDP growth', period: '2024-H1', value, unit: '%', qualifier: 'exact', stated,
      source_id: '', source_title: '', source_url: '', source_published: '', quote: '', quote_start: null, quote_end: null, status: 'draft', note: '',
    });
    await fs.writeFile(file, JSON.stringify([row('a', 6.42, '6,42%'), row('b', 6.42, '6,42%')]));
    const { code, json } = await run(file);
    expect(code).toBe(0);
    expect(json().groups).toMatchObject([{ entity: 'Việt Nam', period: '2024-H1', status: 'agree', spread: 0 }]);
  });

  it('names the row and column of a bad cell and exits non-zero', async () => {
    const file = path.join(dir, 'bad.csv');
    await fs.writeFile(file, `${HEADER}\nobs-1,Thái Nguyên,Export value,2021,lots,USD,exact,,,,,,,,,draft,\n`);
    const { code, io } = await run(file);
    expect(code).not.toBe(0);
    expect(io.stderr).toHaveLength(1);
    expect(io.stderr[0]).toMatch(/^tally check: .*bad\.csv row 1, value: /);
  });

  it('refuses a missing path, an unknown kind of file and a bad tolerance', async () => {
    expect((await run(path.join(dir, 'nope.csv'))).io.stderr[0]).toMatch(/no such file or folder/);
    const txt = path.join(dir, 'notes.txt');
    await fs.writeFile(txt, 'hello');
    const r = await run(txt);
    expect(r.code).not.toBe(0);
    expect(r.io.stderr[0]).toMatch(/expected a dataset folder/);
    expect((await run(dir, '--tolerance', 'wide')).io.stderr[0]).toMatch(/--tolerance must be a number/);
    expect((await run()).code).not.toBe(0);
  });
});

describe('tally check lists the observations it left out', () => {
  it('gives each ungrouped row with what it lacks, and a count on stderr', async () => {
    const ds = path.join(dir, 'partial');
    await fs.mkdir(ds);
    const doc = sampleDoc();
    doc.observations.push(
      { ...doc.observations[0], id: 'obs-8', entity: '', stated: 'gần 29 tỷ USD' },
      { ...doc.observations[2], id: 'obs-9', indicator: '', period: ' ', stated: '2,16%' },
    );
    await fs.writeFile(path.join(ds, 'dataset.json'), JSON.stringify(doc));
    const { code, io, json } = await run(ds);
    expect(code).toBe(0);
    expect(json().ungrouped).toEqual([
      { id: 'obs-8', stated: 'gần 29 tỷ USD', missing: ['entity'] },
      { id: 'obs-9', stated: '2,16%', missing: ['indicator', 'period'] },
    ]);
    expect(json().groups.flatMap((g) => g.observations.map((o) => o.id))).not.toContain('obs-8');
    expect(io.stderr).toEqual(['tally check: 2 observations of 9 not grouped (no entity, indicator or period): see "ungrouped"']);
  });

  it('says nothing on stderr when every row is grouped', async () => {
    const ds = path.join(dir, 'full');
    await fs.mkdir(ds);
    await fs.writeFile(path.join(ds, 'dataset.json'), JSON.stringify(sampleDoc()));
    const { io, json } = await run(ds);
    expect(json().ungrouped).toEqual([]);
    expect(io.stderr).toEqual([]);
  });
});
