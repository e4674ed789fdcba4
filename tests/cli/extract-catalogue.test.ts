import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const AT = '2024-01-01T00:00:00.000Z';
const CATALOGUE = {
  entities: [{ name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên', 'Thai Nguyen'] }],
  indicators: [
    { name: 'Export value', unit: 'USD', definition: '', aliases: ['giá trị xuất khẩu', 'kim ngạch xuất khẩu', 'exports'] },
    { name: 'Poor household rate', unit: '%', definition: '', aliases: ['tỷ lệ hộ nghèo'] },
  ],
};
const ARTICLE = 'Kinh tế Thái Nguyên năm 2021\n\nNăm 2021, giá trị xuất khẩu của tỉnh đạt gần 29 tỷ USD. Tỷ lệ hộ nghèo còn 2,16%; có 120 hợp tác xã mới.\n';
type Fig = { text: string; entity: string | null; indicator: string | null };
const keys = (out: string) => (JSON.parse(out) as Fig[]).map((f) => [f.text, f.entity, f.indicator]);

describe('tally extract with a catalogue', () => {
  let dir: string;
  let article: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tally-extract-cat-'));
    article = path.join(dir, 'a.txt');
    await writeFile(article, ARTICLE);
    await writeFile(path.join(dir, 'catalogue.json'), JSON.stringify(CATALOGUE));
    const ds = path.join(dir, 'ds');
    await mkdir(ds);
    const meta = { id: 'ds-1', name: 'sample', title: '', description: '', tolerance: 0.05, licenses: [], contributors: [], createdAt: AT, updatedAt: AT };
    const withIds = {
      entities: CATALOGUE.entities.map((e, i) => ({ id: `ent-${i}`, ...e })),
      indicators: CATALOGUE.indicators.map((x, i) => ({ id: `ind-${i}`, ...x })),
    };
    await writeFile(path.join(ds, 'dataset.json'), JSON.stringify({ schemaVersion: 1, meta, sources: [], ...withIds, observations: [], resolutions: [] }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const expected = [
    ['gần 29 tỷ USD', 'Thái Nguyên', 'Export value'],
    ['2,16%', 'Thái Nguyên', 'Poor household rate'],
    ['120 hợp tác xã', 'Thái Nguyên', null],
  ];

  it('adds the entity and indicator a catalogue file suggests, null where it names none', async () => {
    const r = await run('extract', article, '--catalogue', path.join(dir, 'catalogue.json'));
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(keys(r.out)).toEqual(expected);
  });

  it('takes the catalogue of a dataset folder with --dataset', async () => {
    const r = await run('extract', `--dataset=${path.join(dir, 'ds')}`, article);
    expect(r.code).toBe(0);
    expect(keys(r.out)).toEqual(expected);
  });

  it('prints entity and indicator as null without a catalogue', async () => {
    const figs = JSON.parse((await run('extract', article)).out) as Fig[];
    expect(figs.map((f) => [f.entity, f.indicator])).toEqual(expected.map(() => [null, null]));
  });

  it.each([
    ['not JSON', '{ "entities": [', /bad\.json is not JSON/],
    ['a wrong shape', JSON.stringify({ indicators: [{ name: 'Export value', unit: 5 }] }), /bad\.json is not a catalogue: indicators\.0\.unit/],
    ['an unknown field', JSON.stringify({ entities: [{ name: 'A', alias: ['x'] }] }), /bad\.json is not a catalogue: entities\.0/],
    [
      'an alias claimed by two indicators',
      JSON.stringify({ indicators: [{ name: 'Export value', aliases: ['xuất khẩu'] }, { name: 'Export growth', aliases: ['Xuất khẩu'] }] }),
      /indicator "Export growth": alias "Xuất khẩu" is also an alias of "Export value"/,
    ],
    ['duplicate names', JSON.stringify({ entities: [{ name: 'Thái Nguyên' }, { name: 'THAI NGUYEN' }] }), /entity "THAI NGUYEN": same name as "Thái Nguyên"/],
  ])('refuses a catalogue file with %s: one line naming it, exit 2, nothing printed', async (_what, content, message) => {
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, content);
    const r = await run('extract', article, '--catalogue', bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
  });

  it('names a missing catalogue file or dataset, and refuses both options at once', async () => {
    expect((await run('extract', article, '--catalogue', path.join(dir, 'none.json'))).err).toContain('no such catalogue file');
    const noDs = await run('extract', article, '--dataset', path.join(dir, 'nowhere'));
    expect(noDs.code).toBe(2);
    expect(noDs.err).toContain('no dataset at');
    const both = await run('extract', article, '--dataset', path.join(dir, 'ds'), '--catalogue', path.join(dir, 'catalogue.json'));
    expect(both.code).toBe(2);
    expect(both.err).toContain('not both');
    expect((await run('extract', article, '--catalogue')).err).toContain('--catalogue needs a value');
  });
});
