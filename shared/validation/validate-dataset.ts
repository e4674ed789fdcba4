import type { ValidationProblem, ValidationReport } from '../api/contract';
import type { DatasetDoc } from '../model/dataset';
import type { Observation } from '../model/observation';
import type { GroupKey, Resolution } from '../model/resolution';
import type { GroupStatus } from '../model/vocab';
import { parsePeriodCode } from '../periods/period-code';
import { groupLabel, observationLabel, plural, shortQuote } from './describe';
import { figureProblems, indicatorLookup } from './figure-problems';

/** What validation needs of a cross-checked group (shared/crosscheck GroupView fits). */
export interface CheckedGroup {
  key: GroupKey;
  status: GroupStatus;
  observationIds: string[];
  resolution: Resolution | null;
  resolved: boolean;
  stale: boolean;
}

export interface ValidationInput {
  groups: readonly CheckedGroup[];
  /** Observations whose quote can no longer be found in their source's text. */
  orphanedIds: readonly string[];
}

/** Group statuses that need a reviewer's decision before the group can be published. */
export const NEEDS_DECISION: ReadonlySet<GroupStatus> = new Set(['conflict', 'compatible', 'incomparable']);

/**
 * Is the dataset ready to publish? Blocking: groups needing a decision without a current one, decisions gone stale,
 * orphaned citations and records missing what a published figure needs. Warnings: single-source figures nobody has
 * verified, and sources without a URL or publication date. Each problem says where to go to fix it.
 */
export function validateDataset(
  doc: Pick<DatasetDoc, 'observations' | 'sources'> & Partial<Pick<DatasetDoc, 'indicators'>>,
  input: ValidationInput,
): ValidationReport {
  const blocking: ValidationProblem[] = [];
  const warnings: ValidationProblem[] = [];
  const byId = new Map(doc.observations.map((o) => [o.id, o]));
  const sources = new Map(doc.sources.map((s) => [s.id, s]));
  const indicatorOf = indicatorLookup(doc.indicators ?? []);

  for (const g of input.groups) {
    const label = groupLabel(g.key);
    const count = plural(g.observationIds.length, 'observation');
    if (g.stale && g.resolution) {
      // A stale decision matters where a decision is needed; where the figures now agree, it is only a note.
      const needed = NEEDS_DECISION.has(g.status);
      (needed ? blocking : warnings).push({
        severity: needed ? 'blocking' : 'warning',
        kind: 'stale-resolution',
        message: needed
          ? `${label}: the decision by ${g.resolution.decidedBy} no longer matches its ${count}; review the group again`
          : `${label}: the decision by ${g.resolution.decidedBy} no longer matches, but the group is now ${g.status}`,
        location: { group: g.key },
      });
    } else if (NEEDS_DECISION.has(g.status) && !g.resolved) {
      const units = [...new Set(g.observationIds.map((id) => byId.get(id)?.unit ?? ''))];
      const why =
        g.status === 'incomparable'
          ? `units differ (${units.join(', ')}): fix the unit or indicator, or resolve it`
          : g.status === 'conflict'
            ? 'its figures conflict; choose the accepted value'
            : 'its figures differ within rounding; confirm the accepted value';
      blocking.push({ severity: 'blocking', kind: 'unresolved-group', message: `${label} is ${g.status} and unresolved (${count}): ${why}`, location: { group: g.key } });
    }
    if (g.status === 'single') {
      const o = byId.get(g.observationIds[0]);
      if (o && o.status === 'draft') {
        warnings.push({
          severity: 'warning',
          kind: 'unverified-single',
          message: `${label} rests on one source and its figure ${o.stated.trim() ? `"${o.stated.trim()}"` : `${o.value} ${o.unit}`} is not verified against its quote`,
          location: { observationId: o.id, group: g.key },
        });
      }
    }
  }

  const orphaned = new Set(input.orphanedIds);
  for (const o of doc.observations) {
    for (const p of recordProblems(o, sources)) blocking.push(p);
    const lang = o.sourceId ? (sources.get(o.sourceId)?.language ?? null) : null;
    for (const p of figureProblems(o, lang, indicatorOf)) (p.severity === 'blocking' ? blocking : warnings).push(p);
    if (orphaned.has(o.id) && o.quote && o.sourceId && sources.has(o.sourceId)) {
      const s = sources.get(o.sourceId)!;
      const empty = s.versions[s.versions.length - 1]?.length === 0;
      blocking.push({
        severity: 'blocking',
        kind: 'orphaned-citation',
        message: empty
          ? `${observationLabel(o)}: source "${s.title}" has no text yet, so the quote "${shortQuote(o.quote.exact)}" cannot be found; add the article's text`
          : `${observationLabel(o)}: the quote "${shortQuote(o.quote.exact)}" is no longer found in "${s.title}"`,
        location: { observationId: o.id, sourceId: s.id, field: 'quote' },
      });
    }
  }

  for (const s of doc.sources) {
    if (!s.url) warnings.push({ severity: 'warning', kind: 'source-missing-url', message: `source "${s.title}" has no URL`, location: { sourceId: s.id, field: 'url' } });
    if (!s.published) {
      warnings.push({ severity: 'warning', kind: 'source-missing-date', message: `source "${s.title}" has no publication date`, location: { sourceId: s.id, field: 'published' } });
    }
  }

  return { publishable: blocking.length === 0, blocking: blocking.length, warnings: warnings.length, problems: [...blocking, ...warnings] };
}

/** What a published record must have: what it is about, when, the figure with its unit, and a citation. */
function recordProblems(o: Observation, sources: ReadonlyMap<string, unknown>): ValidationProblem[] {
  const out: ValidationProblem[] = [];
  const label = observationLabel(o);
  const add = (field: string, what: string) =>
    out.push({ severity: 'blocking', kind: 'invalid-record', message: `${label}: ${what}`, location: { observationId: o.id, field } });
  if (!o.entity.trim()) add('entity', 'no entity');
  if (!o.indicator.trim()) add('indicator', 'no indicator');
  if (!o.period.trim()) add('period', 'no period');
  else {
    const p = parsePeriodCode(o.period);
    if (!p.ok) add('period', p.message);
  }
  if (o.value === null) add('value', 'no value');
  if (!o.unit.trim()) add('unit', 'no unit');
  if (!o.sourceId) add('sourceId', 'no source');
  else if (!sources.has(o.sourceId)) add('sourceId', `cites source "${o.sourceId}", which is not in the dataset`);
  if (!o.quote) add('quote', 'no quote from its source');
  return out;
}
