import type { HistoryEntry } from '../../../shared/model/history';
import { changedKeys, type ConflictKey } from './conflict-keys';

interface LastChange {
  seq: number;
  client: string;
  label: string;
  who: string;
}

/** A conflicting earlier change: what was changed, and the entry that changed it. */
export interface Conflict {
  name: string;
  by: LastChange;
}

/** Per record (and group): the last entry that changed it and which client made it. Built from the log at open. */
export class RecordVersions {
  private readonly last = new Map<string, LastChange>();

  record(e: HistoryEntry): void {
    const change: LastChange = { seq: e.seq, client: e.client ?? '', label: e.label, who: e.who };
    for (const c of e.changes) for (const k of changedKeys(c)) this.last.set(k.key, change);
  }

  /** The first key another client changed after `sinceSeq`, or null: a client's own later changes never conflict. */
  changedByOthersSince(keys: readonly ConflictKey[], sinceSeq: number, client: string): Conflict | null {
    for (const k of keys) {
      const by = this.last.get(k.key);
      if (by && by.seq > sinceSeq && by.client !== client) return { name: k.name, by };
    }
    return null;
  }
}
