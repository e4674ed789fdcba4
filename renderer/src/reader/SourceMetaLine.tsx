import type { Source } from '../../../shared/model';
import { LANGUAGE_NAMES } from '../sources/source-meta';

/** The reader's line under the source picker: publisher, author, date, language, link, and quotes gone missing. */
export function SourceMetaLine({ source, orphaned }: { source: Source; orphaned: number }) {
  const web = /^https?:\/\//i.test(source.url);
  const parts = [source.publisher, source.author, source.published, LANGUAGE_NAMES[source.language]].filter(Boolean);
  return (
    <p className="reader-meta">
      <span>{parts.join(' · ')}</span>
      {web && (
        <>
          {' · '}
          <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.url}>
            link
          </a>
        </>
      )}
      {orphaned > 0 && (
        <span className="reader-meta__orphans">
          {' · '}⚠ {orphaned === 1 ? '1 quote' : `${orphaned} quotes`} not found in the current text
        </span>
      )}
    </p>
  );
}
