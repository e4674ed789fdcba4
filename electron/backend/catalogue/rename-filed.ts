import { termKey } from '../../../shared/catalogue/catalogue-term';
import { observationFingerprint } from '../../../shared/crosscheck/fingerprint';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryChange } from '../../../shared/model/history';
import type { Observation } from '../../../shared/model/observation';
import type { GroupKey, Resolution } from '../../../shared/model/resolution';
import { change } from '../handlers/helpers';

export type CatalogueField = 'entity' | 'indicator';

/** Observations whose entity (or indicator) is one of `from` (compared by termKey) are filed under `to`. */
export interface Refile {
  field: CatalogueField;
  from: readonly string[];
  to: string;
}

export interface Refiling {
  changes: HistoryChange[];
  observations: number;
}

/** The name a refile gives to this entity or indicator, or undefined when none applies. */
function refiled(name: string, field: CatalogueField, rules: ReadonlyMap<string, string>[]): string | undefined {
  const to = rules[field === 'entity' ? 0 : 1].get(termKey(name));
  return to === undefined || to === name ? undefined : to;
}

function renamed<T extends Pick<GroupKey, CatalogueField>>(x: T, rules: ReadonlyMap<string, string>[]): T | null {
  const entity = refiled(x.entity, 'entity', rules);
  const indicator = refiled(x.indicator, 'indicator', rules);
  if (entity === undefined && indicator === undefined) return null;
  return { ...x, entity: entity ?? x.entity, indicator: indicator ?? x.indicator };
}

/**
 * What renames and merges in the catalogue do to the figures, as one list of changes: each observation named by a
 * refile gets the new name (several refiles on one observation make one change). Resolutions of the renamed groups
 * move with them, and their record of what was decided on is carried over where it was current, so that a rename
 * alone never reopens a decided group (a merge that adds figures to a decided group does: its group grew).
 */
export function refileObservations(doc: DatasetDoc, refiles: readonly Refile[], at: string): Refiling {
  const rules = [new Map<string, string>(), new Map<string, string>()];
  for (const r of refiles) for (const name of r.from) rules[r.field === 'entity' ? 0 : 1].set(termKey(name), r.to);
  const changes: HistoryChange[] = [];
  const fingerprints = new Map<string, { before: string; after: string }>();
  for (const o of doc.observations) {
    const next = renamed(o, rules);
    if (!next) continue;
    const after: Observation = { ...next, updatedAt: at };
    changes.push(change('observations', o.id, o, after));
    fingerprints.set(o.id, { before: observationFingerprint(o), after: observationFingerprint(after) });
  }
  for (const r of doc.resolutions) {
    const group = renamed(r.group, rules);
    let basisChanged = false;
    const basis = r.basis.map((b) => {
      const f = fingerprints.get(b.id);
      if (!f || b.fingerprint !== f.before) return b;
      basisChanged = true;
      return { ...b, fingerprint: f.after };
    });
    if (!group && !basisChanged) continue;
    const after: Resolution = { ...r, group: group ?? r.group, basis };
    changes.push(change('resolutions', r.id, r, after));
  }
  return { changes, observations: fingerprints.size };
}
