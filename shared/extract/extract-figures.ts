import { type PeriodCue, findPeriodCues } from '../periods/period-cues';
import { readFigureAt } from '../numbers/read-figure';
import { toParsed } from '../numbers/parse-figure';
import { composeText } from './composed-text';
import type { ExtractOptions, FoundFigure } from './found-figure';
import { indicatorHint } from './indicator-hint';
import { nearestPeriod } from './nearest-period';
import { type PlacedFigure, suggestKeys } from './suggest-keys';
import { rowUnitAt, withRowUnit } from './table-unit';

const DIGIT = /\d/g;
/** Digits and separators only: a number with no words of its own. */
const BARE_NUMBER = /^[\d.,\s\u00a0-]+$/;

/**
 * Every figure in an article, in order, with exact spans into the input as given (NFD and CRLF included),
 * a period hint, an indicator hint and (with a catalogue) the entity and indicator it suggests. Dates, years, names with digits and the numbers inside period words
 * ("6 tháng đầu năm 2024") are not figures (domain.md).
 */
export function extractFigures(input: string, opts: ExtractOptions): FoundFigure[] {
  const { lang, published } = opts;
  const { text, toInput } = composeText(input);
  const cues = findPeriodCues(text, lang, published);
  const found: FoundFigure[] = [];
  const placed: PlacedFigure[] = [];
  let cueIdx = 0;
  let prevEnd = 0;
  DIGIT.lastIndex = 0;
  for (let m = DIGIT.exec(text); m; m = DIGIT.exec(text)) {
    const at = m.index;
    while (cueIdx < cues.length && cues[cueIdx].end <= at) cueIdx++;
    const cue: PeriodCue | undefined = cues[cueIdx];
    if (cue && cue.start <= at) {
      DIGIT.lastIndex = cue.end; // digits of period words
      continue;
    }
    const out = readFigureAt(text, at, lang);
    if (typeof out === 'number') {
      DIGIT.lastIndex = Math.max(out, at + 1);
      continue;
    }
    // A cue reaching back over the previous figure ("5% hơn 3") cannot share its words: start at the digits.
    if (out.start < prevEnd) out.start = at;
    let parsed = toParsed(text, out);
    // A bare number in a table row whose label states the unit: "Thu ngân sách (tỷ đồng)\t20.176".
    if (parsed.unit === 'count' && BARE_NUMBER.test(parsed.text)) {
      const row = rowUnitAt(text, out.start, lang);
      if (row) parsed = withRowUnit(parsed, row);
    }
    const start = toInput(out.start);
    const end = toInput(out.end);
    const fig: FoundFigure = { ...parsed, text: input.slice(start, end), start, end, entity: null, indicator: null };
    const p = nearestPeriod(text, cues, out.start, out.end);
    if (p?.period) fig.period = { code: p.period.code, kind: p.period.kind, start: p.period.start, end: p.period.end };
    const hint = indicatorHint(text, out.start, prevEnd, cues, lang);
    if (hint) fig.indicatorHint = hint;
    found.push(fig);
    placed.push({ fig, start: out.start, end: out.end });
    prevEnd = out.end;
    DIGIT.lastIndex = Math.max(out.end, at + 1);
  }
  suggestKeys(text, placed, cues, opts);
  return found;
}
