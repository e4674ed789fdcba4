import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DatasetSnapshot, Input, Mutation, Output, UndoState } from '../../../shared/api/contract';
import type { Method } from '../../../shared/api/methods';
import type { Result, TallyErrorData } from '../../../shared/api/result';
import type { DatasetDoc, HistoryChange } from '../../../shared/model';
import type { PushEvent } from '../../../shared/api/envelope';
import { api, onOutdated, subscribePush } from '../api/client';
import { session } from '../api/session';
import { applyChanges } from './apply-changes';
import { LookupIndex, type DatasetLookups } from './lookups';
import { indexBySource, updateBySource, type ObservationsBySource } from './observations-by-source';
import { WRITE_METHODS, type SaveState } from './save-state';
import { SeqOrder } from './seq-order';

export type ChangeListener = (changes: readonly HistoryChange[]) => void;

/**
 * The open dataset as this window holds it, and the one way the renderer calls the backend (`run`). Not the
 * backend's DatasetStore, which owns the files.
 */
export interface OpenDataset {
  /** The open dataset's folder path, or null on the start screen. */
  path: string | null;
  doc: DatasetDoc | null;
  undo: UndoState;
  orphanedIds: ReadonlySet<string>;
  /** What the open said about the dataset: problems found (damaged log, unreadable texts) and whether edits are refused. */
  notices: DatasetNotices;
  lookups: DatasetLookups | null;
  /** Each source's observations (the reader's list), updated per edit for the sources it touches. */
  bySource: ObservationsBySource;
  save: SaveState;
  /**
   * Calls one API method. Write methods set the save flag ("Saving…" until the call returns, "Saved" only on ok).
   * A Mutation result (anything with `changes` and `undo`) is applied to the local copy; a DatasetSnapshot result
   * (datasets-open, -create, -open-sample, dataset-snapshot) replaces it. Returns the Result unchanged.
   */
  run: <M extends Method>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;
  /** Applies a Mutation obtained elsewhere (e.g. an import job's result). */
  applyMutation: (m: Mutation) => void;
  /** Replaces the whole local copy (after open/create). */
  setSnapshot: (s: DatasetSnapshot | null) => void;
  /** Subscribe to applied changes (the grid uses this to update rows in place). Returns an unsubscribe function. */
  onChanges: (cb: ChangeListener) => () => void;
  /** Bumped when a whole new snapshot is loaded (listeners should reload everything). */
  snapshotVersion: number;
  /** What another window or tab did to this one's dataset (opened another, closed it), until dismissed. */
  notice: string | null;
  dismissNotice: () => void;
}

export interface DatasetNotices {
  warnings: readonly string[];
  readOnly: boolean;
}
const NO_NOTICES: DatasetNotices = { warnings: [], readOnly: false };

/** One change to apply in history order: this client's own result or a change pushed from another client. */
interface Ordered {
  changes: readonly HistoryChange[];
  /** add-version's re-anchoring result (own results). */
  orphaned?: readonly string[];
  /** Every orphaned observation after the change (pushed changes). */
  orphanedAll?: readonly string[];
}

/** A missing seq is waited for this long (the other channel may just be slower) before the snapshot is reloaded. */
const GAP_WAIT_MS = 1500;

const NO_SOURCES: ObservationsBySource = new Map();
const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const DatasetContext = createContext<OpenDataset | null>(null);

function isMutation(x: unknown): x is Mutation {
  return !!x && typeof x === 'object' && Array.isArray((x as Mutation).changes) && 'undo' in (x as object);
}
function isSnapshot(x: unknown): x is DatasetSnapshot {
  return !!x && typeof x === 'object' && 'doc' in (x as object) && 'path' in (x as object) && 'undo' in (x as object);
}

function requoted(before: unknown, after: unknown): boolean {
  const q = (r: unknown) => (r as { quote?: { start: number; end: number; exact: string } | null }).quote;
  const a = q(after);
  const b = q(before);
  return !!a && (!b || a.start !== b.start || a.end !== b.end || a.exact !== b.exact);
}

/** One line naming what was wrong, with the first field issue when the backend gave one. */
export function errorText(e: TallyErrorData): string {
  const issue = e.issues?.[0];
  let text = e.message;
  if (issue && !e.message.includes(issue.message)) text = `${e.message}: ${issue.path ? issue.path + ' ' : ''}${issue.message}`;
  // Which file, for a dataset that failed to parse or validate.
  if (e.file && !text.includes(e.file)) text += ` (${e.file})`;
  return text;
}

export function DatasetProvider({ children }: { children: ReactNode }) {
  const [path, setPath] = useState<string | null>(null);
  const [doc, setDoc] = useState<DatasetDoc | null>(null);
  const [undo, setUndo] = useState<UndoState>(NO_UNDO);
  const [orphanedIds, setOrphanedIds] = useState<ReadonlySet<string>>(new Set());
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [notices, setNotices] = useState<DatasetNotices>(NO_NOTICES);
  const [snapshotVersion, setSnapshotVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [lookups, setLookups] = useState<DatasetLookups | null>(null);
  /** Updated once per applied change (outside state updaters, which React may call twice). */
  const lookupIndex = useRef<LookupIndex | null>(null);
  const [bySource, setBySource] = useState<ObservationsBySource>(NO_SOURCES);
  const bySourceRef = useRef<ObservationsBySource>(NO_SOURCES);
  const listeners = useRef(new Set<ChangeListener>());
  const pending = useRef(0);
  const lastError = useRef<string | null>(null);
  const order = useRef(new SeqOrder<Ordered>());
  /** The seq of the result whose undo state is shown: an older answer arriving late does not replace it. */
  const undoSeq = useRef(0);
  const gapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const resyncing = useRef<Promise<void> | null>(null);

  /** A whole new document; `resetSave` is false for a refresh, so a "Not saved: …" message stays up. */
  const replaceSnapshot = useCallback((s: DatasetSnapshot | null, resetSave: boolean) => {
    // The envelope changes at once: the next call already names this dataset and base.
    session.dataset = s?.path ?? null;
    session.seq = s?.seq ?? 0;
    order.current.reset(session.seq);
    undoSeq.current = session.seq;
    if (gapTimer.current) clearTimeout(gapTimer.current);
    gapTimer.current = null;
    setPath(s?.path ?? null);
    setDoc(s?.doc ?? null);
    lookupIndex.current = s ? new LookupIndex(s.doc) : null;
    setLookups(lookupIndex.current?.value ?? null);
    bySourceRef.current = s ? indexBySource(s.doc.observations) : NO_SOURCES;
    setBySource(bySourceRef.current);
    setUndo(s?.undo ?? NO_UNDO);
    setOrphanedIds(new Set(s?.orphanedObservationIds ?? []));
    setNotices(s ? { warnings: s.warnings, readOnly: s.readOnly } : NO_NOTICES);
    if (resetSave) setSave({ kind: 'idle' });
    setSnapshotVersion((v) => v + 1);
  }, []);

  const setSnapshot = useCallback((s: DatasetSnapshot | null) => {
    setNotice(null);
    replaceSnapshot(s, true);
  }, [replaceSnapshot]);

  /** Reloads whatever the backend has open now (after a refusal, a gap, a reconnect or another tab's switch). */
  const resync = useCallback(
    (why: 'refresh' | 'switched') => {
      resyncing.current ??= (async () => {
        const before = session.dataset;
        const r = await api['dataset-snapshot']({});
        if (r.ok) replaceSnapshot(r.data, false);
        else if (r.error.code === 'NO_DATASET') replaceSnapshot(null, false);
        else return;
        const now = r.ok ? r.data : null;
        if (why === 'switched' || now?.path !== before) {
          setNotice(now ? `Another window or tab opened "${now.doc.meta.name}"; this one shows it now.` : 'Another window or tab closed this dataset.');
        }
      })().finally(() => {
        resyncing.current = null;
      });
      return resyncing.current;
    },
    [replaceSnapshot],
  );

  const applyNow = useCallback((item: Ordered) => {
    const { changes, orphaned, orphanedAll } = item;
    setDoc((d) => (d ? applyChanges(d, changes) : d));
    if (lookupIndex.current) setLookups(lookupIndex.current.apply(changes));
    bySourceRef.current = updateBySource(bySourceRef.current, changes);
    setBySource(bySourceRef.current);
    // A removed observation can no longer be orphaned; re-anchoring results come back via `orphaned` on add-version.
    const removed = changes.filter((c) => c.collection === 'observations' && c.after === null).map((c) => c.id);
    // A quote given anew (attached in the reader, against the current text) is anchored again.
    for (const c of changes) if (c.collection === 'observations' && c.before && c.after && requoted(c.before, c.after)) removed.push(c.id);
    if (orphanedAll) setOrphanedIds(new Set(orphanedAll));
    else if (removed.length || orphaned) {
      setOrphanedIds((prev) => {
        const next = new Set(prev);
        for (const id of removed) next.delete(id);
        for (const id of orphaned ?? []) next.add(id);
        return next;
      });
    }
    for (const l of listeners.current) l(changes);
  }, []);

  /** Applies a change once every earlier one has been; a gap that stays open reloads the snapshot. */
  const offer = useCallback(
    (seq: number, item: Ordered) => {
      for (const ready of order.current.offer(seq, item)) applyNow(ready);
      session.seq = order.current.applied;
      if (!order.current.gap) {
        if (gapTimer.current) clearTimeout(gapTimer.current);
        gapTimer.current = null;
      } else if (!gapTimer.current) {
        gapTimer.current = setTimeout(() => {
          gapTimer.current = null;
          if (order.current.gap) void resync('refresh');
        }, GAP_WAIT_MS);
      }
    },
    [applyNow, resync],
  );

  const applyMutation = useCallback(
    (m: Mutation) => {
      if (m.seq >= undoSeq.current) {
        undoSeq.current = m.seq;
        setUndo(m.undo);
      }
      // A change that changed nothing has no seq of its own (it repeats the last one): nothing to apply.
      if (m.changes.length > 0) offer(m.seq, { changes: m.changes, orphaned: (m as Mutation & { orphaned?: string[] }).orphaned });
    },
    [offer],
  );

  const undoRefresh = useRef<ReturnType<typeof setTimeout> | null>(null);
  /**
   * Another client's change can make this one's Undo impossible (it changed the same records): ask again for this
   * client's undo state, so its label keeps saying what Undo will do. An own change answered meanwhile wins.
   */
  const refreshUndo = useCallback(() => {
    if (undoRefresh.current) return;
    undoRefresh.current = setTimeout(() => {
      undoRefresh.current = null;
      const asked = undoSeq.current;
      void api['history-list']({ limit: 1 }).then((r) => {
        if (r.ok && undoSeq.current === asked) setUndo(r.data.undo);
      });
    }, 100);
  }, []);

  const onPushed = useCallback(
    (e: PushEvent) => {
      if (e.kind === 'hello') {
        // A new stream: a change made before it was up (after this client's snapshot) would never arrive.
        if (session.dataset !== null && e.dataset === session.dataset && e.seq > order.current.applied && !order.current.gap) void resync('refresh');
        return;
      }
      if (e.kind === 'dataset') {
        // Another client opened or closed a dataset: a window showing one follows (the backend has one open).
        if (e.client !== session.client && session.dataset !== null && e.dataset !== session.dataset) void resync('switched');
        return;
      }
      if (e.dataset !== session.dataset) return;
      offer(e.seq, { changes: e.changes, orphanedAll: e.orphanedObservationIds });
      if (e.client !== session.client) refreshUndo();
    },
    [offer, resync, refreshUndo],
  );

  useEffect(() => subscribePush({ event: onPushed, reconnected: () => void (session.dataset !== null && resync('refresh')) }), [onPushed, resync]);
  // Refused as out of date, whoever made the call: reload what the backend has now (the caller shows the message).
  useEffect(() => onOutdated(() => void resync('refresh')), [resync]);

  const run = useCallback(
    async <M extends Method>(method: M, input: Input<M>): Promise<Result<Output<M>>> => {
      const writes = WRITE_METHODS.has(method);
      if (writes) {
        pending.current += 1;
        if (pending.current === 1) lastError.current = null;
        setSave({ kind: 'saving', pending: pending.current });
      }
      let result: Result<Output<M>>;
      try {
        result = await (api[method] as (i: Input<M>) => Promise<Result<Output<M>>>)(input);
      } catch (err) {
        result = { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err) } };
      }
      if (result.ok) {
        if (isSnapshot(result.data)) setSnapshot(result.data);
        else if (isMutation(result.data)) applyMutation(result.data);
      } else if (writes) {
        lastError.current = `Not saved: ${errorText(result.error)}`;
        // The refresh a refusal started: the message goes up with the latest version, not before it.
        if (resyncing.current) await resyncing.current;
      }
      if (writes) {
        pending.current -= 1;
        if (pending.current === 0) {
          setSave(lastError.current ? { kind: 'error', message: lastError.current } : { kind: 'saved', at: Date.now() });
        } else setSave({ kind: 'saving', pending: pending.current });
      }
      return result;
    },
    [applyMutation, setSnapshot],
  );

  const onChanges = useCallback((cb: ChangeListener) => {
    listeners.current.add(cb);
    return () => void listeners.current.delete(cb);
  }, []);

  const dismissNotice = useCallback(() => setNotice(null), []);

  const store = useMemo<OpenDataset>(
    () => ({ path, doc, undo, orphanedIds, notices, lookups, bySource, save, run, applyMutation, setSnapshot, onChanges, snapshotVersion, notice, dismissNotice }),
    [path, doc, undo, orphanedIds, notices, lookups, bySource, save, run, applyMutation, setSnapshot, onChanges, snapshotVersion, notice, dismissNotice],
  );
  return <DatasetContext.Provider value={store}>{children}</DatasetContext.Provider>;
}

/** The open dataset and the way to change it. Must be used under <DatasetProvider> (App provides it). */
export function useDataset(): OpenDataset {
  const s = useContext(DatasetContext);
  if (!s) throw new Error('useDataset must be used inside <DatasetProvider>');
  return s;
}
