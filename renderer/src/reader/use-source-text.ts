import { useEffect, useState } from 'react';
import { currentVersion, type Source } from '../../../shared/model';
import { useDataset } from '../state';

// Frozen texts never change under one hash: keep them for the session, keyed by source id and hash.
const TEXTS = new Map<string, string>();
const keyOf = (s: Source) => `${s.id}:${currentVersion(s).hash}`;

export type SourceTextState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; text: string; key: string } | { status: 'error'; message: string };

/** The current text of a source, fetched once per version ('sources-text'). */
export function useSourceText(source: Source | undefined): SourceTextState {
  const { run } = useDataset();
  const key = source ? keyOf(source) : null;
  const [state, setState] = useState<SourceTextState>(() => (key && TEXTS.has(key) ? { status: 'ready', text: TEXTS.get(key)!, key } : { status: 'none' }));
  useEffect(() => {
    if (!source || !key) return setState({ status: 'none' });
    const cached = TEXTS.get(key);
    if (cached !== undefined) return setState({ status: 'ready', text: cached, key });
    let live = true;
    setState({ status: 'loading' });
    void run('sources-text', { id: source.id }).then((r) => {
      if (r.ok) TEXTS.set(`${r.data.id}:${r.data.hash}`, r.data.text);
      if (!live) return;
      if (r.ok) setState({ status: 'ready', text: r.data.text, key });
      else setState({ status: 'error', message: `Could not read the text of "${source.title}": ${r.error.message}` });
    });
    return () => {
      live = false;
    };
    // The key holds everything about the source that matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // Until the effect has run for a newly chosen source, the state still holds the previous one's text.
  if (state.status === 'ready' && state.key !== key) return key ? { status: 'loading' } : { status: 'none' };
  return state;
}
