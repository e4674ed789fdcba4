import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { TallyError } from '../../shared/api';
import { INTERCHANGE_COLUMNS, readInterchange, toCsv, toJson, toRows } from '../../shared/interchange';
import { runExport } from '../../electron/backend/export/run-export';
import { fixtureDoc, resolveAll } from '../shared/export/fixture';
import { exportSource, tempDir } from './export-helpers';

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});

const NOW = new Date(2024, 8, 1, 12);

describe('export formats', () => {
  it('csv (full): BOM at byte 0, interchange columns, imports back to the same rows', async () => {
    const doc = fixtureDoc();
    const out = path.join(dir, 'all.csv');
    const result = await runExport(exportSource(dir, doc), { format: 'csv', table: 'full', draft: false, outPath: out });
    expect(result.files).toEqual([out]);
    const bytes = await fs.readFile(out);
    expect(result.bytes).toBe(bytes.length);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const read = readInterchange(bytes.toString('utf8'), 'csv');
    expect(read.errors).toEqual([]);
    expect(read.rows.map((r) => [r.observation.id, r.observation.value, r.observation.quote?.exact])).toEqual(
      doc.observations.map((o) => [o.id, o.value, o.quote?.exact]),
    );
  });

  it('the streamed full csv and json are byte for byte the shared toCsv and toJson of the same rows', async () => {
    const doc = fixtureDoc();
    const rows = toRows(doc.observations, doc.sources);
    for (const [format, expected] of [['csv', toCsv(rows)], ['json', toJson(rows)]] as const) {
      const out = path.join(dir, `all.${format}`);
      await runExport(exportSource(dir, doc), { format, table: 'full', draft: false, outPath: out });
      expect(await fs.readFile(out, 'utf8'), format).toBe(expected);
    }
  });

  it('default path: <dataset>/exports/<name>-<table>-<date>.<ext>', async () => {
    const result = await runExport(exportSource(dir, fixtureDoc()), { format: 'json', table: 'full', draft: false }, { now: NOW });
    expect(result.files).toEqual([path.join(dir, 'dataset', 'exports', 'thai-nguyen-2021-full-2024-09-01.json')]);
    const rows = JSON.parse(await fs.readFile(result.files[0], 'utf8'));
    expect(rows).toHaveLength(7);
    expect(Object.keys(rows[0])).toEqual([...INTERCHANGE_COLUMNS]);
  });

  it('the validated table is refused while problems block, naming how many', async () => {
    const err = await runExport(exportSource(dir, fixtureDoc()), { format: 'csv', table: 'validated', draft: false }).catch((e) => e);
    expect(err).toBeInstanceOf(TallyError);
    expect(err.code).toBe('BLOCKED');
    expect(err.message).toBe('the validated table cannot be exported: 2 problems block publishing (see the validation report), or export a draft');
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('a draft validated export is marked: csv name, json field, open groups without a value', async () => {
    const src = exportSource(dir, fixtureDoc());
    const csv = await runExport(src, { format: 'csv', table: 'validated', draft: true, outPath: path.join(dir, 'v.csv') });
    expect(csv.files).toEqual([path.join(dir, 'v-draft.csv')]);
    const json = await runExport(src, { format: 'json', table: 'validated', draft: true }, { now: NOW });
    expect(path.basename(json.files[0])).toBe('thai-nguyen-2021-validated-2024-09-01-draft.json');
    const data = JSON.parse(await fs.readFile(json.files[0], 'utf8'));
    expect(data.draft).toBe(true);
    expect(data.table).toBe('validated');
    const byIndicator = Object.fromEntries(data.rows.map((r: { indicator: string }) => [r.indicator, r]));
    expect(byIndicator['Export value']).toMatchObject({ basis: 'open', value: null, group_status: 'compatible', source_ids: ['src-a', 'src-b'] });
    expect(byIndicator['GRDP growth']).toMatchObject({ basis: 'agree', value: 6.51, unit: '%', observation_ids: ['obs-3', 'obs-4'] });
    expect(byIndicator['Active FDI projects']).toMatchObject({ basis: 'single', value: 215, accepted_observation_id: 'obs-7', quotes: ['215 dự án'] });
  });

  it('once resolved, the validated json carries each decision with its provenance', async () => {
    const result = await runExport(exportSource(dir, resolveAll(fixtureDoc())), { format: 'json', table: 'validated', draft: false, outPath: path.join(dir, 'v.json') });
    const data = JSON.parse(await fs.readFile(result.files[0], 'utf8'));
    expect(data.draft).toBe(false);
    expect(data.rows.map((r: { indicator: string }) => r.indicator)).toEqual(['Active FDI projects', 'Export value', 'GRDP growth', 'Poor household rate']);
    expect(data.rows[1]).toMatchObject({
      entity: 'Thái Nguyên',
      indicator: 'Export value',
      period: '2021',
      value: 29e9,
      unit: 'USD',
      qualifier: 'nearly',
      basis: 'resolution',
      accepted_observation_id: 'obs-1',
      source_titles: ['Thái Nguyên phát huy truyền thống, "chuyển đổi số"'],
      quotes: ['gần 29 tỷ USD'],
      rationale: 'Chosen: the provincial report, "final" figure',
      decided_by: 'Minh',
      resolution_id: 'res-1',
    });
  });

  it('xlsx: sheets re-read with exceljs hold the same rows, numbers typed as numbers, header frozen', async () => {
    const doc = resolveAll(fixtureDoc());
    const out = path.join(dir, 'book.xlsx');
    await runExport(exportSource(dir, doc), { format: 'xlsx', table: 'validated', draft: false, outPath: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Validated', 'Observations', 'Sources', 'Resolutions']);
    expect(wb.title).toBe('Thái Nguyên economy, 2021');
    const ws = wb.getWorksheet('Observations')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).values).toEqual([undefined, ...INTERCHANGE_COLUMNS]);
    expect(ws.getColumn(3).width).toBe(26);
    expect(ws.rowCount).toBe(1 + doc.observations.length);
    doc.observations.forEach((o, i) => {
      const row = ws.getRow(i + 2);
      const cell = (name: string) => row.getCell(INTERCHANGE_COLUMNS.indexOf(name as never) + 1).value;
      expect(cell('id')).toBe(o.id);
      expect(cell('entity')).toBe(o.entity);
      expect(cell('value')).toBe(o.value);
      expect(typeof cell('value')).toBe('number');
      // XML readers turn CR LF into LF (XML end-of-line handling), so a CR inside a cell does not survive a workbook.
      expect(cell('quote')).toBe(o.quote!.exact.replace(/\r\n/g, '\n'));
      expect(cell('quote_start')).toBe(o.quote!.start);
      expect(cell('note') ?? '').toBe(o.note);
    });
    const validated = wb.getWorksheet('Validated')!;
    expect(validated.getRow(3).getCell(4).value).toBe(29e9);
    expect(wb.getWorksheet('Resolutions')!.rowCount).toBe(3);
  });

  it('xlsx draft: the workbook title says so', async () => {
    const out = path.join(dir, 'draft.xlsx');
    await runExport(exportSource(dir, fixtureDoc()), { format: 'xlsx', table: 'validated', draft: true, outPath: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.title).toBe('Thái Nguyên economy, 2021 (DRAFT: not validated)');
    expect(wb.keywords).toBe('tally draft');
  });

  it('an unwritable target fails with one message and leaves no temp file', async () => {
    await fs.writeFile(path.join(dir, 'afile'), 'x');
    const err = await runExport(exportSource(dir, fixtureDoc()), { format: 'csv', table: 'full', draft: false, outPath: path.join(dir, 'afile', 'x.csv') }).catch((e) => e);
    expect(err.code).toBe('IO_ERROR');
    expect(err.message).toMatch(/^cannot create the folder/);
    expect(await fs.readdir(dir)).toEqual(['afile']);
  });
});

describe('formula injection in every file Tally writes', () => {
  const risky = () => {
    const doc = resolveAll(fixtureDoc());
    doc.observations = doc.observations.map((o) => ({ ...o, entity: '=HYPERLINK("http://x.example","Thái Nguyên")', note: '@SUM(A1)' }));
    doc.sources = doc.sources.map((s) => ({ ...s, title: '+cmd', publisher: '-2+3' }));
    return doc;
  };
  /** Cells of a CSV file (without BOM) as papaparse reads them. */
  const cellsOf = async (file: string) => Papa.parse<string[]>((await fs.readFile(file, 'utf8')).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();
  const unguarded = (cells: string[]) => cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));

  it('full and validated CSV and every Data Package resource: no cell starts a formula', async () => {
    const src = exportSource(dir, risky());
    const full = await runExport(src, { format: 'csv', table: 'full', draft: false, outPath: path.join(dir, 'full.csv') });
    const validated = await runExport(src, { format: 'csv', table: 'validated', draft: true, outPath: path.join(dir, 'v.csv') });
    const pkg = await runExport(src, { format: 'datapackage', table: 'validated', draft: true, outPath: path.join(dir, 'pkg') });
    const csvFiles = [...full.files, ...validated.files, ...pkg.files.filter((f) => f.endsWith('.csv'))];
    expect(csvFiles).toHaveLength(6);
    for (const file of csvFiles) {
      const cells = await cellsOf(file);
      expect(unguarded(cells), path.basename(file)).toEqual([]);
    }
    expect(await cellsOf(full.files[0])).toContain(`'=HYPERLINK("http://x.example","Thái Nguyên")`);
    expect(await cellsOf(path.join(dir, 'pkg', 'sources.csv'))).toEqual(expect.arrayContaining(["'+cmd", "'-2+3"]));
  });

  it('xlsx keeps such text as text cells, never formulas', async () => {
    const out = path.join(dir, 'risky.xlsx');
    await runExport(exportSource(dir, risky()), { format: 'xlsx', table: 'full', draft: false, outPath: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet('Observations')!.getRow(2).getCell(INTERCHANGE_COLUMNS.indexOf('entity') + 1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("http://x.example","Thái Nguyên")');
    const note = wb.getWorksheet('Observations')!.getRow(2).getCell(INTERCHANGE_COLUMNS.indexOf('note') + 1);
    expect(note.type).toBe(ExcelJS.ValueType.String); // a formula would read back as ValueType.Formula
  });
});

describe('xlsx text that XML cannot carry as is', () => {
  it('markup characters survive; control characters and lone surrogates are dropped, the workbook still opens', async () => {
    const doc = fixtureDoc();
    doc.observations[0] = { ...doc.observations[0], note: 'a <b> & "c"\u0001 \uD800 😀' };
    const out = path.join(dir, 'odd.xlsx');
    await runExport(exportSource(dir, doc), { format: 'xlsx', table: 'full', draft: false, outPath: out });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const note = wb.getWorksheet('Observations')!.getRow(2).getCell(INTERCHANGE_COLUMNS.indexOf('note') + 1).value;
    expect(note).toBe('a <b> & "c"  😀');
  });
});
