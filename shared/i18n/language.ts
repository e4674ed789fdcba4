import { z } from 'zod';

/** The interface languages; 'system' follows the operating system's (or browser's) language. */
export const Language = z.enum(['vi', 'en']);
export type Language = z.infer<typeof Language>;
export const LanguageSetting = z.enum(['system', 'vi', 'en']);
export type LanguageSetting = z.infer<typeof LanguageSetting>;

/** Vietnamese where the system locale is Vietnamese ("vi", "vi-VN"), English everywhere else. */
export function languageOfLocale(locale: string | null | undefined): Language {
  return locale && /^vi(?:[-_]|$)/i.test(locale.trim()) ? 'vi' : 'en';
}

/** The language to show: the chosen one, or the system's when the setting is 'system'. */
export function resolveLanguage(setting: LanguageSetting, systemLocale: string | null | undefined): Language {
  return setting === 'system' ? languageOfLocale(systemLocale) : setting;
}
