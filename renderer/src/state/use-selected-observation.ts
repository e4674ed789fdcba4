import { useCallback, useMemo } from 'react';
import type { Observation } from '../../../shared/model';
import { useDataset } from './open-dataset';
import { useUi } from './ui-store';

/**
 * The observation selected in the grid, and a way to show its quote in the reader. The lookup is memoised on the
 * observations array and the id, so re-renders (typing a search, reader announcements) do not scan 200k rows.
 */
export function useSelectedObservation(): { selected: Observation | undefined; showSelectedInSource: () => void } {
  const { doc } = useDataset();
  const { selectedObservationId, requestShowInSource } = useUi();
  const observations = doc?.observations;
  const selected = useMemo(
    () => (selectedObservationId ? observations?.find((o) => o.id === selectedObservationId) : undefined),
    [observations, selectedObservationId],
  );
  const showSelectedInSource = useCallback(() => {
    if (selected?.sourceId && selected.quote) requestShowInSource({ sourceId: selected.sourceId, start: selected.quote.start, end: selected.quote.end });
  }, [selected, requestShowInSource]);
  return { selected, showSelectedInSource };
}
