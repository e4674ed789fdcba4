import type { Language } from '../model/vocab';
import type { PeriodCue } from '../periods/period-cues';
import { partitionPoint } from '../search/partition-point';

/** Marks that end the clause naming a figure: "…2024 đạt 6,5%; thu ngân sách ước đạt 19.680 tỷ đồng". */
const CLAUSE_END = /[;:!?()[\]\n\r,“”"«»|•]|\.(?=\s)|\s[-–—]\s/g;
const LOOKBACK = 140;
const MAX_WORDS = 8;

const phrases = (list: string) => new Set(list.split('|'));
/** Verbs and fillers between an indicator's name and its figure, removed from the end of the hint. */
const TRAILING: Record<Language, Set<string>> = {
  vi: phrases(
    'đạt|là|ước|ước đạt|ước tính|ước tính đạt|có|còn|chỉ còn|được|đạt được|bằng|với|của|lên|lên tới|lên đến|tới|đến|' +
      'xuống|xuống còn|chiếm|ở mức|mức|vào khoảng|thêm|hiện|hiện có|vẫn|đã|sẽ|cũng|chỉ|tổng cộng|trong|tại|khoảng|cả|' +
      'khi|thì|gồm|cho|ra|về|từ|dự kiến|mới|đều|tương đương|đứng|xếp|xếp hạng|giữ|duy trì|đạt mức|vị trí|' +
      // Verbs of change say how it moved, not what it is ("ước tăng 17,75%"): never a hint of their own.
      'tăng|giảm|tăng thêm|giảm đi|tăng lên|giảm xuống|ước tăng|ước giảm|tăng trưởng|tăng khoảng|giảm khoảng',
  ),
  en: phrases(
    'reached|reaching|was|were|is|are|stood at|stands at|stood|totalled|totaled|totalling|totaling|amounted to|' +
      'amounting to|hit|came to|at|of|to|by|with|has|have|had|be|been|being|an|a|the|for|in|rose to|fell to|' +
      'climbed to|dropped to|reach|total|totals|some|' +
      'rose|rise|rises|fell|fall|falls|grew|grow|grows|gained|dropped|declined|increased|decreased|climbed|jumped|' +
      'slipped|surged|dipped|up|down|by about|about|around|nearly',
  ),
};
/** Connectors at the start of the clause, removed. */
const LEADING: Record<Language, Set<string>> = {
  vi: phrases('và|với|trong đó|còn|thì|nhưng|song|cùng với|đồng thời|tuy nhiên|bên cạnh đó|theo đó|đặc biệt|riêng|ngoài ra|trong khi|đó là|nhờ đó|cả năm|năm nay|cùng kỳ'),
  en: phrases('and|with|while|but|of which|including|whereas|meanwhile|also'),
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
  for (let i = partitionPoint(cues, (c) => c.end <= clauseStart); i < cues.length && cues[i].start < figureStart; i++) {
    const c = cues[i];
    clause += `${text.slice(at, Math.max(at, c.start))} `;
    at = Math.max(at, c.end);
  }
  if (at < figureStart) clause += text.slice(at, figureStart);
  const words = clause.split(/\s+/).filter(Boolean);
  const trailing = TRAILING[lang];
  const leading = LEADING[lang];
  const lower = (i: number, n: number) => words.slice(i, i + n).join(' ').toLowerCase();
  for (let changed = true; changed && words.length; ) {
    const n = words.length;
    if (n >= 2 && trailing.has(lower(n - 2, 2))) words.length = n - 2;
    else if (trailing.has(lower(n - 1, 1))) words.length = n - 1;
    else if (n >= 2 && leading.has(lower(0, 2))) words.splice(0, 2);
    else if (leading.has(lower(0, 1))) words.splice(0, 1);
    changed = words.length !== n;
  }
  if (words.length === 0 || !words.some((w) => /\p{L}/u.test(w))) return undefined;
  return (words.length > MAX_WORDS ? words.slice(-MAX_WORDS) : words).join(' ');
}
