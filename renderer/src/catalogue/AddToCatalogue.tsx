import { useState } from 'react';
import type { Observation } from '../../../shared/model';
import { errorText, useDataset } from '../state';
import { findRecord } from './catalogue-match';

/**
 * "Add to catalogue" for the selected row's entity and indicator when the catalogue does not know them: names
 * outside it are allowed, and this is how they join it. A new indicator takes the row's unit as its unit.
 */
export function AddToCatalogue({ row, onMessage }: { row: Observation | undefined; onMessage: (text: string, error: boolean) => void }) {
  const { doc, run } = useDataset();
  const [busy, setBusy] = useState(false);
  if (!row || !doc) return null;
  const entity = row.entity.trim();
  const indicator = row.indicator.trim();
  const newEntity = entity && !findRecord(doc.entities, entity) ? entity : null;
  const newIndicator = indicator && !findRecord(doc.indicators, indicator) ? indicator : null;
  if (!newEntity && !newIndicator) return null;

  const add = async (what: 'entity' | 'indicator', name: string) => {
    setBusy(true);
    const r =
      what === 'entity'
        ? await run('catalogue-save-entity', { name, kind: '', aliases: [] })
        : await run('catalogue-save-indicator', { name, unit: row.unit.trim(), definition: '', aliases: [] });
    setBusy(false);
    onMessage(r.ok ? `Added the ${what} “${name}” to the catalogue.` : `Not added to the catalogue: ${errorText(r.error)}`, !r.ok);
  };

  return (
    <>
      {newEntity && (
        <button type="button" disabled={busy} onClick={() => void add('entity', newEntity)} title="This entity is not in the catalogue yet">
          Add entity “{newEntity}” to catalogue
        </button>
      )}
      {newIndicator && (
        <button type="button" disabled={busy} onClick={() => void add('indicator', newIndicator)} title="This indicator is not in the catalogue yet">
          Add indicator “{newIndicator}” to catalogue
        </button>
      )}
    </>
  );
}
