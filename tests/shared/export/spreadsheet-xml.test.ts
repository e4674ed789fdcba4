import { describe, expect, it } from 'vitest';
import { columnLetters, SheetRows, xmlText } from '../../../shared/export/spreadsheet-xml';

describe('spreadsheet XML', () => {
  it('names columns A..Z, AA.., as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('escapes markup and drops what XML 1.0 cannot hold (control characters, lone surrogates), keeping tabs, line ends and emoji', () => {
    expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('x\u0000y\u0007z\u001F')).toBe('xyz');
    expect(xmlText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
    expect(xmlText('lone \uD800 high, lone \uDC00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    expect(xmlText('Thái Nguyên')).toBe('Thái Nguyên');
  });

  it('writes numbers as numeric cells, text as inline strings (a leading = is text, never a formula), skips blanks', () => {
    const rows = new SheetRows(['a', 'b', 'c', 'd']);
    expect(rows.xml([{ a: '=1+1', b: 29e9, c: null, d: ['x', 'y'] }, { a: '', b: 2.16, c: 'ok', d: null }])).toBe(
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">=1+1</t></is></c><c r="B2" s="2"><v>29000000000</v></c>' +
        '<c r="D2" t="inlineStr"><is><t xml:space="preserve">x\ny</t></is></c></row>' +
        '<row r="3"><c r="B3" s="3"><v>2.16</v></c><c r="C3" t="inlineStr"><is><t xml:space="preserve">ok</t></is></c></row>',
    );
  });
});
