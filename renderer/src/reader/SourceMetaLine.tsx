import type { Source } from '../../../shared/model';
import { LANGUAGE_NAMES } from '../sources/source-meta';
import { SourceLink } from '../sources/SourceLink';

/** The reader's line under the source picker: publisher, author, date, language, link, and quotes gone missing. */
export function SourceMetaLine({ source, orphaned }: { source: Source; orphaned: number }) {
  const parts = [source.publisher, source.author, source.published, LANGUAGE_NAMES[source.language]].filter(Boolean);
  return (
    <p className="reader-meta">
      <span>{parts.join(' · ')}</span>
      {source.url && (
        <>
          {' · '}
          <SourceLink url={source.url} />
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
