import { groupKeyString } from '../crosscheck/group-key';
import type { DatasetDoc } from '../model/dataset';
import { currentVersion } from '../model/source';
import type { CheckedGroup } from '../validation/validate-dataset';
import { RESOLUTION_STATES, type TableRecord } from './tables';

/** Sources as rows of the sources table (texts stay in the dataset; the hash identifies the version cited). */
export function sourceRecords(doc: Pick<DatasetDoc, 'sources'>): TableRecord[] {
  return doc.sources.map((s) => {
    const v = currentVersion(s);
    return {
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      author: s.author,
      url: s.url,
      published: s.published,
      language: s.language,
      versions: s.versions.length,
      text_hash: v.hash,
      text_length: v.length,
    };
  });
}

/**
 * Every resolution, the superseded and stale ones too (they are the review history). observation_id is left empty
 * when that observation no longer exists, so the foreign key to observations always resolves; basis_ids keeps the
 * ids the decision was made on.
 */
export function resolutionRecords(doc: Pick<DatasetDoc, 'resolutions' | 'observations'>, groups: readonly CheckedGroup[]): TableRecord[] {
  const inForce = new Map<string, CheckedGroup>();
  const decidedGroups = new Set<string>();
  for (const g of groups) {
    if (!g.resolution) continue;
    inForce.set(g.resolution.id, g);
    decidedGroups.add(groupKeyString(g.key));
  }
  const observationIds = new Set(doc.observations.map((o) => o.id));
  return doc.resolutions.map((r) => {
    const g = inForce.get(r.id);
    const state: (typeof RESOLUTION_STATES)[number] = g ? (g.stale ? 'stale' : 'current') : supersededOrStale(r.group);
    return {
      id: r.id,
      entity: r.group.entity,
      indicator: r.group.indicator,
      period: r.group.period,
      value: r.value,
      unit: r.unit,
      observation_id: r.observationId && observationIds.has(r.observationId) ? r.observationId : '',
      rationale: r.rationale,
      decided_by: r.decidedBy,
      decided_at: r.decidedAt,
      state,
      basis_ids: r.basis.map((b) => b.id),
    };
  });

  // Not in force: replaced by a later decision for the same group, or its group has no observations left.
  function supersededOrStale(key: { entity: string; indicator: string; period: string }) {
    return decidedGroups.has(groupKeyString(key)) ? ('superseded' as const) : ('stale' as const);
  }
}
