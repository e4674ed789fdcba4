import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/io';
import { main } from '../../electron/cli/main';
import { backendFor, datasetWithSource, ok, quoteOf, tempDirsPerTest } from '../backend/helpers';

const dirs = tempDirsPerTest();

async function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIo = { out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
  const code = await main(['catalogue', ...args], io);
  return { code, stdout, stderr };
}

/** A closed dataset on disk with one catalogued entity and indicator, and one observation filed under them. */
async function dataset(name = 'Nguồn') {
  const b = backendFor(dirs);
  const { dir, sourceId } = await datasetWithSource(b, name);
  await ok(b, 'catalogue-save-entity', { name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen'] });
  await ok(b, 'catalogue-save-indicator', { name: 'Export value', unit: 'USD', definition: 'Goods exported', aliases: ['kim ngạch xuất khẩu', 'exports'] });
  await ok(b, 'observations-create', {
    fields: { entity: 'Thái Nguyên', indicator: 'Export value', period: '2021', value: 29e9, unit: 'USD', qualifier: 'nearly', stated: 'gần 29 tỷ USD', sourceId, quote: quoteOf('gần 29 tỷ USD') },
  });
  await b.close();
  return dir;
}

const files = (dir: string) => ['dataset.json', 'history.jsonl'].map((f) => readFileSync(path.join(dir, f)));

describe('tally catalogue', () => {
  it('exports the documented JSON and imports it into another dataset as one history entry', async () => {
    const from = await dataset();
    const out = path.join(dirs.root, 'team.json');
    const e = await run('export', from, out);
    expect(e).toMatchObject({ code: 0, stderr: [] });
    expect(e.stdout).toEqual([`${out}: 1 entity, 1 indicator`]);
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text)).toEqual({
      entities: [{ name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen'] }],
      indicators: [{ name: 'Export value', unit: 'USD', definition: 'Goods exported', aliases: ['kim ngạch xuất khẩu', 'exports'] }],
    });
    expect(text.endsWith('}\n')).toBe(true);

    const b = backendFor(dirs);
    const to = (await ok(b, 'datasets-create', { name: 'Đích' })).path;
    await b.close();
    const i = await run('import', to, out);
    expect(i).toMatchObject({ code: 0, stdout: ['Đích: 2 added, 0 updated from team.json'], stderr: [] });
    const doc = JSON.parse(readFileSync(path.join(to, 'dataset.json'), 'utf8'));
    expect(doc.indicators.map((x: { name: string }) => x.name)).toEqual(['Export value']);
    const log = readFileSync(path.join(to, 'history.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(log[log.length - 1]).label).toBe('Import catalogue from team.json (2 added, 0 updated)');
    expect(existsSync(path.join(to, 'dataset.lock'))).toBe(false);
  });

  it('refuses a bad file in one line with exit 2 and leaves the dataset byte for byte as it was', async () => {
    const dir = await dataset();
    const before = files(dir);
    const bad: [string, string][] = [
      ['{"indicators": [{"name": "Exports", "aliases": ["xuất khẩu"]}, {"name": "Imports", "aliases": ["Xuat khau"]}]}', 'bad.json: indicator "Imports": alias "Xuat khau" is also an alias of "Exports"'],
      ['{"entities": [{"name": "Huế"}, {"name": "HUE"}]}', 'bad.json: entity "HUE": same name as "Huế"'],
      ['{"indicators": [{"name": "Imports", "aliases": ["exports"]}]}', 'bad.json: indicator "Imports": alias "exports" is also an alias of "Export value"'],
      ['{"indicators": [{"unit": "USD"}]}', 'bad.json is not a catalogue: indicators.0.name: '],
      ['[1, 2', 'bad.json is not JSON'],
    ];
    for (const [json, message] of bad) {
      const file = path.join(dirs.root, 'bad.json');
      writeFileSync(file, json);
      const r = await run('import', dir, file);
      expect(r.code, json).toBe(2);
      expect(r.stderr).toHaveLength(1);
      expect(r.stderr[0].startsWith(`tally catalogue: ${message}`), r.stderr[0]).toBe(true);
      expect(r.stderr[0]).not.toMatch(/\n/);
      const after = files(dir);
      expect(after[0].equals(before[0]) && after[1].equals(before[1]), json).toBe(true);
    }
  });

  it('names what is missing or wrong on the command line', async () => {
    expect((await run()).stderr[0]).toMatch(/^tally catalogue: expected export or import/);
    expect((await run('export', 'x')).stderr[0]).toMatch(/give the dataset folder and the JSON file/);
    const r = await run('import', path.join(dirs.root, 'nope'), path.join(dirs.root, 'missing.json'));
    expect([r.code, r.stderr[0]]).toEqual([2, `tally catalogue: no such file: ${path.join(dirs.root, 'missing.json')}`]);
    const e = await run('export', path.join(dirs.root, 'nope'), path.join(dirs.root, 'out.json'));
    expect(e.code).toBe(2);
    expect(e.stderr[0]).toMatch(/no dataset at/);
  });
});
