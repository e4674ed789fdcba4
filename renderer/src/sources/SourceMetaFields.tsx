import { LANGUAGES } from '../../../shared/model';
import { LANGUAGE_NAMES, type SourceMetaValues } from './source-meta';

interface Props {
  values: SourceMetaValues;
  onChange: (field: keyof SourceMetaValues, value: string) => void;
}

/**
 * The labelled fields of a source's metadata, laid out on a two-column grid (title and URL span both): one form
 * for adding a source, editing one, and checking an imported article's metadata.
 */
export function SourceMetaFields({ values: v, onChange }: Props) {
  const set = (k: keyof SourceMetaValues) => (e: { target: { value: string } }) => onChange(k, e.target.value);
  return (
    <>
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
        <input type="url" value={v.url} onChange={set('url')} placeholder="https://…" />
      </label>
      <label>
        Publication date
        <input type="date" value={v.published} onChange={set('published')} />
      </label>
      <label>
        Language
        <select value={v.language} onChange={set('language')}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {LANGUAGE_NAMES[l]} ({l})
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
