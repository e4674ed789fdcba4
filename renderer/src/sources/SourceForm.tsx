import { useId, useState, type FormEvent } from 'react';
import { LANGUAGES, SourceMeta, type Language } from '../../../shared/model';

export interface SourceFormValues {
  title: string;
  publisher: string;
  author: string;
  url: string;
  published: string;
  language: Language;
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
    const meta = SourceMeta.safeParse({
      title: v.title,
      publisher: v.publisher.trim(),
      author: v.author.trim(),
      url: v.url.trim(),
      published: v.published,
      language: v.language,
    });
    if (!meta.success) {
      const i = meta.error.issues[0];
      return setError(`${fieldName(String(i?.path[0] ?? ''))}: ${i?.message ?? 'invalid'}`);
    }
    if (withText && !v.text.trim()) return setError('Text: paste the article text');
    setBusy(true);
    const message = await onSubmit(meta.data, v.text);
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
        <label className="span-2">
          Title
          <input value={v.title} onChange={set('title')} required />
        </label>
        <label>
          Publisher
          <input value={v.publisher} onChange={set('publisher')} />
        </label>
        <label>
          Author
          <input value={v.author} onChange={set('author')} />
        </label>
        <label className="span-2">
          URL
          <input value={v.url} onChange={set('url')} type="url" placeholder="https://…" />
        </label>
        <label>
          Publication date
          <input value={v.published} onChange={set('published')} type="date" />
        </label>
        <label>
          Language
          <select value={v.language} onChange={set('language')}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'vi' ? 'Vietnamese (vi)' : 'English (en)'}
              </option>
            ))}
          </select>
        </label>
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

function fieldName(key: string): string {
  const names: Record<string, string> = { title: 'Title', url: 'URL', published: 'Publication date', language: 'Language' };
  return names[key] ?? key;
}
