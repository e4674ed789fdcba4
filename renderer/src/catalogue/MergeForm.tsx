import { useState, type FormEvent } from 'react';
import type { CatalogueRecord } from './catalogue-match';

/** Picks the record to merge `from` into; its aliases and observations move over in one undo step. */
export function MergeForm({
  noun,
  from,
  others,
  onMerge,
  onCancel,
}: {
  noun: string;
  from: CatalogueRecord;
  others: readonly CatalogueRecord[];
  onMerge: (intoId: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [into, setInto] = useState(others[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!into) return;
    setError(await onMerge(into));
  };
  return (
    <form className="catalogue-form" aria-label={`Merge ${from.name}`} onSubmit={(e) => void submit(e)}>
      <p>
        Merge the {noun} “{from.name}” into another: its name becomes an alias of the one kept, its aliases join it, and its
        observations are renamed. One undo step.
      </p>
      <label>
        Merge into
        <select value={into} onChange={(e) => setInto(e.target.value)} data-autofocus autoFocus>
          {others.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="catalogue-form__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!into}>
          Merge
        </button>
      </div>
    </form>
  );
}
