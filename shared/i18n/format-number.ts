import type { Language } from './language';

const LOCALES: Record<Language, string> = { en: 'en-US', vi: 'vi-VN' };

/**
 * A figure as the chosen language writes it: 28.8 in English, 28,8 in Vietnamese.
 * No grouping, so the shown text parses back as the same number (the grid's parser accepts both marks).
 */
export function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(LOCALES[lang], { useGrouping: false, maximumFractionDigits: 20 }).format(n);
}
