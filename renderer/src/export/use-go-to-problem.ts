import { useCallback } from 'react';
import type { ValidationProblem } from '../../../shared/api/contract';
import { groupKeyString } from '../../../shared/crosscheck/group-key';
import { useUi } from '../state';

/** Where a problem's link leads, in the order that lands closest to the fix. */
export type ProblemTarget = 'row' | 'group' | 'source' | null;

export function problemTarget(p: ValidationProblem): ProblemTarget {
  if (p.location.observationId) return 'row';
  if (p.location.group) return 'group';
  if (p.location.sourceId) return 'source';
  return null;
}

/**
 * Goes to the place a validation problem names: an observation's row in the Observations view, that group in the
 * Review view, a source in the Sources panel. Closes the Export dialog on the way (except for a source, whose
 * panel replaces it).
 */
export function useGoToProblem(): (p: ValidationProblem) => void {
  const { setView, openDialog, selectObservation, requestFocusRow, requestReviewGroup } = useUi();
  return useCallback(
    (p: ValidationProblem) => {
      const { observationId, group, sourceId } = p.location;
      if (observationId) {
        openDialog(null);
        setView('observations');
        selectObservation(observationId);
        // Stays pending until the grid can take it (it may mount only after the view switch).
        requestFocusRow(observationId);
      } else if (group) {
        openDialog(null);
        requestReviewGroup(groupKeyString(group));
      } else if (sourceId) {
        openDialog('sources');
      }
    },
    [setView, openDialog, selectObservation, requestFocusRow, requestReviewGroup],
  );
}
