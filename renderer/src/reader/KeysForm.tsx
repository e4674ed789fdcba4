import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Entity, Indicator, Observation, ObservationPatch } from '../../../shared/model';
import { CatalogueCombobox } from '../catalogue/CatalogueCombobox';
import { parsePeriodInput } from '../grid/cell-values';

/**
 * Edits a row's three group keys in place, in the reader: entity and indicator complete from the catalogue.
 * Enter saves, Escape cancels; either way the caller gives the keyboard back to the reader. `onSave` returns an
 * error line or null.
 */
export function KeysForm({
  row,
  entities,
  indicators,
  onSave,
  onCancel,
}: {
  row: Observation;
  entities: readonly Entity[];
  indicators: readonly Indicator[];
  onSave: (patch: ObservationPatch) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [entity, setEntity] = useState(row.entity);
  const [indicator, setIndicator] = useState(row.indicator);
  const [period, setPeriod] = useState(row.period);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const p = parsePeriodInput(period);
    if (!p.ok) return setError(p.message);
    const patch: ObservationPatch = {};
    if (entity.trim() !== row.entity) patch.entity = entity.trim();
    if (indicator.trim() !== row.indicator) patch.indicator = indicator.trim();
    if (p.value !== row.period) patch.period = p.value;
    if (Object.keys(patch).length === 0) return onCancel();
    setBusy(true);
    const err = await onSave(patch);
    setBusy(false);
    setError(err);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };

  return (
    <form className="keys-form" aria-label="Edit keys of the new observation" onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <CatalogueCombobox label="Entity" value={entity} onChange={setEntity} records={entities} autoFocus={!row.entity} />
      <CatalogueCombobox label="Indicator" value={indicator} onChange={setIndicator} records={indicators} autoFocus={!!row.entity && !row.indicator} />
      <label>
        Period
        <input value={period} onChange={(e) => setPeriod(e.target.value)} placeholder="2023, 2024-H1, 2024-12…" autoFocus={!!row.entity && !!row.indicator} />
      </label>
      <div className="keys-form__actions">
        <button type="submit" className="primary" disabled={busy}>
          Save keys
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="error-text keys-form__error">
          {error}
        </p>
      )}
      <p className="muted small keys-form__hint">Enter saves and returns to the reader · Esc cancels</p>
    </form>
  );
}
