import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/contract';
import { createI18n, resolveLanguage, resolveTheme, type Language, type LanguageSetting, type MessageKey, type Params, type Theme, type Translate, type ThemeSetting } from '../../../shared/i18n';
import { api } from '../api/client';
import { errorText } from '../state/open-dataset';

interface Appearance {
  /** The language shown and the chosen setting. */
  lang: Language;
  language: LanguageSetting;
  theme: Theme;
  themeSetting: ThemeSetting;
  /** Saves a language or theme choice (settings.json) and applies it once saved; resolves to an error text or null. */
  update: (patch: { language?: LanguageSetting; theme?: ThemeSetting }) => Promise<string | null>;
}

const AppearanceContext = createContext<Appearance | null>(null);

function usePrefersDark(): boolean {
  const query = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => window.matchMedia?.(query).matches ?? false);
  useEffect(() => {
    const m = window.matchMedia?.(query);
    if (!m) return;
    const on = () => setDark(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return dark;
}

/**
 * The interface language and theme: read from the settings (app-info), 'system' following the OS locale
 * (Electron) or navigator.language (browser) and prefers-color-scheme. <html lang> and data-theme follow.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Pick<Settings, 'language' | 'theme'>>({ language: 'system', theme: 'system' });
  const [systemLocale, setSystemLocale] = useState<string | null>(null);
  const prefersDark = usePrefersDark();

  useEffect(() => {
    void api['app-info']({}).then((r) => {
      if (!r.ok) return;
      setSettings({ language: r.data.settings.language, theme: r.data.settings.theme });
      setSystemLocale(r.data.systemLocale);
    });
  }, []);

  const lang = resolveLanguage(settings.language, systemLocale ?? navigator.language);
  const theme = resolveTheme(settings.theme, prefersDark);
  const i18n = useMemo(() => createI18n(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    // ag-grid's theme modes (see theme/grid-theme.ts).
    document.documentElement.dataset.agThemeMode = theme;
  }, [theme]);

  const update = useCallback(async (patch: { language?: LanguageSetting; theme?: ThemeSetting }) => {
    const r = await api['settings-update'](patch);
    if (!r.ok) return errorText(r.error);
    setSettings({ language: r.data.language, theme: r.data.theme });
    return null;
  }, []);

  const appearance = useMemo(
    () => ({ lang, language: settings.language, theme, themeSetting: settings.theme, update }),
    [lang, settings.language, theme, settings.theme, update],
  );
  return (
    <AppearanceContext.Provider value={appearance}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </AppearanceContext.Provider>
  );
}

export function useAppearance(): Appearance {
  const a = useContext(AppearanceContext);
  if (!a) throw new Error('useAppearance outside I18nProvider');
  return a;
}

/** t() for components, with the keys type-checked against the English messages. */
export function useT(): Translate {
  const { t } = useTranslation();
  return useCallback((key: MessageKey, params?: Params) => t(key, params ?? {}) as string, [t]);
}
