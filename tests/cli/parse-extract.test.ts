import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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

describe('tally parse', () => {
  it('prints value, unit, qualifier and the interval at tolerance 0.05', async () => {
    const r = await run('parse', 'gần 29 tỷ USD');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({
      value: 29e9,
      unit: 'USD',
      qualifier: 'nearly',
      interval: [27.05e9, 29.5e9],
      text: 'gần 29 tỷ USD',
      halfUnit: 0.5e9,
    });
  });
  it('reads English with --lang en (and --lang=en)', async () => {
    expect(JSON.parse((await run('parse', 'about $1.2bn', '--lang', 'en')).out)).toMatchObject({
      value: 1.2e9,
      unit: 'USD',
      qualifier: 'approx',
    });
    expect(JSON.parse((await run('parse', '--lang=en', '19,680')).out).value).toBe(19680);
  });
  it('prints an unbounded end as null (JSON has no Infinity)', async () => {
    expect(JSON.parse((await run('parse', 'dưới 5%')).out).interval).toEqual([null, 5.5]);
    expect(JSON.parse((await run('parse', 'ít nhất 5%')).out).interval).toEqual([4.5, null]);
  });
  it('prints the period the text names, a single month as its code (domain.md, revised)', async () => {
    expect(JSON.parse((await run('parse', 'tháng 12/2024 xuất khẩu đạt 35,6 tỷ USD')).out)).toMatchObject({
      value: 35.6e9, period: '2024-12', periodKind: 'month',
    });
    expect(JSON.parse((await run('parse', 'exports in December 2024 fell 2.1%', '--lang', 'en')).out)).toMatchObject({
      value: -2.1, text: 'fell 2.1%', period: '2024-12',
    });
    expect(JSON.parse((await run('parse', 'tăng 5% so với năm 2019')).out).period).toBeUndefined();
  });
  it('prints signs and the revised cues: "giảm 5,3%" is −5.3, "ước tăng 5,78%" approx', async () => {
    expect(JSON.parse((await run('parse', 'giảm 5,3%')).out)).toMatchObject({ value: -5.3, interval: [-5.35, -5.25] });
    expect(JSON.parse((await run('parse', 'giảm còn 2,16%')).out).value).toBe(2.16);
    expect(JSON.parse((await run('parse', 'ước tăng 5,78%')).out).qualifier).toBe('approx');
    expect(JSON.parse((await run('parse', '711.000 người')).out).halfUnit).toBe(500);
  });
  it('prints ranks with their "of"', async () =>
    expect(JSON.parse((await run('parse', 'thứ 8/63')).out)).toMatchObject({ value: 8, of: 63, unit: 'rank' }));
  it.each([['năm 2025'], ['3G'], ['không có số']])('"%s" holds no figure: one line, non-zero exit', async (t) => {
    const r = await run('parse', t);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('no figure');
  });
  it('refuses a bad language and a missing text', async () => {
    expect((await run('parse', '5%', '--lang', 'fr')).err).toContain('--lang must be vi or en');
    expect((await run('parse')).code).not.toBe(0);
  });
});

describe('tally extract', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tally-extract-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const file = async (name: string, content: string | Uint8Array) => {
    const p = path.join(dir, name);
    await writeFile(p, content);
    return p;
  };

  it('prints the figures of a text file with spans into the file', async () => {
    const text = 'Năm 2021, giá trị xuất khẩu đạt gần 29 tỷ USD;\r\ntỷ lệ hộ nghèo còn 2,16%.\r\n';
    const r = await run('extract', await file('a.txt', text));
    expect(r.code).toBe(0);
    const figs = JSON.parse(r.out);
    expect(figs.map((f: { text: string }) => f.text)).toEqual(['gần 29 tỷ USD', '2,16%']);
    for (const f of figs) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(figs[0]).toMatchObject({ value: 29e9, unit: 'USD', qualifier: 'nearly', period: { code: '2021' } });
    expect(r.out).toContain('\n  '); // pretty printed
  });
  it('reads Markdown as it is', async () => {
    const md = '# Kinh tế\n\n**Tăng trưởng** đạt *6,51%* năm 2021.\n';
    const figs = JSON.parse((await run('extract', await file('b.md', md))).out);
    expect(figs).toHaveLength(1);
    expect(md.slice(figs[0].start, figs[0].end)).toBe('6,51%');
  });
  it('reads HTML from its visible text with offsets into the HTML file', async () => {
    const html =
      '<html><head><title>2099 tỷ</title><script>var x = "15 tỷ USD";</script></head><body>' +
      '<p>Giá trị xuất khẩu đạt <b>gần 29&nbsp;tỷ USD</b>, tăng 7,2%.</p></body></html>';
    const figs = JSON.parse((await run('extract', await file('c.html', html))).out);
    expect(figs.map((f: { text: string }) => f.text)).toEqual(['gần 29&nbsp;tỷ USD', '7,2%']);
    for (const f of figs) expect(html.slice(f.start, f.end)).toBe(f.text);
    expect(figs[0]).toMatchObject({ value: 29e9, unit: 'USD', qualifier: 'nearly' });
  });
  it('dates "đến nay" by the publication date a dateline or front matter gives, as an import does', async () => {
    const periodOf = async (name: string, content: string) =>
      JSON.parse((await run('extract', await file(name, content))).out).map((f: { period?: { code: string } }) => f.period?.code);
    expect(await periodOf('e.txt', 'Thứ năm, 16/08/2024 - 21:27\nĐến nay, tỷ lệ hộ nghèo còn 2,16%.\n')).toEqual(['2024-08-16']);
    expect(await periodOf('f.md', '---\ndate: 2024-12-20\n---\nĐến nay, tỷ lệ hộ nghèo còn 2,16%.\n')).toEqual(['2024-12-20']);
    expect(await periodOf('g.txt', 'Đến nay, tỷ lệ hộ nghèo còn 2,16%.\n')).toEqual([undefined]);
  });
  it('guesses English when no --lang is given', async () => {
    const figs = JSON.parse((await run('extract', await file('d.txt', 'The economy grew by about 6.5% in 2021, the report said.'))).out);
    expect(figs[0]).toMatchObject({ value: 6.5, qualifier: 'approx', period: { code: '2021' } });
  });
  it('refuses binary and non-UTF-8 files with one line', async () => {
    for (const [name, bytes] of [
      ['e.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])],
      ['f.txt', new Uint8Array([0x54, 0x68, 0xe1, 0x69])], // Latin-1 "Thái"
    ] as const) {
      const r = await run('extract', await file(name, bytes));
      expect(r.code).not.toBe(0);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain('not a UTF-8 text file');
    }
  });
  it('names a missing file', async () => {
    const r = await run('extract', path.join(dir, 'nope.txt'));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('no such file');
  });
});
