import { useCallback, useState } from 'react';

// Skipped suggestions are remembered for the session (not saved): per source text (id and hash), by figure start.
const SKIPPED = new Map<string, Set<number>>();
const NONE: ReadonlySet<number> = new Set();

/** The skipped figure starts of one source text, and the way to skip or un-skip one. */
export function useSkipped(key: string | null): { skipped: ReadonlySet<number>; toggle: (start: number) => void } {
  const [, bump] = useState(0);
  const toggle = useCallback(
    (start: number) => {
      if (!key) return;
      const set = SKIPPED.get(key) ?? new Set<number>();
      if (set.has(start)) set.delete(start);
      else set.add(start);
      // A fresh Set, so memoised figure states see the change.
      SKIPPED.set(key, new Set(set));
      bump((n) => n + 1);
    },
    [key],
  );
  return { skipped: (key && SKIPPED.get(key)) || NONE, toggle };
}
