import { useDataset, useUi } from '../state';
import { GroupCounts } from './GroupCounts';
import './status-line.css';
import { useT } from '../i18n/I18nProvider';


/** Dataset name, counts and the save indicator: "Saved" appears only once every write has returned ok. */
export function StatusLine() {
  const { doc, save, orphanedIds, notices, notice, dismissNotice } = useDataset();
  const { shownCount } = useUi();
  const t = useT();
  if (!doc) return null;
  const total = doc.observations.length;
  return (
    <footer className="status-line">
      <span className="status-line__name">{doc.meta.name}</span>
      {notices.readOnly && <span className="status-line__warn">{t('status.readOnly')}</span>}
      <span>{t('status.observations', { count: total })}</span>
      <span>{t('status.sources', { count: doc.sources.length })}</span>
      {shownCount !== null && shownCount !== total && <span>{t('status.shown', { count: shownCount })}</span>}
      {orphanedIds.size > 0 && <span className="status-line__warn">{t('status.orphaned', { count: orphanedIds.size })}</span>}
      <GroupCounts />
      <span className="status-line__spacer" />
      {notice && (
        <span role="alert" className="status-line__notice">
          {notice}
          <button type="button" className="status-line__dismiss" aria-label={t('status.dismissNotice')} onClick={dismissNotice}>
            ×
          </button>
        </span>
      )}
      <span role="status" aria-label={t('status.saveState')} className={`save-state save-state--${save.kind}`}>
        {save.kind === 'saving' ? t('status.saving') : save.kind === 'saved' ? t('status.saved') : save.kind === 'error' ? save.message : ''}
      </span>
    </footer>
  );
}
