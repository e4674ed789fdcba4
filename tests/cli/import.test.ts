import { existsSync, promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/io';
import { main } from '../../electron/cli/main';
import { DatasetDoc } from '../../shared/model/dataset';

let tmp: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tally-import-'));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function tally(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const HEADER = 'id,entity,indicator,period,value,unit,qualifier,stated,source_id,source_title,source_url,source_published,quote,quote_start,quote_end,status,note';
const ROWS = [
  'a1,Thái Nguyên,Export value,2021,29000000000,USD,nearly,gần 29 tỷ USD,s1,Báo Thái Nguyên,https://example.vn/a,2022-01-05,,,,draft,',
  'a2,Thái Nguyên,Export value,2021,28800000000,USD,over,trên 28,8 tỷ USD,s2,Báo Kinh tế,https://example.vn/b,2022-01-06,,,,draft,',
];
const BAD_ROW = 'a3,Thái Nguyên,GRDP growth,2021,lots,%,exact,6,51%,s1,Báo Thái Nguyên,https://example.vn/a,2022-01-05,,,,draft,';

async function csvFile(name: string, rows: string[]) {
  const file = path.join(tmp, name);
  await fs.writeFile(file, `\ufeff${[HEADER, ...rows.map((r) => r.replace('trên 28,8 tỷ USD', '"trên 28,8 tỷ USD"').replace('6,51%', '"6,51%"'))].join('\r\n')}\r\n`);
  return file;
}
const docOf = (dir: string) => DatasetDoc.parse(JSON.parse(readFileSync(path.join(dir, 'dataset.json'), 'utf8')));

describe('tally import', () => {
  it('creates the dataset folder when it does not exist and imports every row as one history entry (exit 0)', async () => {
    const file = await csvFile('two.csv', ROWS);
    const dir = path.join(tmp, 'Xuất khẩu');
    const r = await tally('import', dir, file);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('imported 2 observations of 2 rows');
    const doc = docOf(dir);
    expect(doc.meta.name).toBe('Xuất khẩu');
    expect(doc.observations.map((o) => o.stated)).toEqual(['gần 29 tỷ USD', 'trên 28,8 tỷ USD']);
    const history = readFileSync(path.join(dir, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(history).toHaveLength(1);
    expect(JSON.parse(history[0]).action).toBe('interchange-import');
  });

  it('refuses the whole file while a row has an error, naming the row and column, and changes nothing (exit 1)', async () => {
    const dir = path.join(tmp, 'ds');
    await tally('import', dir, await csvFile('good.csv', ROWS.slice(0, 1)));
    const before = readFileSync(path.join(dir, 'dataset.json'));
    const r = await tally('import', dir, await csvFile('mixed.csv', [ROWS[1], BAD_ROW]));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/row 2, value: /);
    expect(r.err).toContain('nothing was imported');
    expect(readFileSync(path.join(dir, 'dataset.json')).equals(before)).toBe(true);
  });

  it('imports only the valid rows with --valid-only, still exiting 1 for the refused one', async () => {
    const dir = path.join(tmp, 'ds');
    const r = await tally('import', dir, await csvFile('mixed.csv', [...ROWS, BAD_ROW]), '--valid-only');
    expect(r.code).toBe(1);
    expect(r.out).toContain('imported 2 observations of 3 rows; 1 row refused');
    expect(docOf(dir).observations).toHaveLength(2);
  });

  it('writes nothing with --dry-run and reports as JSON with --json', async () => {
    const dir = path.join(tmp, 'ds');
    await tally('import', dir, await csvFile('one.csv', ROWS.slice(0, 1)));
    const before = readFileSync(path.join(dir, 'dataset.json'));
    const r = await tally('import', dir, await csvFile('mixed.csv', [ROWS[1], BAD_ROW]), '--dry-run', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ file: 'mixed.csv', rows: 2, valid: 1, imported: 0, dryRun: true });
    expect(report.errors[0]).toMatchObject({ row: 2, column: 'value' });
    expect(readFileSync(path.join(dir, 'dataset.json')).equals(before)).toBe(true);
  });

  it('gives exit 2 for a file it cannot read as observations, creating nothing', async () => {
    const file = path.join(tmp, 'notes.csv');
    await fs.writeFile(file, 'name,amount\nx,1\n');
    const dir = path.join(tmp, 'never');
    const r = await tally('import', dir, file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/missing columns? /);
    expect(existsSync(dir)).toBe(false);
    expect((await tally('import', dir, path.join(tmp, 'absent.csv'))).code).toBe(2);
    expect((await tally('import', dir)).code).toBe(2);
  });

  it('refuses a dataset another process holds, with the lock named', async () => {
    const dir = path.join(tmp, 'ds');
    await tally('import', dir, await csvFile('one.csv', ROWS.slice(0, 1)));
    const { DatasetStore } = await import('../../electron/backend/store/dataset-store');
    const held = await DatasetStore.open(dir);
    try {
      const r = await tally('import', dir, await csvFile('two.csv', ROWS.slice(1)));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/lock|open/i);
    } finally {
      await held.close();
    }
  });

  it("imports Tally's validated table: one observation per group, the reviewer's decision kept in the note", async () => {
    const header = 'entity,indicator,period,value,unit,qualifier,group_status,basis,accepted_observation_id,observation_ids,source_ids,source_titles,source_urls,quotes,rationale,decided_by,decided_at,resolution_id';
    const rows = [
      'Thái Nguyên,Export value,2021,28800000000,USD,over,conflict,resolution,a2,"[""a1"",""a2""]","[""s1"",""s2""]","[""Báo A"",""Báo B""]","[""https://example.vn/a"",""https://example.vn/b""]","[""gần 29 tỷ USD"",""trên 28,8 tỷ USD""]",the later report,Lan,2024-05-01T10:00:00.000Z,res-1',
      'Thái Nguyên,GRDP growth,2021,6.51,%,exact,single,single,a3,"[""a3""]","[""s1""]","[""Báo A""]","[""https://example.vn/a""]","[""6,51%""]",,,,',
    ];
    const file = path.join(tmp, 'validated.csv');
    await fs.writeFile(file, `\ufeff${[header, ...rows].join('\r\n')}\r\n`);
    const dir = path.join(tmp, 'from-validated');
    const r = await tally('import', dir, file);
    expect(r.code, r.err).toBe(0);
    const doc = docOf(dir);
    expect(doc.observations.map((o) => [o.id, o.indicator, o.value, o.status, o.sourceId, o.quote?.exact])).toEqual([
      ['a2', 'Export value', 28800000000, 'preferred', 's2', 'trên 28,8 tỷ USD'],
      ['a3', 'GRDP growth', 6.51, 'verified', 's1', '6,51%'],
    ]);
    expect(doc.observations[0].note).toBe('Resolution (Lan, 2024-05-01T10:00:00.000Z): the later report');
    expect(doc.sources.map((s) => s.title).sort()).toEqual(['Báo A', 'Báo B']);
  });
});
