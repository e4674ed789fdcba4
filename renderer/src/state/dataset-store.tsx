import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DatasetSnapshot, Input, Mutation, Output, UndoState } from '../../../shared/api/contract';
import type { Method } from '../../../shared/api/methods';
import type { Result, TallyErrorData } from '../../../shared/api/result';
import type { DatasetDoc, HistoryChange } from '../../../shared/model';
import { api } from '../api/client';
import { applyChanges } from './apply-changes';
import { buildLookups, type DatasetLookups } from './lookups';
import { WRITE_METHODS, type SaveState } from './save-state';

export type ChangeListener = (changes: readonly HistoryChange[]) => void;

export interface DatasetStore {
  /** The open dataset's folder path, or null on the start screen. */
  path: string | null;
  doc: DatasetDoc | null;
  undo: UndoState;
  orphanedIds: ReadonlySet<string>;
  /** What the open said about the dataset: problems found (damaged log, unreadable texts) and whether edits are refused. */
  notices: DatasetNotices;
  lookups: DatasetLookups | null;
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
}

export interface DatasetNotices {
  warnings: readonly string[];
  readOnly: boolean;
}
const NO_NOTICES: DatasetNotices = { warnings: [], readOnly: false };

const NO_UNDO: UndoState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

const DatasetContext = createContext<DatasetStore | null>(null);

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
  const listeners = useRef(new Set<ChangeListener>());
  const pending = useRef(0);
  const lastError = useRef<string | null>(null);

  const setSnapshot = useCallback((s: DatasetSnapshot | null) => {
    setPath(s?.path ?? null);
    setDoc(s?.doc ?? null);
    setUndo(s?.undo ?? NO_UNDO);
    setOrphanedIds(new Set(s?.orphanedObservationIds ?? []));
    setNotices(s ? { warnings: s.warnings, readOnly: s.readOnly } : NO_NOTICES);
    setSave({ kind: 'idle' });
    setSnapshotVersion((v) => v + 1);
  }, []);

  const applyMutation = useCallback((m: Mutation) => {
    setDoc((d) => (d ? applyChanges(d, m.changes) : d));
    setUndo(m.undo);
    // A removed observation can no longer be orphaned; re-anchoring results come back via `orphaned` on add-version.
    const removed = m.changes.filter((c) => c.collection === 'observations' && c.after === null).map((c) => c.id);
    // A quote given anew (attached in the reader, against the current text) is anchored again.
    for (const c of m.changes) if (c.collection === 'observations' && c.before && c.after && requoted(c.before, c.after)) removed.push(c.id);
    const orphaned = (m as Mutation & { orphaned?: string[] }).orphaned;
    if (removed.length || orphaned) {
      setOrphanedIds((prev) => {
        const next = new Set(prev);
        for (const id of removed) next.delete(id);
        for (const id of orphaned ?? []) next.add(id);
        return next;
      });
    }
    for (const l of listeners.current) l(m.changes);
  }, []);

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

  const lookups = useMemo(() => (doc ? buildLookups(doc) : null), [doc]);

  const store = useMemo<DatasetStore>(
    () => ({ path, doc, undo, orphanedIds, notices, lookups, save, run, applyMutation, setSnapshot, onChanges, snapshotVersion }),
    [path, doc, undo, orphanedIds, notices, lookups, save, run, applyMutation, setSnapshot, onChanges, snapshotVersion],
  );
  return <DatasetContext.Provider value={store}>{children}</DatasetContext.Provider>;
}

/** The open dataset and the way to change it. Must be used under <DatasetProvider> (App provides it). */
export function useDataset(): DatasetStore {
  const s = useContext(DatasetContext);
  if (!s) throw new Error('useDataset must be used inside <DatasetProvider>');
  return s;
}
