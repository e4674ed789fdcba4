import type { Observation } from '../model/observation';
import type { GroupKey, Resolution } from '../model/resolution';
import type { GroupStatus } from '../model/vocab';
import { observationFingerprint } from './fingerprint';
import { groupKeyString } from './group-key';

/** What a resolution records about its group: every observation's id and fingerprint, drafts included. */
export function resolutionBasis(observations: readonly Observation[]): Resolution['basis'] {
  return observations.map((o) => ({ id: o.id, fingerprint: observationFingerprint(o) }));
}

/**
 * A resolution is stale when its group is no longer exactly what it was decided on: an observation added, removed,
 * or changed in what it claims (fingerprint.ts; review status, deprecation and notes are not claims, so accepting
 * or deprecating figures does not reopen the group). Order does not matter.
 */
export function isStale(resolution: Resolution, observations: readonly Observation[]): boolean {
  const basis = resolution.basis;
  if (basis.length !== observations.length) return true;
  const byId = new Map<string, string>();
  for (const b of basis) byId.set(b.id, b.fingerprint);
  if (byId.size !== basis.length) return true;
  for (const o of observations) {
    const f = byId.get(o.id);
    if (f === undefined || f !== observationFingerprint(o)) return true;
  }
  return false;
}

/** Latest first wins: a group re-decided keeps only its newest resolution in force (ties: later in the list). */
function newer(a: Resolution, b: Resolution): boolean {
  return a.decidedAt >= b.decidedAt;
}

/** The resolution in force for each group key; older ones for the same group stay in the dataset as history. */
export class ResolutionIndex {
  private readonly byKey = new Map<string, Resolution>();
  private readonly all = new Map<string, Resolution>();

  constructor(resolutions: readonly Resolution[] = []) {
    for (const r of resolutions) this.all.set(r.id, r);
    for (const r of resolutions) this.consider(r);
  }

  get size(): number {
    return this.all.size;
  }

  /** Key strings of the groups that have a resolution in force. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }

  resolutionFor(key: GroupKey | string): Resolution | null {
    return this.byKey.get(typeof key === 'string' ? key : groupKeyString(key)) ?? null;
  }

  /** Adds or replaces a resolution; returns the key string of the group it belongs to. */
  upsert(r: Resolution): string[] {
    const touched = this.remove(r.id);
    this.all.set(r.id, r);
    const ks = this.consider(r);
    return touched.includes(ks) ? touched : [...touched, ks];
  }

  /** Removes a resolution by id; returns the key string of its group (empty when unknown). */
  remove(id: string): string[] {
    const r = this.all.get(id);
    if (!r) return [];
    this.all.delete(id);
    const ks = groupKeyString(r.group);
    if (this.byKey.get(ks) === r) {
      this.byKey.delete(ks);
      // Another decision for the same group comes back into force.
      for (const other of this.all.values()) if (groupKeyString(other.group) === ks) this.consider(other);
    }
    return [ks];
  }

  private consider(r: Resolution): string {
    const ks = groupKeyString(r.group);
    const current = this.byKey.get(ks);
    if (!current || newer(r, current)) this.byKey.set(ks, r);
    return ks;
  }
}

/** The statuses that need a reviewer's decision; `agree` and `single` publish as they are. */
export const REVIEW_STATUSES: readonly GroupStatus[] = ['conflict', 'incomparable', 'compatible'];
const REVIEW_RANK: Record<GroupStatus, number> = { conflict: 0, incomparable: 1, compatible: 2, agree: 3, single: 4 };

/** True for a group a reviewer must look at: unresolved (no resolution, or a stale one) and not agree/single. */
export function needsReview(g: { status: GroupStatus; resolved: boolean }): boolean {
  return !g.resolved && REVIEW_RANK[g.status] < 3;
}

/** Review order: conflict, incomparable, compatible; within a status the widest spread first, then by key. */
export function reviewOrder(
  a: { status: GroupStatus; spread: number; keyString: string },
  b: { status: GroupStatus; spread: number; keyString: string },
): number {
  return (
    REVIEW_RANK[a.status] - REVIEW_RANK[b.status] ||
    b.spread - a.spread ||
    (a.keyString < b.keyString ? -1 : a.keyString > b.keyString ? 1 : 0)
  );
}
