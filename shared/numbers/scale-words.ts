import type { Language } from '../model/vocab';
import { WORD_END, alternation } from './word-regex';

/** Scale words as powers of ten (domain.md, Numbers as written); compound scales listed whole. */
export const SCALE_WORDS: Record<Language, Record<string, number>> = {
  vi: {
    trăm: 2,
    nghìn: 3,
    ngàn: 3,
    triệu: 6,
    tỷ: 9,
    tỉ: 9,
    'nghìn tỷ': 12,
    'ngàn tỷ': 12,
    'nghìn tỉ': 12,
    'ngàn tỉ': 12,
    'triệu tỷ': 15,
    'triệu tỉ': 15,
  },
  en: {
    hundred: 2,
    thousand: 3,
    million: 6,
    mn: 6,
    mln: 6,
    billion: 9,
    bn: 9,
    bln: 9,
    trillion: 12,
    trln: 12,
    tn: 12,
    trn: 12,
  },
};

/**
 * Short scales written against the digits ("$1.2bn", "50k", "$5m"). "m" and "b" are a million and a billion
 * only with a currency ("$5m"); alone, "5m" is five metres and "1B" is a road name.
 */
export const ATTACHED_SCALES: Record<string, number> = { k: 3, m: 6, mn: 6, mln: 6, b: 9, bn: 9, bln: 9, tn: 12, trn: 12, trln: 12 };
export const CURRENCY_ONLY_SCALES = new Set(['m', 'b']);

/**
 * Sticky: a scale word after optional spaces. "tỷ lệ" / "tỷ trọng" (ratio, share) are words of their own,
 * not scales.
 */
export const SCALE_AFTER: Record<Language, RegExp> = {
  vi: new RegExp(`\\s*(${alternation(Object.keys(SCALE_WORDS.vi))})${WORD_END}(?!\\s+(?:lệ|trọng)${WORD_END})`, 'iuy'),
  en: new RegExp(`\\s*(${alternation(Object.keys(SCALE_WORDS.en))})${WORD_END}`, 'iuy'),
};

/** Sticky: a short scale directly against the digits. */
export const SCALE_ATTACHED = new RegExp(`(${alternation(Object.keys(ATTACHED_SCALES))})${WORD_END}`, 'iuy');
