import { useCallback, useEffect, useState } from 'react';
import type { FoundFigure } from '../../../shared/extract/found-figure';
import { errorText, useDataset } from '../state';

const NONE: ReadonlySet<string> = new Set();
const spanKey = (start: number, end: number) => `${start}:${end}`;

/** The starts of the figures that were skipped (matched on start and end, so a moved figure is not taken for one). */
export function skippedStarts(figures: readonly FoundFigure[], keys: ReadonlySet<string>): ReadonlySet<number> {
  if (keys.size === 0) return new Set();
  return new Set(figures.filter((f) => keys.has(spanKey(f.start, f.end))).map((f) => f.start));
}

/**
 * The skipped suggestions of one source, kept in the dataset (reader-skips / reader-skip) so they are remembered
 * across restarts. A skip the backend could not store still holds for this session, and `onError` says so.
 */
export function useSkipped(sourceId: string | null, onError: (message: string) => void): { keys: ReadonlySet<string>; toggle: (f: FoundFigure) => void } {
  const { run } = useDataset();
  const [keys, setKeys] = useState<{ sourceId: string | null; set: ReadonlySet<string> }>({ sourceId: null, set: NONE });

  useEffect(() => {
    if (!sourceId) return;
    let live = true;
    void run('reader-skips', { sourceId }).then((r) => {
      if (!live) return;
      if (r.ok) setKeys({ sourceId, set: new Set(r.data.map((s) => spanKey(s.start, s.end))) });
      else {
        setKeys({ sourceId, set: NONE });
        onError(`Skipped suggestions could not be read: ${errorText(r.error)}`);
      }
    });
    return () => {
      live = false;
    };
  }, [sourceId, run]); // eslint-disable-line react-hooks/exhaustive-deps

  const toggle = useCallback(
    (f: FoundFigure) => {
      if (!sourceId) return;
      const key = spanKey(f.start, f.end);
      const current = keys.sourceId === sourceId ? keys.set : NONE;
      const skipped = !current.has(key);
      const next = new Set(current);
      if (skipped) next.add(key);
      else next.delete(key);
      // Shown at once (moving on must not wait for the disk); the backend's list replaces it when it answers.
      setKeys({ sourceId, set: next });
      void run('reader-skip', { sourceId, start: f.start, end: f.end, skipped }).then((r) => {
        if (r.ok) setKeys((k) => (k.sourceId === sourceId ? { sourceId, set: new Set(r.data.map((s) => spanKey(s.start, s.end))) } : k));
        else onError(`Skip not remembered after a restart (kept for this session): ${errorText(r.error)}`);
      });
    },
    [sourceId, keys, run, onError],
  );
  return { keys: keys.sourceId === sourceId ? keys.set : NONE, toggle };
}
