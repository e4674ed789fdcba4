import { describe, expect, it } from 'vitest';
import type { HistoryChange, Observation, Resolution } from '../../../shared/model';
import { QUALIFIERS } from '../../../shared/model/vocab';
import { groupBadgeText } from '../../../renderer/src/groups/badge-text';
import { GroupSync } from '../../../renderer/src/groups/group-sync';
import { dataset, obs, resolve, prng } from '../../shared/crosscheck/fixtures';


const ENTITIES = ['Thái Nguyên', 'Hà Nội', ''];
const PERIODS = ['2021', '2022', '2023'];
const VALUES = [2.16, 2.17, 2.2, 29, null];

/** A random figure in one of a few groups, so groups meet, split and merge as edits go on. */
function randomFields(rnd: () => number): Partial<Observation> & Pick<Observation, 'value' | 'stated'> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const value = pick(VALUES);
  return {
    entity: rnd() < 0.05 ? '' : pick(ENTITIES.slice(0, 2)),
    period: pick(PERIODS),
    value,
    unit: rnd() < 0.1 ? 'USD' : '%',
    qualifier: rnd() < 0.7 ? 'exact' : pick(QUALIFIERS),
    stated: value === null ? '' : `${String(value).replace('.', ',')}%`,
  };
}

/** The renderer's state as the UI would read it from scratch (the slow, obviously right way). */
function reference(sync: GroupSync, rows: Map<string, Observation>) {
  const index = sync.index;
  const badges = new Map<string, string>();
  for (const o of rows.values()) badges.set(o.id, groupBadgeText(index.groupOf(o)));
  const queue = index.reviewQueue();
  const resolved = index.views().filter((v) => v.resolved);
  return { badges, queue, resolved };
}

/** What the incrementally kept lists show. */
function fromLists(sync: GroupSync) {
  const lists = sync.reviewLists();
  const queue = lists.queueKeys().map((k) => lists.view(k));
  const resolved = lists.resolvedKeys.map((k) => lists.view(k));
  return { queue, resolved };
}

describe('ReviewLists kept by GroupSync', () => {
  it('equal GroupIndex.reviewQueue() and the resolved groups after random edits, and flag every visible change', () => {
    for (const seed of [1, 2, 3, 4]) {
      const rnd = prng(seed);
      const initial = Array.from({ length: 40 }, () => obs(randomFields(rnd)));
      const rows = new Map(initial.map((o) => [o.id, o]));
      const resolutions = new Map<string, Resolution>();
      const sync = new GroupSync(dataset(initial));
      sync.reviewLists(); // built now, then kept in step by apply()
      let tolerance = 0.05;
      let quietEdits = 0;

      for (let step = 0; step < 400; step++) {
        const before = reference(sync, rows);
        const ids = [...rows.keys()];
        const r = rnd();
        let changes: HistoryChange[];
        if (r < 0.15 || ids.length === 0) {
          const o = obs(randomFields(rnd));
          changes = [{ collection: 'observations', id: o.id, before: null, after: o }];
        } else if (r < 0.25) {
          const o = rows.get(ids[Math.floor(rnd() * ids.length)])!;
          changes = [{ collection: 'observations', id: o.id, before: o, after: null }];
        } else if (r < 0.6) {
          const o = rows.get(ids[Math.floor(rnd() * ids.length)])!;
          const after = { ...o, ...randomFields(rnd), id: o.id };
          changes = [{ collection: 'observations', id: o.id, before: o, after }];
        } else if (r < 0.7) {
          // Not a claim: the badge stays.
          const o = rows.get(ids[Math.floor(rnd() * ids.length)])!;
          changes = [{ collection: 'observations', id: o.id, before: o, after: { ...o, note: `n${step}` } }];
        } else if (r < 0.85) {
          const groups = sync.index.views();
          if (groups.length === 0) continue;
          const g = groups[Math.floor(rnd() * groups.length)];
          const res = resolve(
            g.observationIds.map((id) => rows.get(id)!),
            `2024-09-${String(1 + (step % 28)).padStart(2, '0')}T00:00:00.000Z`,
          );
          res.group = g.key;
          changes = [{ collection: 'resolutions', id: res.id, before: null, after: res }];
        } else if (r < 0.95) {
          const all = [...resolutions.values()];
          if (all.length === 0) continue;
          const res = all[Math.floor(rnd() * all.length)];
          // Sometimes without `before`: the sync must then err on the safe side.
          changes = [{ collection: 'resolutions', id: res.id, before: rnd() < 0.5 ? res : null, after: null }];
        } else {
          tolerance = tolerance === 0.05 ? 0 : 0.05;
          changes = [{ collection: 'meta', id: 'meta', before: null, after: { tolerance } }];
        }

        const change = sync.apply(changes);
        for (const c of changes) {
          if (c.collection === 'observations') {
            if (c.after === null) rows.delete(c.id);
            else rows.set(c.id, c.after as Observation);
          } else if (c.collection === 'resolutions') {
            if (c.after === null) resolutions.delete(c.id);
            else resolutions.set(c.id, c.after as Resolution);
          }
        }

        const after = reference(sync, rows);
        const lists = fromLists(sync);
        expect(lists.queue, `queue, seed ${seed} step ${step}`).toEqual(after.queue);
        expect(lists.resolved, `resolved, seed ${seed} step ${step}`).toEqual(after.resolved);
        expect(sync.reviewLists().queueLength).toBe(after.queue.length);
        after.queue.forEach((v, i) => expect(sync.reviewLists().queueIndexOf(v.keyString)).toBe(i));

        const rowBadgeChanged = [...after.badges].some(([id, b]) => (before.badges.get(id) ?? '') !== b);
        if (rowBadgeChanged) expect(change.badgeChanged, `badgeChanged, seed ${seed} step ${step}`).toBe(true);
        else if (!change.badgeChanged) quietEdits++;
        const listsLookDifferent =
          JSON.stringify([before.queue, before.resolved]) !== JSON.stringify([after.queue, after.resolved]);
        if (listsLookDifferent) expect(change.listsChanged, `listsChanged, seed ${seed} step ${step}`).toBe(true);
      }
      // Most edits leave every badge as it was: those must not ask the grid to filter again.
      expect(quietEdits).toBeGreaterThan(50);
    }
  });

  it('an edit that changes no badge asks for no refilter, one that does asks for it', () => {
    const a = obs({ indicator: 'Poor household rate', value: 2.16, unit: '%', stated: '2,16%' });
    const b = obs({ indicator: 'Poor household rate', value: 2.17, unit: '%', stated: '2,17%' });
    const sync = new GroupSync(dataset([a, b], [], 0));
    const lists = sync.reviewLists();
    expect(lists.queueKeys()).toHaveLength(1);

    const noted = sync.apply([{ collection: 'observations', id: b.id, before: b, after: { ...b, note: 'checked' } }]);
    expect(noted.badgeChanged).toBe(false);

    const b2 = { ...b, note: 'checked', value: 2.16, stated: '2,16%' };
    const agreed = sync.apply([{ collection: 'observations', id: b.id, before: { ...b, note: 'checked' }, after: b2 }]);
    expect(agreed.badgeChanged).toBe(true);
    expect(agreed.listsChanged).toBe(true);
    expect(lists.queueKeys()).toEqual([]);

    // Resolving changes the badge ("agree · resolved") and moves the group to the resolved list.
    const res = resolve([a, b2]);
    const resolved = sync.apply([{ collection: 'resolutions', id: res.id, before: null, after: res }]);
    expect(resolved.badgeChanged).toBe(true);
    expect(lists.resolvedKeys).toHaveLength(1);
  });
});
