import { useState } from 'react';
import { useDataset } from '../state';
import { useT } from '../i18n/I18nProvider';

/**
 * What opening the dataset found, above the open dataset: "Read-only" and why (a damaged history log, a folder Tally
 * cannot write in), and other warnings (source texts that could not be read). Hidden once dismissed until the next open.
 */
export function DatasetNotices() {
  const { notices, snapshotVersion } = useDataset();
  const t = useT();
  const [dismissed, setDismissed] = useState<number | null>(null);
  if (dismissed === snapshotVersion || (notices.warnings.length === 0 && !notices.readOnly)) return null;
  return (
    <section className="app-alert dataset-notices" role="alert" aria-label={notices.readOnly ? t('status.readOnlyDataset') : t('status.datasetWarnings')}>
      {notices.readOnly && <strong>{t('status.readOnlyWhy')} </strong>}
      <ul>
        {notices.warnings.slice(0, 8).map((w, i) => (
          <li key={i}>{w}</li>
        ))}
        {notices.warnings.length > 8 && <li>{t('status.andMore', { count: notices.warnings.length - 8 })}</li>}
      </ul>
      <button type="button" className="icon-button" aria-label={t('status.dismissWarnings')} onClick={() => setDismissed(snapshotVersion)}>
        ×
      </button>
    </section>
  );
}
