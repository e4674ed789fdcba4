import type { Handlers, ParsedInput } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { GroupIndex, observationKeyString } from '../../../shared/crosscheck/group-index';
import { groupKeyOf, groupKeyString } from '../../../shared/crosscheck/group-key';
import { resolutionBasis } from '../../../shared/crosscheck/resolution-state';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryChange } from '../../../shared/model/history';
import type { Observation } from '../../../shared/model/observation';
import { Resolution } from '../../../shared/model/resolution';
import type { BackendContext } from '../context';
import type { DatasetStore } from '../store/dataset-store';
import { findRecord } from '../store/apply-changes';
import { change, nowIso, parseInput } from './helpers';

type ResolutionHandlers = Pick<Handlers, 'resolutions-create' | 'resolutions-create-many' | 'resolutions-delete'>;
type Decision = ParsedInput<'resolutions-create'>;

const invalid = (path: string, message: string) => new TallyError('INVALID_INPUT', `${path}: ${message}`, { issues: [{ path, message }] });

/** The members of each asked-for group, in one pass over the observations however many groups are asked. */
function membersByKey(doc: DatasetDoc, keys: ReadonlySet<string>): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const k of keys) out.set(k, []);
  for (const o of doc.observations) {
    const k = observationKeyString(o);
    if (k !== null) out.get(k)?.push(o);
  }
  return out;
}

/**
 * One group's decision as history changes (nothing is applied here): the accepted observation becomes preferred,
 * the listed ones deprecated, one an older decision preferred goes back to verified; plus the resolution record,
 * which keeps the group's status at the time. Refused, naming the group: an incomparable group (its units must
 * agree first: a value in USD cannot settle figures in VND), a missing rationale where the figures differ, and
 * observations from outside the group.
 */
function decide(store: DatasetStore, members: readonly Observation[], input: Decision, decidedBy: string, at: string) {
  const doc = store.doc;
  const key = groupKeyOf(input.group);
  const keyString = groupKeyString(key);
  const label = `${key.entity} · ${key.indicator} · ${key.period}`;
  if (members.length === 0) throw new TallyError('NOT_FOUND', `no observations in group ${label}`);
  const inGroup = new Set(members.map((o) => o.id));

  let value: number;
  let unit: string;
  if (input.observationId !== null) {
    if (!inGroup.has(input.observationId)) throw invalid('observationId', `${input.observationId} is not in ${label}`);
    const accepted = findRecord(doc, 'observations', input.observationId) as Observation;
    if (accepted.value === null) throw invalid('observationId', `${accepted.id} has no value to accept`);
    value = accepted.value;
    unit = accepted.unit;
  } else {
    if (input.value === undefined) throw invalid('value', 'enter a value or accept an observation');
    if (!input.unit?.trim()) throw invalid('unit', 'a unit is required with a typed value');
    value = input.value;
    unit = input.unit.trim();
  }
  const view = new GroupIndex({ observations: [...members], sources: doc.sources, resolutions: [], meta: doc.meta }).view(keyString);
  if (view?.status === 'incomparable') {
    const units = [...new Set(members.filter((o) => o.value !== null).map((o) => o.unit))].join(' vs ');
    throw invalid('group', `${label} cannot be resolved while its units differ (${units}): change a figure's unit or indicator so they agree first`);
  }
  if (view && view.status !== 'agree' && input.rationale.trim() === '') {
    throw invalid('rationale', `a rationale is required when the group is ${view.status}`);
  }
  for (const d of input.deprecate) {
    if (!inGroup.has(d.id)) throw invalid('deprecate', `${d.id} is not in ${label}`);
    if (d.id === input.observationId) throw invalid('deprecate', `${d.id} is the accepted observation`);
  }

  const deprecations = new Map(input.deprecate.map((d) => [d.id, { reason: d.reason, note: d.note }]));
  const changes: HistoryChange[] = [];
  const after = members.map((o) => {
    let next: Observation = o;
    if (o.id === input.observationId) next = { ...o, status: 'preferred', deprecation: null };
    else if (deprecations.has(o.id)) next = { ...o, status: 'deprecated', deprecation: deprecations.get(o.id)! };
    else if (o.status === 'preferred') next = { ...o, status: 'verified' };
    if (next !== o) changes.push(change('observations', o.id, o, { ...next, updatedAt: at }));
    return next;
  });
  const resolution = parseInput(Resolution, {
    id: store.ids.next('resolutions'),
    group: key,
    value,
    unit,
    observationId: input.observationId,
    rationale: input.rationale.trim(),
    decidedBy,
    decidedAt: at,
    basis: resolutionBasis(after),
    ...(view ? { status: view.status } : {}),
  });
  changes.push(change('resolutions', resolution.id, null, resolution));
  return { changes, resolution, label };
}

/**
 * What a tolerance change does to the decisions in force (issue 11): never their value, but each one whose group
 * would now have another status than when it was decided is marked `recheck`, and unmarked when the tolerance
 * gives it back its status. Returned as changes, to go in the same undo step as the tolerance. A decision made
 * before statuses were recorded takes the status under the old tolerance as its own, and keeps it from then on.
 */
export function toleranceRechecks(doc: DatasetDoc, tolerance: number): HistoryChange[] {
  if (doc.resolutions.length === 0) return [];
  const now = new GroupIndex(doc, { tolerance });
  let before: GroupIndex | null = null;
  const out: HistoryChange[] = [];
  for (const r of doc.resolutions) {
    const ks = groupKeyString(r.group);
    const g = now.group(ks);
    // Only decisions in force that still match their group: a stale one is back in the queue anyway.
    if (!g || g.resolution?.id !== r.id || g.stale) continue;
    const decided = r.status ?? (before ??= new GroupIndex(doc)).group(ks)?.status;
    if (decided === undefined) continue;
    const recheck = g.status !== decided;
    if ((r.recheck ?? false) !== recheck || r.status === undefined) out.push(change('resolutions', r.id, r, { ...r, status: decided, recheck }));
  }
  return out;
}

export function resolutionHandlers(ctx: BackendContext): ResolutionHandlers {
  return {
    /**
     * Accepts one observation's value (it becomes preferred) or a typed value; deprecates the listed ones. Older
     * resolutions of the group stay in the dataset (the newest is in force); an observation an older decision
     * preferred goes back to verified.
     */
    'resolutions-create': async (input) => {
      const store = ctx.store();
      const decidedBy = ctx.requireReviewer();
      return store.mutate(ctx.who(), () => {
        const keyString = groupKeyString(groupKeyOf(input.group));
        const members = membersByKey(store.doc, new Set([keyString])).get(keyString)!;
        const { changes, resolution, label } = decide(store, members, input, decidedBy, nowIso());
        return { action: 'resolutions-create', label: `Resolve ${label}`, changes, extra: { resolution } };
      });
    },

    /**
     * Several groups with one rationale: each gets its own resolution record, all in one write and one undo step.
     * All or nothing: a group that cannot be resolved refuses the whole call, naming that group.
     */
    'resolutions-create-many': async ({ items, rationale }) => {
      const store = ctx.store();
      const decidedBy = ctx.requireReviewer();
      return store.mutate(ctx.who(), () => {
        const keys = items.map((i) => groupKeyString(groupKeyOf(i.group)));
        const seen = new Set<string>();
        keys.forEach((k, i) => {
          if (seen.has(k)) throw invalid(`items.${i}.group`, `${items[i].group.entity} · ${items[i].group.indicator} · ${items[i].group.period} is listed twice`);
          seen.add(k);
        });
        const members = membersByKey(store.doc, seen);
        const at = nowIso();
        const changes: HistoryChange[] = [];
        const resolutions: Resolution[] = [];
        let first = '';
        items.forEach((item, i) => {
          const d = decide(store, members.get(keys[i])!, { ...item, rationale }, decidedBy, at);
          changes.push(...d.changes);
          resolutions.push(d.resolution);
          first ||= d.label;
        });
        const label = items.length === 1 ? `Resolve ${first}` : `Resolve ${items.length} groups`;
        return { action: 'resolutions-create-many', label, changes, extra: { resolutions } };
      });
    },

    'resolutions-delete': async ({ id }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => {
        const r = findRecord(store.doc, 'resolutions', id) as Resolution | null;
        if (!r) throw new TallyError('NOT_FOUND', `no resolution "${id}"`);
        return {
          action: 'resolutions-delete',
          label: `Remove decision on ${r.group.entity} · ${r.group.indicator} · ${r.group.period}`,
          changes: [change('resolutions', id, r, null)],
        };
      });
    },
  };
}
