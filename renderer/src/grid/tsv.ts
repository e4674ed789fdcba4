/**
 * Tab-separated text as spreadsheets put it on the clipboard: a cell holding a tab, newline or quote is wrapped in
 * quotes with its quotes doubled (Excel, Sheets and LibreOffice read and write it so).
 */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(cell).join('\t')).join('\r\n');
}

/**
 * A block with no tab is read as CSV only when a comma stands outside a number: "28,8" is one Vietnamese decimal,
 * "Thái Nguyên,GRDP" two cells.
 */
const looksLikeCsv = (text: string) => !text.includes('\t') && /,(?!\d)|(?<!\d),/.test(text);

/**
 * Reads a pasted block: tab-separated, or comma-separated (a CSV copied from a text editor, see looksLikeCsv).
 * Quoted cells may hold the separator, newlines and doubled quotes. The trailing line break spreadsheets add is
 * dropped, so it does not make an empty last row.
 */
export function parseTable(text: string): string[][] {
  const sep = looksLikeCsv(text) ? ',' : '\t';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (cell += ch), i++;
    } else if (ch === '"' && cell === '') (quoted = true), i++;
    else if (ch === sep) row.push(cell), (cell = ''), i++;
    else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else (cell += ch), i++;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
