import { normaliseName } from './group-key';

const SEP = '\u001f';

// Entity and indicator names repeat across thousands of observations: normalise each distinct string once.
const names = new Map<string, string>();
export function cachedName(raw: string): string {
  let n = names.get(raw);
  if (n === undefined) {
    n = normaliseName(raw);
    if (names.size >= 200_000) names.clear();
    names.set(raw, n);
  }
  return n;
}

/** The normalised parts of an observation's group key, or null when entity, indicator or period is empty. */
export function keyParts(o: { entity: string; indicator: string; period: string }): [string, string, string] | null {
  const e = cachedName(o.entity);
  const i = cachedName(o.indicator);
  const p = o.period.trim();
  return e === '' || i === '' || p === '' ? null : [e, i, p];
}

export const joinKey = (e: string, i: string, p: string) => e + SEP + i + SEP + p;
export const splitKey = (ks: string): [string, string, string] | null => {
  const parts = ks.split(SEP);
  return parts.length === 3 ? (parts as [string, string, string]) : null;
};

/**
 * Group ids (or groups) stored entity → indicator → period. Nested maps of short, shared strings avoid building and hashing one
 * long key string per observation, which at a million observations costs more than the whole check.
 */
export class GroupTable<G> {
  private readonly root = new Map<string, Map<string, Map<string, G>>>();
  size = 0;

  get(e: string, i: string, p: string): G | undefined {
    return this.root.get(e)?.get(i)?.get(p);
  }

  /** The id at a key; when missing, stores `candidate` and returns it (the caller then knows it made a group). */
  idAt(e: string, i: string, p: string, candidate: G): G {
    let byIndicator = this.root.get(e);
    if (byIndicator === undefined) this.root.set(e, (byIndicator = new Map()));
    let byPeriod = byIndicator.get(i);
    if (byPeriod === undefined) byIndicator.set(i, (byPeriod = new Map()));
    const g = byPeriod.get(p);
    if (g !== undefined) return g;
    byPeriod.set(p, candidate);
    this.size++;
    return candidate;
  }

  delete(e: string, i: string, p: string): void {
    const byIndicator = this.root.get(e);
    const byPeriod = byIndicator?.get(i);
    if (!byIndicator || !byPeriod || !byPeriod.delete(p)) return;
    this.size--;
    if (byPeriod.size === 0) byIndicator.delete(i);
    if (byIndicator.size === 0) this.root.delete(e);
  }
}
