import type { Language } from '../model/vocab';

/**
 * Estimate markers (domain.md, Qualifiers): "ước", "ước tính", "dự kiến", estimated, expected, projected, and
 * (our addition) "dự báo", forecast. "ước" inside other words is left out: "hiệp ước" (treaty), "ước mơ" (dream).
 * "than expected", "as expected" compare with an expectation and mark nothing.
 */
const MARKER: Record<Language, RegExp> = {
  vi: /(?<![\p{L}\p{N}])(?<!(?:hiệp|công|quy|điều|giao|mơ|khế|thề|hẹn|tiết|phụ)\s)(?:ước(?!\s+(?:mơ|muốn|nguyện|vọng|mong|ao|hẹn|thúc|lệ|số)(?![\p{L}]))|dự\s+kiến|dự\s+báo)(?![\p{L}\p{N}])/iu,
  en: /(?<![\p{L}\p{N}])(?<!(?:than|as)\s)(?:estimated|expected|projected|forecast|forecasted|est\.)(?![\p{L}\p{N}])/iu,
};

/** Words after a comma that carry the clause on ("ước đạt 405 tỷ USD, tăng 14%"), rather than start a new one. */
const CONTINUES: Record<Language, RegExp> = {
  vi: /^,\s*(?:tăng|giảm|bằng|chiếm|tương\s+đương|gấp|đạt|vượt|cao\s+hơn|thấp\s+hơn)(?![\p{L}])/iu,
  en: /^,\s*(?:up|down|rising|falling|increasing|decreasing|growing|equal|equivalent|accounting|or|an?\s+(?:increase|decrease|rise|drop|fall|decline|gain|jump))(?![\p{L}])/iu,
};
/** Marks that end a clause, and conjunctions that open another: the clause starts after the last one (group 1's end). */
const HARD_BOUNDARY: Record<Language, RegExp> = {
  vi: /(?:[;:\n\r]|[.!?](?=\s)|(?<![\p{L}])(?:trong\s+khi|nhưng|song|tuy\s+nhiên|ngược\s+lại)(?![\p{L}]))/giu,
  en: /(?:[;:\n\r]|[.!?](?=\s)|(?<![\p{L}])(?:while|whereas|but|however|although)(?![\p{L}]))/giu,
};
const REACH = 240;

/** Dates and years, which an introductory phrase may hold ("Dự kiến năm 2025,"): not figures of a clause. */
const TIME_NUMBERS = /\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|\d{1,2}[/-]\d{4}|(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const statesFigure = (words: string) => /\d/.test(words.replace(TIME_NUMBERS, ''));

/**
 * Where the clause holding position `at` begins: after the last sentence mark, ";", ":", line break or
 * clause-opening conjunction within REACH characters, and then after the last comma that both closes words stating
 * a figure and opens a new clause. A comma after an introductory phrase ("Dự kiến năm 2025, GRDP tăng 8%") or before
 * words that carry the clause on (", tăng 14%") keeps the clause going.
 */
export function clauseStart(text: string, at: number, lang: Language): number {
  const floor = Math.max(0, at - REACH);
  const window = text.slice(floor, at);
  let hard = 0;
  const re = HARD_BOUNDARY[lang];
  re.lastIndex = 0;
  for (let m = re.exec(window); m; m = re.exec(window)) hard = m.index + m[0].length;
  let start = hard;
  // Commas after the last hard boundary, earliest first: each closes a clause when the words before it state a figure.
  for (let i = window.indexOf(',', hard); i >= 0; i = window.indexOf(',', i + 1)) {
    const next = window.charCodeAt(i + 1);
    if (!(next === 32 || next === 9 || next === 0xa0 || Number.isNaN(next))) continue; // 17,75: a decimal comma
    if (CONTINUES[lang].test(text.slice(floor + i, floor + i + 24))) continue;
    if (statesFigure(window.slice(start, i))) start = i + 1;
  }
  return floor + start;
}

/** A cheap look for a marker's letters, so that most figures skip finding their clause (extraction is a hot path). */
const MAYBE_MARKER: Record<Language, RegExp> = {
  vi: /ước|Ước|ƯỚC|[Dd]ự\s+(?:kiến|báo)/,
  en: /[Ee]xpect|[Ee]stimat|[Pp]roject|[Ff]orecast|[Ee]st\./,
};

/** Whether an estimate marker stands earlier in the clause of a figure starting at `figStart`: it is then approx. */
export function estimatedInClause(text: string, figStart: number, lang: Language): boolean {
  if (!MAYBE_MARKER[lang].test(text.slice(Math.max(0, figStart - REACH), figStart))) return false;
  return MARKER[lang].test(text.slice(clauseStart(text, figStart, lang), figStart));
}
