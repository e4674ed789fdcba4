// Placeholder: replaced by issue 3 work (reader of the selected source, figure highlights, "show in source").
import { useDataset, useUi } from '../state';

export function ReaderPane() {
  const { lookups } = useDataset();
  const { readerSourceId } = useUi();
  const source = readerSourceId ? lookups?.sourcesById.get(readerSourceId) : undefined;
  return (
    <section className="reader-pane" aria-label="Reader">
      <h2>Reader</h2>
      <p className="muted">{source ? source.title : 'Select a row with a source to read it here.'}</p>
    </section>
  );
}
