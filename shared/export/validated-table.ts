import type { DatasetDoc } from '../model/dataset';
import type { Observation } from '../model/observation';
import type { Source } from '../model/source';
import { type CheckedGroup, NEEDS_DECISION } from '../validation/validate-dataset';
import type { TableRecord } from './tables';

/**
 * The validated table: one accepted value per group, with where it comes from. A resolved group gives the
 * reviewer's value and unit, resting on the accepted observation (or, for a value typed by hand, on the group's
 * figures), with the rationale and who decided when. An agree or single group gives the sources' common value.
 * Groups still needing a decision appear only in a draft, as `open` with no value. Rows with no group (no entity,
 * indicator or period yet) are not figures anyone can publish and are left out.
 */
export function validatedRecords(
  doc: Pick<DatasetDoc, 'observations' | 'sources'>,
  groups: readonly CheckedGroup[],
  options: { draft: boolean },
): TableRecord[] {
  const observations = new Map(doc.observations.map((o) => [o.id, o]));
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const out: TableRecord[] = [];
  for (const g of groups) {
    const members = g.observationIds.map((id) => observations.get(id)).filter((o): o is Observation => o !== undefined);
    if (members.length === 0) continue;
    // Deprecated figures do not support the accepted value, unless nothing else is left.
    const live = members.filter((o) => o.status !== 'deprecated');
    const supporting = live.length ? live : members;
    const base = { entity: g.key.entity, indicator: g.key.indicator, period: g.key.period, group_status: g.status };
    const r = g.resolution;
    if (r && g.resolved) {
      const accepted = r.observationId ? observations.get(r.observationId) : undefined;
      out.push({
        ...base,
        value: r.value,
        unit: r.unit,
        qualifier: accepted ? accepted.qualifier : 'exact',
        basis: 'resolution',
        ...provenance(accepted ? [accepted] : supporting, sources),
        accepted_observation_id: accepted?.id ?? '',
        rationale: r.rationale,
        decided_by: r.decidedBy,
        decided_at: r.decidedAt,
        resolution_id: r.id,
      });
    } else if (!NEEDS_DECISION.has(g.status)) {
      const first = supporting[0];
      const qualifiers = new Set(supporting.map((o) => o.qualifier));
      out.push({
        ...base,
        value: first.value,
        unit: first.unit,
        qualifier: qualifiers.size === 1 ? first.qualifier : '',
        basis: g.status === 'single' ? 'single' : 'agree',
        ...provenance(supporting, sources),
        accepted_observation_id: supporting.length === 1 ? first.id : '',
        ...undecided,
      });
    } else if (options.draft) {
      const units = new Set(supporting.map((o) => o.unit));
      out.push({
        ...base,
        value: null,
        unit: units.size === 1 ? supporting[0].unit : '',
        qualifier: '',
        basis: 'open',
        ...provenance(supporting, sources),
        accepted_observation_id: '',
        ...undecided,
      });
    }
  }
  // Stable order for diffs between exports: by entity, indicator, period.
  const key = (r: TableRecord) => `${r.entity}\u001f${r.indicator}\u001f${r.period}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const undecided = { rationale: '', decided_by: '', decided_at: '', resolution_id: '' };

function provenance(obs: readonly Observation[], sources: ReadonlyMap<string, Source>) {
  const cited = obs.map((o) => (o.sourceId ? sources.get(o.sourceId) : undefined));
  return {
    observation_ids: obs.map((o) => o.id),
    source_ids: obs.map((o) => o.sourceId ?? ''),
    source_titles: cited.map((s) => s?.title ?? ''),
    source_urls: cited.map((s) => s?.url ?? ''),
    quotes: obs.map((o) => o.quote?.exact ?? ''),
  };
}
