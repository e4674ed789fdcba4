import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { GroupState, GroupView, StatusCounts } from '../../../shared/crosscheck';
import { DEFAULT_TOLERANCE } from '../../../shared/model';
import { useDataset } from '../state';
import { GroupSync, type GroupChange } from './group-sync';
import type { ReviewLists } from './review-lists';

export type GroupListener = (change: GroupChange) => void;

export interface GroupsStore {
  /** Bumped after every change to the groups; memoise derived data on it. */
  version: number;
  /** The group an observation belongs to (live state: read it, do not keep it), or null for a row without a key. */
  groupOfObservation: (observationId: string) => GroupState | null;
  /** A snapshot of one group by key string. */
  view: (keyString: string) => GroupView | null;
  /** One group's live state by key string (members in the order they were added). */
  group: (keyString: string) => GroupState | undefined;
  /**
   * The review queue (unresolved conflict, incomparable and compatible groups, worst first) and the resolved groups
   * (a resolution in force that still matches), kept in order edit by edit. Built on first read, then updated in
   * place: read it while rendering, key memoised work on `listsVersion`. Null without a dataset.
   */
  reviewLists: ReviewLists | null;
  /** Bumped when the queue or the resolved list may look different (not on edits that leave both alone). */
  listsVersion: number;
  /** Groups per status, with how many are open (need review). */
  counts: StatusCounts | null;
  tolerance: number;
  /** Called after the index has taken a batch of changes in (the grid refreshes the touched rows' badges). */
  onGroupChanges: (cb: GroupListener) => () => void;
}

const GroupsContext = createContext<GroupsStore | null>(null);

/**
 * Keeps a GroupIndex in sync with the open dataset: built once per loaded snapshot, then updated from each
 * Mutation's changes (only the touched groups are re-judged). Must sit inside <DatasetProvider>.
 */
export function GroupsProvider({ children }: { children: ReactNode }) {
  const { doc, onChanges, snapshotVersion } = useDataset();
  const [version, setVersion] = useState(0);
  const listsVersion = useRef(0);
  const listeners = useRef(new Set<GroupListener>());
  const hasDoc = doc !== null;

  // Built per snapshot, not per doc: after that the index follows the changes, which is what keeps edits cheap.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sync = useMemo(() => (doc ? new GroupSync(doc) : null), [snapshotVersion, hasDoc]);

  useEffect(() => {
    if (!sync) return;
    return onChanges((changes) => {
      const change = sync.apply(changes);
      if (!change.all && change.keys.length === 0 && change.observationIds.length === 0) return;
      if (change.listsChanged) listsVersion.current += 1;
      for (const l of listeners.current) l(change);
      setVersion((v) => v + 1);
    });
  }, [sync, onChanges]);

  const groupOfObservation = useCallback(
    (id: string) => {
      const o = sync?.observation(id);
      return o && sync ? sync.index.groupOf(o) : null;
    },
    [sync],
  );
  const view = useCallback((ks: string) => sync?.index.view(ks) ?? null, [sync]);
  const group = useCallback((ks: string) => sync?.index.group(ks), [sync]);
  const onGroupChanges = useCallback((cb: GroupListener) => {
    listeners.current.add(cb);
    return () => void listeners.current.delete(cb);
  }, []);

  // Counts are read from the index on first use per version (O(statuses)); the lists are kept by GroupSync.
  const store = useMemo<GroupsStore>(() => {
    const index = sync?.index;
    let counts: StatusCounts | null | undefined;
    return {
      version,
      groupOfObservation,
      view,
      group,
      get reviewLists() {
        return sync?.reviewLists() ?? null;
      },
      listsVersion: listsVersion.current,
      get counts() {
        if (counts === undefined) counts = index?.counts() ?? null;
        return counts;
      },
      tolerance: index?.tolerance ?? DEFAULT_TOLERANCE,
      onGroupChanges,
    };
  }, [sync, version, groupOfObservation, view, group, onGroupChanges]);

  return <GroupsContext.Provider value={store}>{children}</GroupsContext.Provider>;
}

/** Group statuses, the review queue and counts for the open dataset. Use under <GroupsProvider>. */
export function useGroups(): GroupsStore {
  const g = useContext(GroupsContext);
  if (!g) throw new Error('useGroups must be used inside <GroupsProvider>');
  return g;
}
