import { useDataset, useUi } from '../state';
import { GroupCounts } from './GroupCounts';
import './status-line.css';

const fmt = new Intl.NumberFormat('en');

/** Dataset name, counts and the save indicator: "Saved" appears only once every write has returned ok. */
export function StatusLine() {
  const { doc, save, orphanedIds, notices, notice, dismissNotice } = useDataset();
  const { shownCount } = useUi();
  if (!doc) return null;
  const total = doc.observations.length;
  return (
    <footer className="status-line">
      <span className="status-line__name">{doc.meta.name}</span>
      {notices.readOnly && <span className="status-line__warn">Read-only</span>}
      <span>{fmt.format(total)} observations</span>
      <span>{fmt.format(doc.sources.length)} sources</span>
      {shownCount !== null && shownCount !== total && <span>{fmt.format(shownCount)} shown</span>}
      {orphanedIds.size > 0 && <span className="status-line__warn">{orphanedIds.size} orphaned citations</span>}
      <GroupCounts />
      <span className="status-line__spacer" />
      {notice && (
        <span role="alert" className="status-line__notice">
          {notice}
          <button type="button" className="status-line__dismiss" aria-label="Dismiss notice" onClick={dismissNotice}>
            ×
          </button>
        </span>
      )}
      <span role="status" aria-label="Save state" className={`save-state save-state--${save.kind}`}>
        {save.kind === 'saving' ? 'Saving…' : save.kind === 'saved' ? 'Saved' : save.kind === 'error' ? save.message : ''}
      </span>
    </footer>
  );
}
