import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FigureState } from './segments';

export interface Suggestions {
  /** Figure indices still to review (suggested: not cited, not skipped), in text order. */
  pending: number[];
  /** The figure index under review, or null when none is left. */
  current: number | null;
  /** Its place in `pending` (0-based), -1 when none. */
  position: number;
  /** Moves by `delta` suggestions (stops at the ends); returns the new figure index. */
  move: (delta: number) => number | null;
  /** Makes a figure the current one (a click); a figure that is not pending moves to the next pending one. */
  goTo: (figure: number) => void;
}

/** First index in a sorted list whose value is >= x (list.length when none). */
function lowerBound(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The review cursor over suggestions. It remembers a figure index, not a list position, so when the current
 * figure is accepted or skipped the cursor falls on the next suggestion after it.
 */
export function useSuggestions(states: readonly FigureState[], resetKey: string | null): Suggestions {
  const pending = useMemo(() => {
    const out: number[] = [];
    states.forEach((s, i) => s === 'suggested' && out.push(i));
    return out;
  }, [states]);
  const [cursor, setCursor] = useState(0);
  useEffect(() => setCursor(0), [resetKey]);

  let position = -1;
  if (pending.length) {
    const at = lowerBound(pending, cursor);
    position = at < pending.length ? at : pending.length - 1;
  }
  const current = position >= 0 ? pending[position] : null;

  const move = useCallback(
    (delta: number) => {
      if (!pending.length) return null;
      const next = pending[Math.min(pending.length - 1, Math.max(0, position + delta))];
      setCursor(next);
      return next;
    },
    [pending, position],
  );
  const goTo = useCallback((figure: number) => setCursor(figure), []);
  return { pending, current, position, move, goTo };
}
