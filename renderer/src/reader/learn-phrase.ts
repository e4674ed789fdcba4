import type { Language } from '../../../shared/model';
import { foldDiacritics } from '../../../shared/text/fold';

/** Change verbs and estimate words that end the words before a figure but do not name what is measured. */
const CHANGE_WORDS: Record<Language, RegExp> = {
  vi: /\s+(?:(?:ước|dự kiến|ước tính)\s+)?(?:tăng|giảm|tăng trưởng|đạt|tăng thêm|giảm thêm|giảm còn|tăng lên|giảm xuống|ước|ước tính|dự kiến|khoảng|gần|hơn|trên|dưới|vượt)$/iu,
  en: /\s+(?:rose|fell|grew|increased|decreased|declined|dropped|climbed|jumped|up|down|estimated|expected|projected|about|around|nearly|almost|over|more than|under|less than)$/i,
};
/** Where a name of the entity begins inside the phrase ("kim ngạch xuất khẩu của tỉnh Thái Nguyên"). */
const OF_WORD: Record<Language, RegExp> = { vi: /\s+(?:của|tại|ở)\s/iu, en: /\s+(?:of|in|at)\s/i };
const MIN_LETTERS = 3;
const MAX_WORDS = 8;

/**
 * The key phrase of a figure's clause that Tally offers to remember as an indicator alias: the noun phrase before
 * the number (the extraction's indicator hint), without trailing change verbs and qualifier cues ("xuất khẩu tăng"
 * → "xuất khẩu") and without the place it is about ("… của tỉnh Thái Nguyên", any of `entityNames` → cut there).
 * Null when nothing that can name an indicator is left.
 */
export function learnablePhrase(hint: string | undefined, lang: Language, entityNames: readonly string[]): string | null {
  let p = ` ${(hint ?? '').replace(/\s+/g, ' ').trim()}`;
  for (let before = ''; before !== p; ) {
    before = p;
    p = p.replace(CHANGE_WORDS[lang], '');
  }
  const of = p.search(OF_WORD[lang]);
  if (of > 0) p = p.slice(0, of);
  p = p.trim();
  for (const name of entityNames) {
    // Folding keeps an NFC text's length, so offsets in the folded text are offsets in p.
    const n = foldDiacritics(name.trim());
    const at = n ? foldDiacritics(p).indexOf(n) : -1;
    if (at === 0) p = p.slice(n.length).trim();
    else if (at > 0) p = p.slice(0, at);
  }
  const phrase = p.replace(/[\s,.;:–—-]+$/u, '').trim();
  const letters = phrase.replace(/[^\p{L}]/gu, '').length;
  if (letters < MIN_LETTERS || phrase.split(' ').length > MAX_WORDS) return null;
  return phrase;
}

/** Capitalised words that open a sentence without being a name ("Năm 2023, Bắc Ninh …", "In 2023 Vietnam …"). */
const OPENERS = new Set(['năm', 'trong', 'theo', 'tính', 'riêng', 'tại', 'với', 'ở', 'đến', 'từ', 'cả', 'the', 'in', 'at', 'by', 'for', 'as', 'last', 'this']);
/** A run of capitalised words ("Bắc Giang", "Bà Rịa - Vũng Tàu") or an upper-case abbreviation ("TP.HCM"). */
const NAME_RUN = /\p{Lu}[\p{L}\p{M}.]*(?:(?:\s+|\s*-\s*)\p{Lu}[\p{L}\p{M}.]*)*/gu;

/**
 * The key phrase of a clause that Tally offers to remember as an entity alias: the last name before the figure, a
 * run of capitalised words (a place or body is written so in both languages), without a sentence opener such as
 * "Năm" or "Theo". A single capitalised word counts only when it is not the clause's first (which any sentence has).
 */
export function entityPhrase(before: string): string | null {
  let last: string | null = null;
  for (const m of before.matchAll(NAME_RUN)) {
    let words = m[0].split(/\s+/);
    const atStart = before.slice(0, m.index).trim() === '';
    if (words.length > 1 && OPENERS.has(words[0].toLowerCase())) words = words.slice(1);
    else if (atStart && words.length === 1) continue;
    const phrase = words.join(' ').replace(/[.\s-]+$/u, '');
    if (phrase.replace(/[^\p{L}]/gu, '').length >= 2) last = phrase;
  }
  return last;
}
