import { describe, expect, it } from 'vitest';
import { csvCell, INTERCHANGE_COLUMNS, readInterchange, toCsv, toRows } from '../../../shared/interchange';
import { neutraliseFormulaText, restoreFormulaText } from '../../../shared/interchange/formula-guard';
import { fixtureDoc } from '../export/fixture';

const RISKY = ['=HYPERLINK("http://x.example","y")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'];

describe('CSV formula injection (OWASP)', () => {
  it('text starting with =, +, -, @, tab or CR gets a leading apostrophe; other text is untouched', () => {
    for (const t of RISKY) expect(csvCell(t)).toBe(`'${t}`);
    for (const t of ['Thái Nguyên', '2,16%', "it's", 'a=b', '']) expect(csvCell(t)).toBe(t);
  });

  it('numbers stay numbers: a negative value is written as digits, never guarded', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(-0.25)).toBe('-0.25');
  });

  it('reading back removes exactly the apostrophe it added, also for text that began with apostrophes', () => {
    for (const t of [...RISKY, "'=x", "''-y", "'plain", "'", 'plain']) expect(restoreFormulaText(neutraliseFormulaText(t))).toBe(t);
  });

  it('a full-table CSV round trip keeps risky text exactly, with every risky cell guarded in the file', () => {
    const doc = fixtureDoc();
    doc.observations[0] = { ...doc.observations[0], entity: '=cmd|"/c calc"!A1', note: '@SUM(1)', stated: '-29 tỷ USD' };
    doc.observations[1] = { ...doc.observations[1], indicator: '+Export value', note: "'=already quoted", value: -3 };
    const csv = toCsv(toRows(doc.observations, doc.sources));
    const cells = csv.split(/,|\r\n/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d/.test(c))).toEqual([]);
    expect(csv).toContain(',-3,'); // the number, unguarded
    const read = readInterchange(csv, 'csv');
    expect(read.errors).toEqual([]);
    const byId = new Map(read.rows.map((r) => [r.observation.id, r.observation]));
    expect(byId.get(doc.observations[0].id)).toMatchObject({ entity: '=cmd|"/c calc"!A1', note: '@SUM(1)', stated: '-29 tỷ USD' });
    expect(byId.get(doc.observations[1].id)).toMatchObject({ indicator: '+Export value', note: "'=already quoted", value: -3 });
    expect(INTERCHANGE_COLUMNS).toContain('note');
  });
});
