import type { Observation } from '../../../shared/model/observation';
import { locateAnchor } from '../../../shared/text/anchor';

/**
 * Observations whose quote cannot be found in their source's current text. Kept up to date per changed record:
 * an observation edit rechecks that observation, a source change rechecks the observations citing it.
 */
export class OrphanTracker {
  private readonly orphaned = new Set<string>();

  constructor(private readonly textOf: (sourceId: string) => string | undefined) {}

  static isOrphaned(o: Observation, text: string | undefined): boolean {
    if (!o.quote || !o.sourceId) return false;
    if (text === undefined) return true;
    const q = o.quote;
    if (text.slice(q.start, q.end) === q.exact) return false;
    return locateAnchor(q, text) === null;
  }

  check(o: Observation): void {
    if (OrphanTracker.isOrphaned(o, o.sourceId ? this.textOf(o.sourceId) : undefined)) this.orphaned.add(o.id);
    else this.orphaned.delete(o.id);
  }

  forget(id: string): void {
    this.orphaned.delete(id);
  }

  recheckAll(observations: readonly Observation[]): void {
    this.orphaned.clear();
    for (const o of observations) this.check(o);
  }

  recheckSource(sourceId: string, observations: readonly Observation[]): void {
    for (const o of observations) if (o.sourceId === sourceId || this.orphaned.has(o.id)) this.check(o);
  }

  ids(): string[] {
    return [...this.orphaned].sort();
  }
}
