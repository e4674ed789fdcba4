import { useState } from 'react';
import { useDataset } from '../state';

/**
 * What opening the dataset found, above the open dataset: "Read-only" and why (a damaged history log, a folder Tally
 * cannot write in), and other warnings (source texts that could not be read). Hidden once dismissed until the next open.
 */
export function DatasetNotices() {
  const { notices, snapshotVersion } = useDataset();
  const [dismissed, setDismissed] = useState<number | null>(null);
  if (dismissed === snapshotVersion || (notices.warnings.length === 0 && !notices.readOnly)) return null;
  return (
    <section className="app-alert dataset-notices" role="alert" aria-label={notices.readOnly ? 'Read-only dataset' : 'Dataset warnings'}>
      {notices.readOnly && <strong>Read-only: edits are refused and nothing in the folder is written. </strong>}
      <ul>
        {notices.warnings.slice(0, 8).map((w, i) => (
          <li key={i}>{w}</li>
        ))}
        {notices.warnings.length > 8 && <li>and {notices.warnings.length - 8} more</li>}
      </ul>
      <button type="button" className="icon-button" aria-label="Dismiss dataset warnings" onClick={() => setDismissed(snapshotVersion)}>
        ×
      </button>
    </section>
  );
}
