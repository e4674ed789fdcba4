import type { Mutation, UndoState } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import type { HistoryChange, HistoryEntry } from '../../../shared/model/history';
import { findRecord, invertChanges } from '../store/apply-changes';
import type { ChangeSet, DatasetStore } from '../store/dataset-store';
import { currentCall } from './call-scope';
import { ClientUndo } from './client-undo';
import { guardedKeys, recordKey, type ConflictKey } from './conflict-keys';
import type { PushHub } from './push-hub';
import { RecordVersions, type Conflict } from './record-versions';

/** Names what was changed, by which entry and whom; `refused` says what was refused when it is not a plain change. */
function staleMessage(conflict: Conflict, refused?: string): string {
  const who = conflict.by.who ? ` by ${conflict.by.who}` : '';
  const why = `${conflict.name} was changed in another window or tab ("${conflict.by.label}"${who}) since this one last saw it`;
  return refused ? `${refused}: ${why}` : `${why}; the latest version is shown now`;
}

/**
 * The open dataset as several clients share it: who last changed each record, each client's undo stack, and the
 * push of every durable change. Installs the store's commit hooks, so every change of every handler is checked.
 */
export class DatasetClients {
  private readonly versions = new RecordVersions();
  private readonly undo = new ClientUndo();
  private last = 0;

  constructor(
    readonly store: DatasetStore,
    private readonly hub: PushHub,
  ) {
    for (const e of store.historyEntries()) this.index(e);
    store.hooks = { guard: (set) => this.guard(set), committed: (e) => this.committed(e) };
  }

  /** The last seq the dataset holds: a snapshot's base. */
  get lastSeq(): number {
    return this.last;
  }

  /**
   * This client's undo state; an Undo (Redo) that would be refused because another client changed those records
   * since is shown as unavailable, with the reason in its label, so the label always says what Undo will do.
   */
  undoState(client: string): UndoState {
    const state = this.undo.state(client);
    for (const which of ['undo', 'redo'] as const) {
      const target = this.undo.target(client, which);
      const conflict = target && this.stepConflict(target, client);
      if (!conflict) continue;
      const label = `${target.label} (${conflict.name} was changed since in another window or tab)`;
      if (which === 'undo') Object.assign(state, { canUndo: false, undoLabel: label });
      else Object.assign(state, { canRedo: false, redoLabel: label });
    }
    return state;
  }

  /** What another client changed, since `target`, among the records undoing or redoing it would write. */
  private stepConflict(target: HistoryEntry, client: string): Conflict | null {
    return this.versions.changedByOthersSince(keysOf(target.changes, (c) => [recordKey(c)]), target.seq, client);
  }

  private index(e: HistoryEntry): void {
    this.versions.record(e);
    this.undo.record(e);
    if (e.seq > this.last) this.last = e.seq;
  }

  /** Names the change's client and refuses it when it would overwrite, unseen, what another client changed. */
  private guard(set: ChangeSet): void {
    const call = currentCall();
    if (call.client) set.client = call.client;
    if (call.baseSeq === null) return;
    const conflict = this.versions.changedByOthersSince(keysOf(set.changes, guardedKeys), call.baseSeq, call.client);
    if (conflict) throw new TallyError('STALE', staleMessage(conflict));
  }

  private committed(e: HistoryEntry): void {
    this.index(e);
    this.hub.publish({
      kind: 'mutation',
      dataset: this.store.dir,
      seq: e.seq,
      action: e.action,
      label: e.label,
      who: e.who,
      client: e.client ?? '',
      changes: e.changes,
      orphanedObservationIds: this.store.orphanedIds(),
    });
  }

  /**
   * This client's Undo (or Redo): reverses (re-applies) its own last change, refused as STALE when another client
   * has changed one of those records since, so Undo never silently takes back someone else's work.
   */
  step(which: 'undo' | 'redo', who: string): Promise<Mutation> {
    const client = currentCall().client;
    return this.store.mutate(who, () => {
      const target = this.undo.target(client, which);
      if (!target) throw new TallyError('NOTHING_TO_UNDO', `nothing to ${which}`);
      const wanted = which === 'undo' ? invertChanges(target.changes) : target.changes;
      const conflict = this.stepConflict(target, client);
      const verb = which === 'undo' ? 'Undo' : 'Redo';
      if (conflict) throw new TallyError('STALE', staleMessage(conflict, `${verb} of "${target.label}" refused`));
      const changes = wanted.map((c) => ({ ...c, before: findRecord(this.store.doc, c.collection, c.id) ?? null }));
      return { action: which, label: `${verb}: ${target.label}`, changes, target: target.seq };
    });
  }
}

function keysOf(changes: readonly HistoryChange[], keys: (c: HistoryChange) => ConflictKey[]): ConflictKey[] {
  return changes.flatMap(keys);
}
