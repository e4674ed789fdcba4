import type { PeriodCue } from '../periods/period-cues';
import { partitionPoint } from '../search/partition-point';

const SENTENCE_END = /[.!?](?=\s)|\n/g;
const REACH = 400;
const AFTER_GAP = 40;
/** Words that open a sentence continuing the one before: "Trong đó" (of which), "Cụ thể", "Of this". */
const CONTINUES = /^\s*(?:trong\s+đó|cụ\s+thể|riêng|of\s+which|of\s+this|in\s+particular)(?![\p{L}])/iu;
/** "đến năm 2030", "by 2030": a target's year, which stays in its sentence. */
const TARGET_CUE = /^(?:đến|tới|by)\s/iu;

/**
 * The period cue a figure most likely belongs to: the nearer of the closest one before it in its sentence and
 * one right after it ("đạt 6,5% trong năm 2024"), else the last one stated before it (domain.md, Periods: a period
 * stated once holds for the figures of the sentences that follow it until another is stated). A target's "đến năm
 * 2030" does not carry over, and bases of comparison ("so với năm 2023") never count. A cue whose period is not
 * known here (null: "quý II" without a publication date) is still "another" period: it stops the carrying.
 */
export function nearestPeriod(
  text: string,
  cues: readonly PeriodCue[],
  figStart: number,
  figEnd: number,
): PeriodCue | undefined {
  if (cues.length === 0) return undefined;
  const around = sentenceAround(text, figStart, figEnd);
  const sEnd = around.end;
  let sStart = around.start;
  // "Trong đó, vốn đăng ký mới đạt …": the sentence goes on from the one before, and so does its period.
  if (sStart > 1 && CONTINUES.test(text.slice(sStart, figStart))) sStart = sentenceAround(text, sStart - 2, sStart - 2).start;
  // The first cue starting at or after figEnd.
  const lo = partitionPoint(cues, (c) => c.start < figEnd);
  let before: PeriodCue | undefined;
  for (let i = lo - 1; i >= 0; i--) {
    const c = cues[i];
    if (c.end > figStart) continue; // overlaps the figure
    if (c.start < sStart) break;
    if (!c.base) {
      before = c;
      break;
    }
  }
  let after: PeriodCue | undefined;
  for (let i = lo; i < cues.length && cues[i].start < sEnd && cues[i].start <= figEnd + AFTER_GAP; i++) {
    if (!cues[i].base) {
      after = cues[i];
      break;
    }
  }
  // The nearer of the two; "US$ 12.55 billion as of 31 July" takes the words right after it.
  if (before && after) return after.start - figEnd < figStart - before.end ? after : before;
  if (before || after) return before ?? after;
  for (let i = lo - 1; i >= 0; i--) {
    const c = cues[i];
    if (c.end > figStart || c.base || TARGET_CUE.test(text.slice(c.start, c.end))) continue;
    return c;
  }
  return undefined;
}

function sentenceAround(text: string, figStart: number, figEnd: number): { start: number; end: number } {
  let start = Math.max(0, figStart - REACH);
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index < figStart; m = SENTENCE_END.exec(text)) start = m.index + 1;
  SENTENCE_END.lastIndex = figEnd;
  const after = SENTENCE_END.exec(text);
  const end = after && after.index < figEnd + REACH ? after.index : Math.min(text.length, figEnd + REACH);
  return { start, end };
}
