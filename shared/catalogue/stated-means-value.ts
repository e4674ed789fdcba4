import { guessLanguage } from '../crosscheck/language-guess';
import type { Language } from '../model/vocab';
import type { ParsedFigure } from '../numbers/figure';
import { parseFigure } from '../numbers/parse-figure';
import { unitFitsIndicator } from './unit-fit';

// Float noise allowed when comparing a typed value with the written number's interval.
const EPSILON = 1e-9;
// Validation reads every row's words; the same words recur across a dataset, so readings are kept (bounded).
const MAX_MEMO = 100_000;
const memo = new Map<string, ParsedFigure | null>();

function readWords(stated: string, lang: Language): ParsedFigure | null {
  const key = `${lang}\u0000${stated}`;
  let f = memo.get(key);
  if (f === undefined) {
    if (memo.size >= MAX_MEMO) memo.clear();
    f = parseFigure(stated, lang);
    memo.set(key, f);
  }
  return f;
}

/** The written number's own interval holds |value|: "28,8 tỷ" means 28.75e9 … 28.85e9, never 28.8 or 2.88e10. */
function withinWriting(f: ParsedFigure, value: number): boolean {
  const v = Math.abs(f.value);
  const x = Math.abs(value);
  const slack = EPSILON * Math.max(1, v, x);
  return x >= v - f.halfUnit - slack && x <= v + f.halfUnit + slack;
}

/**
 * The unit the words name fits the recorded one: the same, or a bare number (`count`, which any counted unit may
 * be), or an amount whose "per person" the sentence says elsewhere (`95,1 triệu đồng` recorded as VND/person). A unit
 * not recorded yet says nothing against it.
 */
const unitAgrees = (f: ParsedFigure, unit: string) =>
  unit === '' || f.unit === 'count' || unitFitsIndicator(unit, f.unit) || unit.startsWith(`${f.unit}/`);

function reads(f: ParsedFigure | null, value: number, unit: string): boolean | null {
  if (f === null) return null;
  return withinWriting(f, value) && unitAgrees(f, unit);
}

/**
 * Can the words as written (`stated`) mean this value and unit? The value must lie within the precision the words
 * were written with (domain.md, Cross-checking: half a unit of the last digit, times the scale) and the unit must be
 * the one they name. The sign is left free, as the cross-checker leaves it (observation-interval.ts): a decrease
 * (`giảm 5,3%`) may be filed as −5.3 or, under an indicator that counts the fall, as 5.3. Words without a figure, or
 * no value yet, say nothing against it. With no language known, either language's reading may match.
 */
export function statedMeansValue(stated: string, value: number | null, unit: string, lang: Language | null): boolean {
  if (value === null || stated.trim() === '') return true;
  const first = lang ?? guessLanguage(stated);
  const primary = reads(readWords(stated, first), value, unit);
  if (primary === null) return true;
  if (primary || lang !== null) return primary;
  return reads(readWords(stated, first === 'vi' ? 'en' : 'vi'), value, unit) === true;
}
