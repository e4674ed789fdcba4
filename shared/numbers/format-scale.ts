import type { Language } from '../model/vocab';
import { SCALE_WORDS } from './scale-words';
import { WORD_END, alternation, wordKey } from './word-regex';

/** The word a reader of each language writes for a scale (powers of ten), as in `28,8 tỷ USD` or `28.8 billion`. */
const SCALE_NAMES: Record<Language, Record<number, string>> = {
  vi: { 3: 'nghìn', 6: 'triệu', 9: 'tỷ', 12: 'nghìn tỷ', 15: 'triệu tỷ' },
  en: { 3: 'thousand', 6: 'million', 9: 'billion', 12: 'trillion', 15: 'quadrillion' },
};

export const scaleName = (exp: number, lang: Language): string => SCALE_NAMES[lang][exp] ?? '';

// A scale word right after the digits; "hundred"/"trăm" never name a figure's scale. Longest words first, so
// "nghìn tỷ" wins over "nghìn".
const SCALE_IN_TEXT: Record<Language, RegExp> = {
  vi: scaleRegex('vi'),
  en: scaleRegex('en'),
};

function scaleRegex(lang: Language): RegExp {
  const words = Object.keys(SCALE_WORDS[lang]).filter((w) => SCALE_WORDS[lang][w] >= 3);
  return new RegExp(`\\d\\s*(${alternation(words)})${WORD_END}`, 'iu');
}

/**
 * The scale a figure's words give it (`gần 29 tỷ USD` → 9, `844 nghìn tỷ đồng` → 12, `$1.2bn` → 9), 0 for a
 * number written out whole (`711.464 lượt`), null when there are no words to read.
 */
export function statedScale(stated: string, lang: Language): number | null {
  if (!stated.trim()) return null;
  const m = SCALE_IN_TEXT[lang].exec(stated) ?? SCALE_IN_TEXT[lang === 'vi' ? 'en' : 'vi'].exec(stated);
  if (!m) return 0;
  const word = wordKey(m[1]);
  return SCALE_WORDS.vi[word] ?? SCALE_WORDS.en[word] ?? 0;
}

/** The scale for a value with no words: millions, billions or trillions by size; none for percentages and ranks. */
export function scaleForMagnitude(maxAbs: number, unit: string): number {
  if (unit === '%' || unit === 'rank') return 0;
  if (maxAbs >= 1e12) return 12;
  if (maxAbs >= 1e9) return 9;
  if (maxAbs >= 1e6) return 6;
  return 0;
}

/**
 * One scale for several figures, so their ranges read side by side: the scale most of their words use (ties: the
 * larger, shorter to read), else one by size. `1.030 nghìn tỷ` stays in nghìn tỷ although it passes 1e15.
 */
export function commonScale(figures: readonly { stated: string; value: number | null; language: Language }[], unit: string): number {
  const votes = new Map<number, number>();
  let maxAbs = 0;
  for (const f of figures) {
    if (f.value !== null) maxAbs = Math.max(maxAbs, Math.abs(f.value));
    const s = statedScale(f.stated, f.language);
    if (s !== null) votes.set(s, (votes.get(s) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [exp, n] of votes) if (best === null || n > votes.get(best)! || (n === votes.get(best)! && exp > best)) best = exp;
  return best ?? scaleForMagnitude(maxAbs, unit);
}
