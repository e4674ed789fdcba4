import { useCallback } from 'react';
import type { ValidationProblem } from '../../../shared/api/contract';
import { useUi } from '../state';

/** Where a problem's link leads, in the order that lands closest to the fix. */
export type ProblemTarget = 'row' | 'group' | 'source' | null;

export function problemTarget(p: ValidationProblem): ProblemTarget {
  if (p.location.observationId) return 'row';
  if (p.location.group) return 'group';
  if (p.location.sourceId) return 'source';
  return null;
}

/** Grid mounting after a view switch takes a moment; the focus request is repeated until it can land. */
const FOCUS_RETRIES_MS = [150, 500];

/**
 * Goes to the place a validation problem names: an observation's row in the Observations view, a group in the
 * Review view, a source in the Sources panel. Closes the Export dialog on the way (except for a source, whose
 * panel replaces it).
 */
export function useGoToProblem(): (p: ValidationProblem) => void {
  const { view, setView, openDialog, selectObservation, requestFocusRow } = useUi();
  return useCallback(
    (p: ValidationProblem) => {
      const { observationId, group, sourceId } = p.location;
      if (observationId) {
        openDialog(null);
        const switching = view !== 'observations';
        setView('observations');
        selectObservation(observationId);
        requestFocusRow(observationId);
        if (switching) for (const ms of FOCUS_RETRIES_MS) window.setTimeout(() => requestFocusRow(observationId), ms);
      } else if (group) {
        openDialog(null);
        setView('review');
      } else if (sourceId) {
        openDialog('sources');
      }
    },
    [view, setView, openDialog, selectObservation, requestFocusRow],
  );
}
