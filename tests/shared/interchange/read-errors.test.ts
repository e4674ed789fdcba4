import { describe, expect, it } from 'vitest';
import { BOM, csvLine, INTERCHANGE_COLUMNS, plainNumber, readInterchange, readPlainNumber } from '../../../shared/interchange';

const header = INTERCHANGE_COLUMNS.join(',');
const line = (cells: Partial<Record<(typeof INTERCHANGE_COLUMNS)[number], string>>) => csvLine(INTERCHANGE_COLUMNS.map((c) => cells[c] ?? '')).trimEnd();
const good = { id: 'o1', entity: 'Việt Nam', indicator: 'Export value', period: '2024-H1', value: '1030.5', unit: 'USD', qualifier: 'approx', stated: 'khoảng 1.030,5 USD', status: 'draft' };

describe('reading interchange files', () => {
  it('JSON: a list or an object in any text column is an error naming the row and the column, never a blank', () => {
    const base = { ...good, value: 1030.5 };
    const records = [
      { ...base, id: 'j1', entity: ['Việt Nam'] },
      { ...base, id: 'j2', indicator: { name: 'Export value' } },
      { ...base, id: 'j3', unit: ['USD'], stated: { text: 'x' } },
      { ...base, id: 'j4', note: [] },
      { ...base, id: 'j5', source_title: ['T'], source_id: 's1' },
      { ...base, id: 'j6' },
    ];
    const r = readInterchange(JSON.stringify(records), 'json');
    expect(r.errors).toEqual([
      { row: 1, column: 'entity', message: 'entity must be text, not a list' },
      { row: 2, column: 'indicator', message: 'indicator must be text, not an object' },
      { row: 3, column: 'unit', message: 'unit must be text, not a list' },
      { row: 3, column: 'stated', message: 'stated must be text, not an object' },
      { row: 4, column: 'note', message: 'note must be text, not a list' },
      { row: 5, column: 'source_title', message: 'source_title must be text, not a list' },
    ]);
    expect(r.rows.map((x) => x.observation.id)).toEqual(['j6']);
  });

  it('reads a good csv with a BOM and canonical period codes', () => {
    const r = readInterchange(`${BOM}${header}\r\n${line(good)}\r\n`, 'csv');
    expect(r.errors).toEqual([]);
    expect(r.rows[0].observation).toMatchObject({ id: 'o1', period: '2024-H1', value: 1030.5, qualifier: 'approx' });
  });

  it('reports each bad cell with its row and column', () => {
    const rows = [
      line({ ...good, id: 'o1', value: '28,8' }),
      line({ ...good, id: 'o2', period: '2021-13' }),
      line({ ...good, id: 'o3', qualifier: 'roughly', status: 'approved' }),
      line({ ...good, id: 'bad id!' }),
      line({ ...good, id: 'o5', quote: 'abc', quote_start: '3', quote_end: '7', source_id: 's1' }),
      line({ ...good, id: 'o6', quote: 'abc', quote_start: '1.5', quote_end: '4', source_id: 's1' }),
      line({ ...good, id: 'o7', quote: 'abc', quote_start: '0', quote_end: '3' }),
      line({ ...good, id: 'o1' }),
      line({ ...good, id: 'o9', source_url: 'not a url', source_published: '2021-02-30', source_title: 'T' }),
    ];
    const r = readInterchange(`${header}\n${rows.join('\n')}\n`, 'csv');
    const at = (row: number) => r.errors.filter((e) => e.row === row).map((e) => e.column);
    expect(r.total).toBe(9);
    expect(r.rows).toEqual([]);
    expect(at(1)).toEqual(['value']);
    expect(r.errors[0].message).toContain('"28,8" is not a plain number');
    expect(at(2)).toEqual(['period']);
    expect(at(3)).toEqual(['qualifier', 'status']);
    expect(at(4)).toEqual(['id']);
    expect(at(5)).toEqual(['quote_end']);
    expect(r.errors.find((e) => e.row === 5)!.message).toBe('quote_end − quote_start is 4 but the quote is 3 characters long');
    expect(at(6)).toEqual(['quote_start']);
    expect(at(7)).toEqual(['source_id']);
    expect(at(8)).toEqual(['id']);
    expect(r.errors.find((e) => e.row === 8)!.message).toBe('id "o1" is already used by row 1');
    expect(at(9)).toEqual(['source_url', 'source_published']);
  });

  it('names missing and unknown header columns', () => {
    const bad = header.replace('source_url', 'url').replace(',note', '');
    const r = readInterchange(`${bad}\n`, 'csv');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].row).toBe(0);
    expect(r.errors[0].message).toBe('header: missing columns source_url, note; unknown column "url"');
  });

  it('says so when fields are separated by semicolons', () => {
    const r = readInterchange(`${INTERCHANGE_COLUMNS.join(';')}\n`, 'csv');
    expect(r.errors).toEqual([{ row: 0, column: '', message: 'header: fields are separated by semicolons; save the file as comma-separated CSV' }]);
  });

  it('LF files keep CR LF inside quoted cells', () => {
    const text = `${header}\n${line({ ...good, note: 'a\r\nb\r\nc' })}\n${line({ ...good, id: 'o2' })}\n`;
    const r = readInterchange(text, 'csv');
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.observation.note)).toEqual(['a\r\nb\r\nc', '']);
  });

  it('accepts the columns in another order', () => {
    const cols = [...INTERCHANGE_COLUMNS].reverse();
    const r = readInterchange(`${cols.join(',')}\n${csvLine(cols.map((c) => (good as Record<string, string>)[c] ?? ''))}`, 'csv');
    expect(r.errors).toEqual([]);
    expect(r.rows[0].observation.value).toBe(1030.5);
  });

  it('reports a row with the wrong number of fields', () => {
    const r = readInterchange(`${header}\n${line(good)},extra\n`, 'csv');
    expect(r.errors).toEqual([{ row: 1, column: '', message: 'expected 17 fields, found 18' }]);
  });

  it('json: numbers or numeric strings; unknown keys and non-objects are errors', () => {
    const r = readInterchange(
      JSON.stringify([{ ...good, value: 5 }, { ...good, id: 'o2', value: '6.5' }, { ...good, id: 'o3', valeu: 1 }, 'x', { ...good, id: 'o5', value: true }]),
      'json',
    );
    expect(r.rows.map((x) => x.observation.value)).toEqual([5, 6.5]);
    expect(r.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'valeu'],
      [4, ''],
      [5, 'value'],
    ]);
  });

  it('json: a file that is not an array says so', () => {
    expect(readInterchange('{"figures": []}', 'json').errors[0].message).toBe('expected a JSON array of observation objects, or a validated table with its rows');
    // A validated table's JSON (an object with rows) is importable now: an empty one is simply no rows.
    expect(readInterchange('{"rows": []}', 'json')).toEqual({ rows: [], errors: [], total: 0 });
    expect(readInterchange('[1,', 'json').errors[0].message).toMatch(/^not valid JSON/);
  });

  it('blank id gets a provisional id; blank qualifier and status take their defaults', () => {
    const r = readInterchange(`${header}\n${line({ ...good, id: '', qualifier: '', status: '' })}\n`, 'csv');
    expect(r.rows[0]).toMatchObject({ idGiven: false, observation: { id: 'row-1', qualifier: 'exact', status: 'draft' } });
  });
});

describe('plain numbers', () => {
  it('writes full precision without exponent or grouping', () => {
    expect(plainNumber(29e9)).toBe('29000000000');
    expect(plainNumber(1.03e15)).toBe('1030000000000000');
    expect(plainNumber(1.5e21)).toBe('1500000000000000000000');
    expect(plainNumber(-2.5e-7)).toBe('-0.00000025');
    expect(plainNumber(28.8)).toBe('28.8');
    for (const n of [1.5e21, 2.5e-7, 123456789.123, 0.1 + 0.2]) expect(readPlainNumber(plainNumber(n))).toBe(n);
  });
  it('refuses locale-formatted numbers', () => {
    expect(readPlainNumber('28,8')).toBeNull();
    expect(readPlainNumber('1.030.000')).toBeNull();
    expect(readPlainNumber('')).toBeNull();
    expect(readPlainNumber('12abc')).toBeNull();
  });
});
