import { describe, expect, it } from 'vitest';
import { isStale } from '../../shared/crosscheck/resolution-state';
import { backendFor, datasetWithSource, fails, ok, quoteOf, SOURCE_TEXT, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

const GROUP = { entity: 'Thái Nguyên', indicator: 'Poor household rate', period: '2021' };

/** 2,16% (source A) against 2,17% (source B): a conflict. */
async function conflict() {
  const b = backendFor(dirs);
  const { sourceId: a } = await datasetWithSource(b);
  const textB = 'Tỷ lệ hộ nghèo của tỉnh năm 2021 là 2,17%.';
  const { source } = await ok(b, 'sources-create', { meta: { title: 'Nguồn B', language: 'vi' }, text: textB });
  const obs = async (sourceId: string, stated: string, value: number, text: string) =>
    (await ok(b, 'observations-create', { fields: { ...GROUP, value, unit: '%', stated, sourceId, quote: quoteOf(stated, text) } })).observation.id;
  const first = await obs(a, '2,16%', 2.16, SOURCE_TEXT);
  const second = await obs(source.id, '2,17%', 2.17, textB);
  return { b, first, second };
}

describe('resolutions', () => {
  it('needs a reviewer name, and a rationale when the group does not agree', async () => {
    const { b, first } = await conflict();
    const noName = await fails(b, 'resolutions-create', { group: GROUP, observationId: first, rationale: 'newer' }, 'INVALID_INPUT');
    expect(noName.message).toBe('set your reviewer name first');
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    const noWhy = await fails(b, 'resolutions-create', { group: GROUP, observationId: first }, 'INVALID_INPUT');
    expect(noWhy.message).toBe('rationale: a rationale is required when the group is conflict');
    await fails(b, 'resolutions-create', { group: GROUP, observationId: 'obs-999', rationale: 'x' }, 'INVALID_INPUT');
    await fails(b, 'resolutions-create', { group: GROUP, observationId: null, rationale: 'x' }, 'INVALID_INPUT');
    await fails(b, 'resolutions-create', { group: { ...GROUP, period: '2030' }, observationId: null, value: 1, unit: '%', rationale: 'x' }, 'NOT_FOUND');
    await b.close();
  });

  it('accepts one value (preferred), deprecates another, records its basis; an edit makes it stale; undo restores', async () => {
    const { b, first, second } = await conflict();
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    const m = await ok(b, 'resolutions-create', {
      group: GROUP,
      observationId: second,
      rationale: 'the later report corrects the earlier figure',
      deprecate: [{ id: first, reason: 'outdated', note: 'superseded' }],
    });
    expect(m.resolution).toMatchObject({ value: 2.17, unit: '%', observationId: second, decidedBy: 'Lan', group: GROUP });
    expect(m.resolution.basis.map((x) => x.id).sort()).toEqual([first, second].sort());
    let doc = (await ok(b, 'dataset-snapshot')).doc;
    const byId = (id: string) => doc.observations.find((o) => o.id === id)!;
    expect(byId(second).status).toBe('preferred');
    expect(byId(first)).toMatchObject({ status: 'deprecated', deprecation: { reason: 'outdated', note: 'superseded' } });
    expect(isStale(doc.resolutions[0], doc.observations)).toBe(false);

    await ok(b, 'observations-update', { id: first, patch: { value: 2.15, stated: '2,15%' , quote: null } });
    doc = (await ok(b, 'dataset-snapshot')).doc;
    expect(isStale(doc.resolutions[0], doc.observations)).toBe(true);
    await ok(b, 'history-undo');
    doc = (await ok(b, 'dataset-snapshot')).doc;
    expect(isStale(doc.resolutions[0], doc.observations)).toBe(false);

    await ok(b, 'history-undo'); // the resolution itself, statuses included
    doc = (await ok(b, 'dataset-snapshot')).doc;
    expect(doc.resolutions).toEqual([]);
    expect(doc.observations.map((o) => o.status)).toEqual(['draft', 'draft']);
    await b.close();
  });

  it('takes a typed value, and keeps the older decision beside the newer one', async () => {
    const { b, first } = await conflict();
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    await ok(b, 'resolutions-create', { group: GROUP, observationId: first, rationale: 'first look' });
    const m = await ok(b, 'resolutions-create', { group: GROUP, observationId: null, value: 2.165, unit: '%', rationale: 'midpoint from the statistics office' });
    expect(m.resolution).toMatchObject({ value: 2.165, unit: '%', observationId: null });
    const doc = (await ok(b, 'dataset-snapshot')).doc;
    expect(doc.resolutions).toHaveLength(2);
    expect(doc.observations.find((o) => o.id === first)!.status).toBe('verified'); // no longer the accepted one
    await ok(b, 'resolutions-delete', { id: m.resolution.id });
    expect((await ok(b, 'dataset-snapshot')).doc.resolutions).toHaveLength(1);
    await fails(b, 'resolutions-delete', { id: m.resolution.id }, 'NOT_FOUND');
    await b.close();
  });
});
