import type { Handlers } from '../../../shared/api/contract';
import { blankObservationFields } from '../../../shared/model/blank-observation';
import { Observation } from '../../../shared/model/observation';
import type { BackendContext } from '../context';
import { assertValidObservation, change, getObservation, nowIso, parseInput, plural } from './helpers';

type ObservationHandlers = Pick<Handlers, 'observations-create' | 'observations-update' | 'observations-delete'>;

const sameClaims = (a: Observation, b: Observation) =>
  JSON.stringify({ ...a, updatedAt: '' }) === JSON.stringify({ ...b, updatedAt: '' });

export function observationHandlers(ctx: BackendContext): ObservationHandlers {
  return {
    'observations-create': async ({ fields }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => {
        const at = nowIso();
        const observation = parseInput(Observation, { ...blankObservationFields(), ...fields, id: store.ids.next('observations'), createdAt: at, updatedAt: at });
        assertValidObservation(store, observation);
        return {
          action: 'observations-create',
          label: `Add observation ${observation.id}`,
          changes: [change('observations', observation.id, null, observation)],
          extra: { observation },
        };
      });
    },

    'observations-update': async ({ id, patch }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => {
        const before = getObservation(store.doc, id);
        const after = parseInput(Observation, { ...before, ...patch, updatedAt: nowIso() });
        assertValidObservation(store, after, before);
        if (sameClaims(before, after)) return { action: 'observations-update', label: '', changes: [] };
        const fields = Object.keys(patch).filter((k) => JSON.stringify(before[k as keyof Observation]) !== JSON.stringify(after[k as keyof Observation]));
        return {
          action: 'observations-update',
          label: `Edit ${fields.join(', ') || 'fields'} of ${id}`,
          changes: [change('observations', id, before, after)],
        };
      });
    },

    'observations-delete': async ({ ids }) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => {
        const unique = [...new Set(ids)];
        const changes = unique.map((id) => change('observations', id, getObservation(store.doc, id), null));
        const label = unique.length === 1 ? `Delete observation ${unique[0]}` : `Delete ${plural(unique.length, 'observation')}`;
        return { action: 'observations-delete', label, changes };
      });
    },
  };
}
