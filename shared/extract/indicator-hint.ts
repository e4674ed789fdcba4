import type { Language } from '../model/vocab';
import type { PeriodCue } from '../periods/period-cues';

/** Marks that end the clause naming a figure: "…2024 đạt 6,5%; thu ngân sách ước đạt 19.680 tỷ đồng". */
const CLAUSE_END = /[;:!?()[\]\n\r,“”"«»|•]|\.(?=\s)|\s[-–—]\s/g;
const LOOKBACK = 140;
const MAX_WORDS = 8;

/** Verbs and fillers between an indicator's name and its figure, removed from the end of the hint. */
const TRAILING: Record<Language, RegExp> = {
  vi: /(?:^|\s)(?:đạt|là|ước|ước đạt|ước tính|ước tính đạt|có|còn|chỉ còn|được|đạt được|bằng|với|của|lên|lên tới|lên đến|tới|đến|xuống|xuống còn|chiếm|ở mức|mức|vào khoảng|thêm|hiện|hiện có|vẫn|đã|sẽ|cũng|chỉ|tổng cộng|trong|tại|khoảng|cả|khi|thì|là khoảng|gồm|với tổng số|cho|ra|về|từ|trên tổng số|dự kiến|ước khoảng|mới|đều|tương đương)$/iu,
  en: /(?:^|\s)(?:reached|reaching|was|were|is|are|stood at|stands at|stood|totalled|totaled|totalling|totaling|amounted to|amounting to|hit|came to|at|of|to|by|with|has|have|had|be|been|being|some|an estimated|estimated|an|a|the|for|in|rose to|fell to|climbed to|dropped to|reach|total|totals)$/iu,
};
/** Connectors at the start of the clause, removed. */
const LEADING: Record<Language, RegExp> = {
  vi: /^(?:và|với|trong đó|còn|thì|nhưng|song|cùng với|đồng thời|tuy nhiên|bên cạnh đó|theo đó|đặc biệt|riêng|ngoài ra|trong khi|đó là|nhờ đó)(?:\s|$)/iu,
  en: /^(?:and|with|while|but|of which|including|whereas|meanwhile|also)(?:\s|$)/iu,
};

/**
 * The words before a figure that name what was measured: the clause up to the figure, without period words
 * ("năm 2024"), linking verbs (đạt, là, ước đạt) and leading connectors, at most eight words. Undefined when
 * nothing is left (the figure stands after a bare verb such as "bằng 96,91% kế hoạch").
 */
export function indicatorHint(
  text: string,
  figureStart: number,
  floor: number,
  cues: readonly PeriodCue[],
  lang: Language,
): string | undefined {
  const from = Math.max(floor, figureStart - LOOKBACK, 0);
  let clauseStart = from;
  CLAUSE_END.lastIndex = from;
  for (let m = CLAUSE_END.exec(text); m && m.index < figureStart; m = CLAUSE_END.exec(text)) {
    clauseStart = m.index + m[0].length;
  }
  if (clauseStart >= figureStart) return undefined;
  let clause = '';
  let at = clauseStart;
  for (const c of cues) {
    if (c.end <= clauseStart || c.start >= figureStart) continue;
    clause += `${text.slice(at, Math.max(at, c.start))} `;
    at = Math.max(at, c.end);
  }
  if (at < figureStart) clause += text.slice(at, figureStart);
  let hint = clause.replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 6; guard++) {
    const next = hint.replace(TRAILING[lang], '').trim().replace(LEADING[lang], '').trim();
    if (next === hint) break;
    hint = next;
  }
  if (!hint || !/\p{L}/u.test(hint)) return undefined;
  const words = hint.split(' ');
  return words.length > MAX_WORDS ? words.slice(-MAX_WORDS).join(' ') : hint;
}
