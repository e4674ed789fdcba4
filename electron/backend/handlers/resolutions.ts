import type { Handlers } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { GroupIndex, observationKeyString } from '../../../shared/crosscheck/group-index';
import { groupKeyOf, groupKeyString } from '../../../shared/crosscheck/group-key';
import { resolutionBasis } from '../../../shared/crosscheck/resolution-state';
import type { HistoryChange } from '../../../shared/model/history';
import type { Observation } from '../../../shared/model/observation';
import { Resolution } from '../../../shared/model/resolution';
import type { BackendContext } from '../context';
import { findRecord } from '../store/apply-changes';
import { change, nowIso, parseInput } from './helpers';

type ResolutionHandlers = Pick<Handlers, 'resolutions-create' | 'resolutions-delete'>;

const invalid = (path: string, message: string) => new TallyError('INVALID_INPUT', `${path}: ${message}`, { issues: [{ path, message }] });

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
        const doc = store.doc;
        const key = groupKeyOf(input.group);
        const keyString = groupKeyString(key);
        const members = doc.observations.filter((o) => observationKeyString(o) === keyString);
        if (members.length === 0) throw new TallyError('NOT_FOUND', `no observations in group ${key.entity} · ${key.indicator} · ${key.period}`);
        const inGroup = new Set(members.map((o) => o.id));

        let value: number;
        let unit: string;
        if (input.observationId !== null) {
          if (!inGroup.has(input.observationId)) throw invalid('observationId', `${input.observationId} is not in this group`);
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
        const view = new GroupIndex({ observations: members, sources: doc.sources, resolutions: [], meta: doc.meta }).view(keyString);
        if (view && view.status !== 'agree' && input.rationale.trim() === '') {
          throw invalid('rationale', `a rationale is required when the group is ${view.status}`);
        }
        for (const d of input.deprecate) {
          if (!inGroup.has(d.id)) throw invalid('deprecate', `${d.id} is not in this group`);
          if (d.id === input.observationId) throw invalid('deprecate', `${d.id} is the accepted observation`);
        }

        const at = nowIso();
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
        });
        changes.push(change('resolutions', resolution.id, null, resolution));
        return { action: 'resolutions-create', label: `Resolve ${key.entity} · ${key.indicator} · ${key.period}`, changes, extra: { resolution } };
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
