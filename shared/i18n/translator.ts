import { createInstance, type i18n } from 'i18next';
import { en } from './en';
import type { Language } from './language';
import type { MessageKey, Params, Translate } from './keys';
import { vi } from './vi';

export const RESOURCES = { en: { translation: en }, vi: { translation: vi } } as const;

/** A synchronous i18next instance with both languages loaded (the messages are bundled, nothing to fetch). */
export function createI18n(lang: Language): i18n {
  const instance = createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    resources: RESOURCES,
    initAsync: false,
    // React and the terminal escape for themselves; HTML escaping here would show "&amp;" in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** t() for code outside React: the CLI, the Electron menu, messages the backend shows to a person. */
export function createTranslator(lang: Language): Translate {
  const instance = createI18n(lang);
  return (key: MessageKey, params?: Params) => instance.t(key, params ?? {}) as string;
}
