import { foldDiacritics } from '../text/fold';

/** Letters, digits and their marks: the words a name or alias is made of. */
export const TERM_WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The form in which two names or aliases are the same: case and Vietnamese diacritics folded, punctuation and
 * spacing ignored ("Bà Rịa - Vũng Tàu" = "ba ria vung tau"). One rule for matching in text and for duplicates.
 */
export function termWords(term: string): string[] {
  return foldDiacritics(term).match(TERM_WORD) ?? [];
}

export function termKey(term: string): string {
  return termWords(term).join(' ');
}
