import type { Language } from '../model/vocab';
import { foldDiacritics } from '../text/fold';

const SAMPLE = 20_000;

/** Letters that only Vietnamese (among vi and en) writes: ă â đ ê ô ơ ư and the toned vowels, precomposed. */
const VI_LETTER =
  /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/giu;
/** Combining tone and vowel marks, for text stored with decomposed (NFD) diacritics. */
const COMBINING = /[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]/gu;
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

const EN_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'on', 'by', 'as', 'are', 'from', 'this', 'its', 'has', 'were', 'which', 'said']);
/** Common Vietnamese words with diacritics folded away, so they count however they were typed. */
const VI_WORDS = new Set(['cua', 'va', 'cac', 'nhung', 'duoc', 'trong', 'khong', 'nguoi', 'voi', 'nam', 'la', 'co', 'mot', 'cho', 'tinh', 'dat', 'tang', 'nay', 'da', 'se', 'theo', 'nhieu']);
/** Share of marked letters that only Vietnamese reaches; running Vietnamese text is at 20–35%. */
const SURELY_VI = 0.08;

/**
 * vi or en from the first ~20k characters. Plenty of Vietnamese diacritics decide at once; otherwise common
 * words are counted (English against Vietnamese, diacritics folded), so an English story naming "Thái Nguyên"
 * stays English and Vietnamese typed without diacritics is still Vietnamese. Text with no letters is taken as
 * vi, Tally's usual material. Always editable by the curator.
 */
export function guessLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE);
  const letters = count(sample, LETTER);
  if (letters === 0) return 'vi';
  const marked = count(sample, VI_LETTER) + count(sample, COMBINING);
  if (marked / letters >= SURELY_VI) return 'vi';
  let en = 0;
  let vi = 0;
  for (const m of foldDiacritics(sample).matchAll(WORD)) {
    if (EN_WORDS.has(m[0])) en++;
    else if (VI_WORDS.has(m[0])) vi++;
  }
  if (en !== vi) return vi > en ? 'vi' : 'en';
  return marked / letters > 0.02 ? 'vi' : 'en';
}

function count(s: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
}
