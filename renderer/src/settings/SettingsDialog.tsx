import { useState } from 'react';
import type { LanguageSetting, ThemeSetting } from '../../../shared/i18n';
import { useAppearance, useT } from '../i18n/I18nProvider';
import { Dialog } from '../ui/Dialog';

/** Language and theme, each saved to settings.json as soon as it is chosen. */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { language, themeSetting, update } = useAppearance();
  const [error, setError] = useState<string | null>(null);
  const save = async (patch: { language?: LanguageSetting; theme?: ThemeSetting }) => {
    const e = await update(patch);
    setError(e ? t('settings.saveFailed', { error: e }) : null);
  };
  return (
    <Dialog title={t('settings.title')} onClose={onClose}>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <label className="settings-field">
        {t('settings.language')}{' '}
        <select data-autofocus value={language} onChange={(e) => void save({ language: e.target.value as LanguageSetting })}>
          <option value="system">{t('settings.system')}</option>
          <option value="vi">{t('settings.vietnamese')}</option>
          <option value="en">{t('settings.english')}</option>
        </select>
      </label>
      <label className="settings-field">
        {t('settings.theme')}{' '}
        <select value={themeSetting} onChange={(e) => void save({ theme: e.target.value as ThemeSetting })}>
          <option value="system">{t('settings.system')}</option>
          <option value="light">{t('settings.light')}</option>
          <option value="dark">{t('settings.dark')}</option>
        </select>
      </label>
    </Dialog>
  );
}
