import { useState, type FormEvent } from 'react';
import type { CatalogueRecord } from './catalogue-match';

export type Collection = 'entities' | 'indicators';

/** What the form edits: both kinds of record, the fields of the other kind left empty. */
export interface RecordDraft {
  id?: string;
  name: string;
  kind: string;
  unit: string;
  definition: string;
  aliases: string[];
}

export function draftOf(r: CatalogueRecord | null): RecordDraft {
  if (!r) return { name: '', kind: '', unit: '', definition: '', aliases: [] };
  return {
    id: r.id,
    name: r.name,
    kind: 'kind' in r ? r.kind : '',
    unit: 'unit' in r ? r.unit : '',
    definition: 'definition' in r ? r.definition : '',
    aliases: [...r.aliases],
  };
}

const LABEL: Record<Collection, string> = { entities: 'entity', indicators: 'indicator' };

/**
 * Adds or edits one catalogue record: name, kind (entity) or unit and definition (indicator), and its aliases,
 * added and removed in the form and saved together as one change. `onSave` returns an error line or null.
 */
export function RecordForm({
  collection,
  initial,
  onSave,
  onCancel,
}: {
  collection: Collection;
  initial: RecordDraft;
  onSave: (d: RecordDraft) => Promise<string | null>;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [alias, setAlias] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const what = LABEL[collection];
  const set = (patch: Partial<RecordDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const addAlias = () => {
    const a = alias.trim();
    if (!a) return;
    if (draft.aliases.some((x) => x.toLowerCase() === a.toLowerCase())) return setError(`“${a}” is already an alias of this ${what}`);
    set({ aliases: [...draft.aliases, a] });
    setAlias('');
    setError(null);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!draft.name.trim()) return setError(`The ${what} needs a name`);
    setBusy(true);
    const err = await onSave(draft);
    setBusy(false);
    setError(err);
  };

  return (
    <form className="catalogue-form" aria-label={initial.id ? `Edit ${what} ${initial.name}` : `New ${what}`} onSubmit={(e) => void submit(e)}>
      <div className="catalogue-form__grid">
        <label>
          Name
          <input value={draft.name} onChange={(e) => set({ name: e.target.value })} data-autofocus autoFocus required maxLength={200} />
        </label>
        {collection === 'entities' ? (
          <label>
            Kind
            <input value={draft.kind} onChange={(e) => set({ kind: e.target.value })} placeholder="province, country, region…" maxLength={100} />
          </label>
        ) : (
          <>
            <label>
              Unit
              <input value={draft.unit} onChange={(e) => set({ unit: e.target.value })} placeholder="USD, %, project…" maxLength={50} />
            </label>
            <label className="span-2">
              Definition
              <input value={draft.definition} onChange={(e) => set({ definition: e.target.value })} maxLength={2000} />
            </label>
          </>
        )}
      </div>
      <fieldset className="catalogue-form__aliases">
        <legend>Aliases</legend>
        {draft.aliases.length === 0 ? (
          <p className="muted small">No aliases yet.</p>
        ) : (
          <ul className="alias-chips" aria-label="Aliases">
            {draft.aliases.map((a) => (
              <li key={a} className="alias-chip">
                {a}
                <button type="button" className="icon-button" aria-label={`Remove alias ${a}`} onClick={() => set({ aliases: draft.aliases.filter((x) => x !== a) })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="inline-form">
          <label>
            New alias
            <input
              value={alias}
              onChange={(e) => setAlias(e.target.value)}
              maxLength={200}
              onKeyDown={(e) => {
                // Enter in this field adds the alias rather than saving the whole form.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addAlias();
                }
              }}
            />
          </label>
          <button type="button" onClick={addAlias} disabled={!alias.trim()}>
            Add alias
          </button>
        </div>
      </fieldset>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="catalogue-form__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {initial.id ? 'Save' : `Add ${what}`}
        </button>
      </div>
    </form>
  );
}
