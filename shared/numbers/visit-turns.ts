/**
 * "Khách quốc tế đạt 248.000 lượt": a bare "lượt" (turns) counts whatever the sentence counts before it. After
 * visitors it counts visitors (domain.md, Units), after passengers passengers; elsewhere ("lượt" of views, of
 * treatments) it stays a plain count, since a guessed unit would split groups that should meet.
 */
const TURNS_AFTER = /[^\S\n\r]*lượt(?![\p{L}\p{N}])/iuy;
/** The counted thing named earlier in the sentence: the last one wins. */
const COUNTED_BEFORE = /(hành\s+khách|khách(?!\s+hàng)|du\s+lịch)(?![\p{L}])/giu;
const SENTENCE_END = /[.!?;\n][^.!?;\n]*$/u;
const REACH = 200;

/** The unit and end of a bare "lượt" at `pos`, or null when none stands there or the sentence counts nothing known. */
export function bareTurnsUnit(text: string, figStart: number, pos: number): { unit: string; end: number } | null {
  TURNS_AFTER.lastIndex = pos;
  if (!TURNS_AFTER.test(text)) return null;
  const end = TURNS_AFTER.lastIndex;
  let before = text.slice(Math.max(0, figStart - REACH), figStart);
  const cut = SENTENCE_END.exec(before);
  if (cut) before = before.slice(cut.index + 1);
  let last: string | undefined;
  for (const m of before.matchAll(COUNTED_BEFORE)) last = m[1];
  if (last === undefined) return null;
  return { unit: /^hành/iu.test(last) ? 'passenger' : 'visitor', end };
}
