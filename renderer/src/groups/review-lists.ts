import { needsReview, reviewOrder, type GroupIndex, type GroupState, type GroupView } from '../../../shared/crosscheck';
import type { GroupStatus } from '../../../shared/model';

/** What a queue position is sorted by, as it was when the group was placed (so it can be found again). */
interface QueueEntry {
  readonly keyString: string;
  readonly status: GroupStatus;
  readonly spread: number;
}

const isResolved = (g: GroupState): boolean => g.resolution !== null && !g.stale;
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** First position in `list` whose item does not come before `item` (list sorted by `cmp`). */
function lowerBound<T>(list: readonly T[], item: T, cmp: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(list[mid], item) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The Review view's two lists, kept in order edit by edit instead of rebuilt from every group: the queue (groups
 * needing a decision, in GroupIndex.reviewQueue() order: status, then spread descending, then key) and the
 * resolved groups (by key). An edit re-places only the groups it touched (binary search, one splice each), so its
 * cost follows the touched groups, not the dataset. Snapshots (GroupView) are made on demand and cached until their
 * group changes, so a list shows only what it draws. Plain class, no React, so it can be checked against the index.
 */
export class ReviewLists {
  private queue: QueueEntry[] = [];
  private readonly queued = new Map<string, QueueEntry>();
  private resolved: string[] = [];
  private readonly resolvedSet = new Set<string>();
  private readonly views = new Map<string, GroupView>();

  constructor(private readonly index: GroupIndex) {
    this.rebuild();
  }

  /** Every group placed again: after a change that re-judged them all (tolerance, source languages). */
  rebuild(): void {
    const queue: QueueEntry[] = [];
    const resolved: string[] = [];
    this.queued.clear();
    this.resolvedSet.clear();
    this.views.clear();
    this.index.forEachGroup((g) => {
      if (needsReview({ status: g.status, resolved: isResolved(g) })) {
        const e = { keyString: g.keyString, status: g.status, spread: g.spread };
        queue.push(e);
        this.queued.set(g.keyString, e);
      } else if (isResolved(g)) {
        resolved.push(g.keyString);
        this.resolvedSet.add(g.keyString);
      }
    });
    this.queue = queue.sort(reviewOrder);
    this.resolved = resolved.sort(byKey);
  }

  /**
   * Re-places the groups with these key strings (as GroupIndex's add/remove/update return them). True when either
   * list may look different: a touched group was or is in one of them.
   */
  update(keys: Iterable<string>): boolean {
    let changed = false;
    for (const ks of keys) {
      this.views.delete(ks);
      const g = this.index.group(ks);
      const inQueue = !!g && needsReview({ status: g.status, resolved: isResolved(g) });
      const inResolved = !!g && !inQueue && isResolved(g);

      const old = this.queued.get(ks);
      if (old) changed = true;
      if (old && !(inQueue && old.status === g.status && old.spread === g.spread)) {
        this.queue.splice(this.queuePosition(old), 1);
        this.queued.delete(ks);
      }
      if (inQueue && !this.queued.has(ks)) {
        const e = { keyString: ks, status: g.status, spread: g.spread };
        this.queue.splice(lowerBound(this.queue, e, reviewOrder), 0, e);
        this.queued.set(ks, e);
        changed = true;
      }

      if (this.resolvedSet.has(ks)) {
        changed = true;
        if (!inResolved) {
          this.resolved.splice(this.resolvedPosition(ks), 1);
          this.resolvedSet.delete(ks);
        }
      } else if (inResolved) {
        this.resolved.splice(lowerBound(this.resolved, ks, byKey), 0, ks);
        this.resolvedSet.add(ks);
        changed = true;
      }
    }
    return changed;
  }

  /** Key strings of the queue, worst first, as a new array (O(queue): for tests and small lists). */
  queueKeys(): string[] {
    return this.queue.map((e) => e.keyString);
  }

  /** Key strings of the resolved groups, by key. Read-only; it changes in place on the next update. */
  get resolvedKeys(): readonly string[] {
    return this.resolved;
  }

  get queueLength(): number {
    return this.queue.length;
  }

  /** The key string at queue position i. */
  queueKeyAt(i: number): string {
    return this.queue[i].keyString;
  }

  /** A group's position in the queue, or -1 (binary search). */
  queueIndexOf(keyString: string): number {
    const e = this.queued.get(keyString);
    return e ? this.queuePosition(e) : -1;
  }

  /** A group's position in the resolved list, or -1 (binary search). */
  resolvedIndexOf(keyString: string): number {
    return this.resolvedSet.has(keyString) ? this.resolvedPosition(keyString) : -1;
  }

  /** A snapshot of a listed group, kept until that group changes. */
  view(keyString: string): GroupView | null {
    let v = this.views.get(keyString);
    if (v === undefined) {
      const fresh = this.index.view(keyString);
      if (!fresh) return null;
      this.views.set(keyString, (v = fresh));
    }
    return v;
  }

  private queuePosition(e: QueueEntry): number {
    const at = lowerBound(this.queue, e, reviewOrder);
    if (this.queue[at] === e) return at;
    // Only if the order were not total (a NaN spread): look it up the slow way rather than remove the wrong one.
    return this.queue.indexOf(e);
  }

  private resolvedPosition(ks: string): number {
    const at = lowerBound(this.resolved, ks, byKey);
    return this.resolved[at] === ks ? at : this.resolved.indexOf(ks);
  }
}
