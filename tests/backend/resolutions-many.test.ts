import { describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/create-backend';
import { backendFor, datasetWithSource, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

const key = (indicator: string) => ({ entity: 'Thái Nguyên', indicator, period: '2021' });

/** A dataset with the given groups, each a list of [stated, value, unit, qualifier] figures from one source. */
async function datasetWith(groups: Record<string, [string, number, string, string][]>) {
  const b = backendFor(dirs);
  const { sourceId } = await datasetWithSource(b);
  const ids: Record<string, string[]> = {};
  for (const [indicator, figures] of Object.entries(groups)) {
    ids[indicator] = [];
    for (const [stated, value, unit, qualifier] of figures) {
      const { observation } = await ok(b, 'observations-create', { fields: { ...key(indicator), stated, value, unit, qualifier, sourceId } });
      ids[indicator].push(observation.id);
    }
  }
  await ok(b, 'settings-update', { reviewerName: 'Lan' });
  return { b, ids };
}

const COMPATIBLE: [string, number, string, string][] = [
  ['gần 29 tỷ USD', 29e9, 'USD', 'nearly'],
  ['trên 28,8 tỷ USD', 28.8e9, 'USD', 'over'],
];

async function snapshot(b: Backend) {
  return (await ok(b, 'dataset-snapshot')).doc;
}

describe('resolutions-create-many', () => {
  it('resolves several groups with one rationale: a record each, one undo step', async () => {
    const { b, ids } = await datasetWith({ A: COMPATIBLE, B: COMPATIBLE, C: COMPATIBLE });
    const m = await ok(b, 'resolutions-create-many', {
      items: ['A', 'B', 'C'].map((i) => ({ group: key(i), observationId: ids[i][1] })),
      rationale: 'rounding: the precise figure is accepted',
    });
    expect(m.resolutions).toHaveLength(3);
    expect(new Set(m.resolutions.map((r) => r.id)).size).toBe(3);
    for (const r of m.resolutions) expect(r).toMatchObject({ value: 28.8e9, unit: 'USD', decidedBy: 'Lan', status: 'compatible', rationale: 'rounding: the precise figure is accepted' });
    let doc = await snapshot(b);
    expect(doc.resolutions).toHaveLength(3);
    expect(doc.observations.filter((o) => o.status === 'preferred').map((o) => o.id).sort()).toEqual([ids.A[1], ids.B[1], ids.C[1]].sort());
    const history = await ok(b, 'history-list', {});
    expect(history.entries.filter((e) => e.label === 'Resolve 3 groups')).toHaveLength(1);

    await ok(b, 'history-undo');
    doc = await snapshot(b);
    expect(doc.resolutions).toHaveLength(0);
    expect(doc.observations.some((o) => o.status === 'preferred')).toBe(false);
    await b.close();
  });

  it('is all or nothing: a group that cannot be resolved refuses the call, naming it', async () => {
    const { b, ids } = await datasetWith({
      A: COMPATIBLE,
      Projects: [
        ['215 dự án', 215, 'project', 'exact'],
        ['164', 164, 'count', 'exact'],
      ],
    });
    const err = await fails(
      b,
      'resolutions-create-many',
      { items: [{ group: key('A'), observationId: ids.A[0] }, { group: key('Projects'), observationId: ids.Projects[0] }], rationale: 'x' },
      'INVALID_INPUT',
    );
    expect(err.message).toContain('Thái Nguyên · Projects · 2021 cannot be resolved while its units differ (project vs count)');
    const dup = await fails(b, 'resolutions-create-many', { items: [{ group: key('A'), observationId: ids.A[0] }, { group: key('A'), observationId: ids.A[1] }], rationale: 'x' }, 'INVALID_INPUT');
    expect(dup.message).toContain('listed twice');
    const noWhy = await fails(b, 'resolutions-create-many', { items: [{ group: key('A'), observationId: ids.A[0] }] }, 'INVALID_INPUT');
    expect(noWhy.message).toBe('rationale: a rationale is required when the group is compatible');
    expect((await snapshot(b)).resolutions).toHaveLength(0);
    await b.close();
  });
});

describe('incomparable groups', () => {
  it('cannot be resolved until the units agree; changing a unit makes it resolvable', async () => {
    const { b, ids } = await datasetWith({
      Projects: [
        ['215 dự án', 215, 'project', 'exact'],
        ['168 dự án', 168, 'count', 'exact'],
      ],
    });
    const [first, second] = ids.Projects;
    const err = await fails(b, 'resolutions-create', { group: key('Projects'), observationId: first, rationale: 'x' }, 'INVALID_INPUT');
    expect(err.message).toBe(
      "group: Thái Nguyên · Projects · 2021 cannot be resolved while its units differ (project vs count): change a figure's unit or indicator so they agree first",
    );
    expect((await snapshot(b)).resolutions).toHaveLength(0);
    await ok(b, 'observations-update', { id: second, patch: { unit: 'project' } });
    const m = await ok(b, 'resolutions-create', { group: key('Projects'), observationId: first, rationale: 'the later report' });
    expect(m.resolution.status).toBe('conflict');
    await b.close();
  });
});

describe('a tolerance change and decisions already made', () => {
  // "khoảng 2,16%" against "2,17%": compatible at 5 %, in conflict at 0 % ([2.155, 2.165) misses [2.165, 2.175)).
  const HEDGED: [string, number, string, string][] = [
    ['khoảng 2,16%', 2.16, '%', 'approx'],
    ['2,17%', 2.17, '%', 'exact'],
  ];

  it('keeps the decision, marks it for a second look in the same undo step, and unmarks it when the status comes back', async () => {
    const { b, ids } = await datasetWith({ Rate: HEDGED, Export: COMPATIBLE });
    await ok(b, 'resolutions-create-many', {
      items: [
        { group: key('Rate'), observationId: ids.Rate[1] },
        { group: key('Export'), observationId: ids.Export[1] },
      ],
      rationale: 'rounding',
    });
    const m = await ok(b, 'dataset-update-meta', { tolerance: 0 });
    const marked = m.changes.filter((c) => c.collection === 'resolutions');
    expect(marked).toHaveLength(1);
    let doc = await snapshot(b);
    const rate = () => doc.resolutions.find((r) => r.group.indicator === 'Rate')!;
    const exp = () => doc.resolutions.find((r) => r.group.indicator === 'Export')!;
    expect(rate()).toMatchObject({ recheck: true, status: 'compatible', value: 2.17, observationId: ids.Rate[1] });
    expect(exp().recheck).toBeUndefined();

    await ok(b, 'history-undo');
    doc = await snapshot(b);
    expect(doc.meta.tolerance).toBe(0.05);
    expect(rate().recheck).toBeUndefined();

    await ok(b, 'history-redo');
    await ok(b, 'dataset-update-meta', { tolerance: 0.05 });
    doc = await snapshot(b);
    expect(rate().recheck).toBe(false);
    await b.close();
  });

  it('takes the status under the old tolerance for a decision made before statuses were recorded', async () => {
    const { b, ids } = await datasetWith({ Rate: HEDGED });
    await ok(b, 'resolutions-create', { group: key('Rate'), observationId: ids.Rate[1], rationale: 'rounding' });
    // An older dataset: its decision has no status.
    const { toleranceRechecks } = await import('../../electron/backend/handlers/resolutions');
    const doc = await snapshot(b);
    const old = { ...doc, resolutions: doc.resolutions.map(({ status: _s, ...r }) => r) };
    const changes = toleranceRechecks(old, 0);
    expect(changes).toHaveLength(1);
    expect(changes[0].after).toMatchObject({ status: 'compatible', recheck: true });
    await b.close();
  });
});
