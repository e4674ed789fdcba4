import type { Language } from '../model/vocab';

const VI_LETTER = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
// Scale words and units typed without diacritics (ty, trieu, nghin, dong) still say Vietnamese.
const VI_WORD = /(^|[^a-z])(ty|ti|trieu|nghin|ngan|dong|vnd|nguoi|du an|khoang|gan|hon|tren|duoi)([^a-z]|$)/i;
const EN_WORD =
  /(^|[^a-z])(thousand|million|billion|trillion|bn|mn|tn|about|around|nearly|almost|over|more than|under|less than|at least|at most|up to|percent|people|projects?)([^a-z]|$)/i;
// 28,8 or 3.985,5: a comma followed by one, two or four-plus digits is a decimal comma (three digits is ambiguous).
const VI_DECIMAL = /\d,(\d{1,2}|\d{4,})(?!\d)|\d\.\d{3},\d/;
const EN_DECIMAL = /\d\.(\d{1,2}|\d{4,})(?!\d)|\d,\d{3}\.\d/;

/**
 * The language of a figure as written when its source does not say (interchange rows, hand-typed observations):
 * Vietnamese letters or words, or a decimal comma, mean vi; English words or a decimal point mean en; else vi,
 * the language of most of Tally's sources. Callers that know the value retry the other language when this guess
 * reads the text as another number (see observation-interval.ts).
 */
export function guessLanguage(stated: string): Language {
  if (VI_LETTER.test(stated)) return 'vi';
  if (VI_DECIMAL.test(stated)) return 'vi';
  if (EN_DECIMAL.test(stated)) return 'en';
  if (VI_WORD.test(stated)) return 'vi';
  if (EN_WORD.test(stated)) return 'en';
  return 'vi';
}
