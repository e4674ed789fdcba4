import type { Language } from '../model/vocab';
import type { ParsedFigure } from '../numbers/figure';
import { parseFigure } from '../numbers/parse-figure';

/** A row label ending in its unit: "Thu ngân sách (tỷ đồng)", "Vốn FDI (triệu USD)", "Tỷ lệ hộ nghèo (%)". */
const LABEL_UNIT = /\(([^()\t\n]{1,24})\)\s*$/u;

const ROW_REACH = 400;

/** What a row label's unit makes of a bare number in that row: a multiplier and a unit. */
export interface RowUnit {
  multiplier: number;
  unit: string;
}

/**
 * The unit a table row states in its first cell, for a number in a later cell (cells are separated by tabs, rows by
 * line ends, as tables come out of HTML). The label's words are read as the figure "1 <words>" would be, so the
 * scale and unit words are the parser's own; anything that is not wholly a unit gives null.
 */
export function rowUnitAt(text: string, at: number, lang: Language): RowUnit | null {
  // Table rows are short: look back a few hundred characters at most, so a long paragraph costs nothing.
  const from = Math.max(0, at - ROW_REACH);
  const before = text.slice(from, at);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return null;
  const row = before.slice(nl + 1);
  const firstTab = row.indexOf('\t');
  if (firstTab < 0) return null;
  const m = LABEL_UNIT.exec(row.slice(0, firstTab));
  if (!m) return null;
  const words = m[1].trim();
  // English tables also put the currency first: "(US$ billion)", "(VND trillion)" read as "billion US$".
  const swapped = words.replace(/^(\S+)\s+(\S+)$/u, '$2 $1');
  for (const w of swapped === words ? [words] : [words, swapped]) {
    const probe = `1 ${w}`;
    const f = parseFigure(probe, lang);
    if (f && f.text === probe && f.unit !== 'count' && f.qualifier === 'exact') return { multiplier: f.value, unit: f.unit };
  }
  return null;
}

/** A bare number (no scale or unit words of its own) read with its row's unit. */
export function withRowUnit<F extends ParsedFigure>(f: F, row: RowUnit): F {
  // 15 significant digits drop the binary noise of the product (32.7 × 1e9 is 32700000000.000004).
  const times = (v: number) => Number((v * row.multiplier).toPrecision(15));
  const out = { ...f, value: times(f.value), unit: row.unit, halfUnit: times(f.halfUnit) };
  if (f.range) out.range = [times(f.range[0]), times(f.range[1])];
  return out;
}
