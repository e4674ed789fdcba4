export { en } from './en';
export { vi } from './vi';
export type { MessageKey, Params, Translate, Translation } from './keys';
export { Language, LanguageSetting, languageOfLocale, resolveLanguage } from './language';
export { ThemeSetting, resolveTheme, type Theme } from './theme';
export { createI18n, createTranslator, RESOURCES } from './translator';
export { formatNumber } from './format-number';
export { SAME_ON_PURPOSE } from './same-on-purpose';
