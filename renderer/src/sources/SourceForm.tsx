import { useId, useState, type FormEvent } from 'react';
import type { SourceMeta } from '../../../shared/model';
import { checkSourceMeta, type SourceMetaValues } from './source-meta';
import { SourceMetaFields } from './SourceMetaFields';

export interface SourceFormValues extends SourceMetaValues {
  text: string;
}

export const EMPTY_SOURCE: SourceFormValues = { title: '', publisher: '', author: '', url: '', published: '', language: 'vi', text: '' };

interface Props {
  initial: SourceFormValues;
  /** Adding asks for the text; editing changes metadata only (the stored text is frozen). */
  withText: boolean;
  submitLabel: string;
  /** Returns an error message to show, or null when done. */
  onSubmit: (meta: SourceMeta, text: string) => Promise<string | null>;
  onCancel: () => void;
}

/** The fields of a source, each with its label; checked with the model's own schema before anything is sent. */
export function SourceForm({ initial, withText, submitLabel, onSubmit, onCancel }: Props) {
  const [v, setV] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formId = useId();
  const set = (k: keyof SourceFormValues) => (e: { target: { value: string } }) => setV((prev) => ({ ...prev, [k]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const meta = checkSourceMeta(v);
    if (!meta.ok) return setError(meta.message);
    if (withText && !v.text.trim()) return setError('Text: paste the article text');
    setBusy(true);
    const message = await onSubmit(meta.meta, v.text);
    setBusy(false);
    setError(message);
  };

  return (
    <form className="source-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${formId}-legend`}>
      <p id={`${formId}-legend`} className="source-form__legend">
        {withText ? 'New source' : `Edit “${initial.title}”`}
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      <div className="source-form__grid">
        <SourceMetaFields values={v} onChange={(k, value) => setV((prev) => ({ ...prev, [k]: value }))} />
        {withText && (
          <label className="span-2">
            Text
            <textarea value={v.text} onChange={set('text')} rows={10} placeholder="Paste the article text here" />
          </label>
        )}
      </div>
      <div className="source-form__actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}

