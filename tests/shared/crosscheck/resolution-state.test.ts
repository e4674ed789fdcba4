import { describe, expect, it } from 'vitest';
import { GroupIndex, isStale, ResolutionIndex, resolutionBasis } from '../../../shared/crosscheck';
import type { Observation } from '../../../shared/model/observation';
import { dataset, obs, resolve } from './fixtures';

const poverty = () => [
  obs({ indicator: 'Poor household rate', value: 2.16, unit: '%', stated: '2,16%' }),
  obs({ indicator: 'Poor household rate', value: 2.17, unit: '%', stated: '2,17%', sourceId: 'src-vi2' }),
];
const ks = (o: Observation) => ['Thái Nguyên', o.indicator, o.period].join('\u001f');

describe('isStale: a resolution matches the observations it was made on, exactly', () => {
  it('is fresh right after the decision', () => {
    const group = poverty();
    expect(isStale(resolve(group), group)).toBe(false);
  });
  it('is stale after an observation of the group is edited', () => {
    const group = poverty();
    const r = resolve(group);
    expect(isStale(r, [group[0], { ...group[1], value: 2.18, stated: '2,18%' }])).toBe(true);
  });
  it('is stale after an observation is added', () => {
    const group = poverty();
    const r = resolve(group);
    expect(isStale(r, [...group, obs({ indicator: 'Poor household rate', value: 2.2, unit: '%', stated: '2,2%' })])).toBe(true);
  });
  it('is stale after an observation is removed', () => {
    const group = poverty();
    expect(isStale(resolve(group), [group[0]])).toBe(true);
  });
  it('is not stale when only review status, deprecation or note change (what the resolution itself does)', () => {
    const group = poverty();
    const r = resolve(group);
    const after = [
      { ...group[0], status: 'preferred' as const, note: 'accepted' },
      { ...group[1], status: 'deprecated' as const, deprecation: { reason: 'outdated' as const, note: 'older report' } },
    ];
    expect(isStale(r, after)).toBe(false);
  });
  it('does not depend on the order of observations', () => {
    const group = poverty();
    expect(isStale(resolve(group), [group[1], group[0]])).toBe(false);
  });
  it('resolutionBasis records id and fingerprint of every observation', () => {
    const group = poverty();
    expect(resolutionBasis(group).map((b) => b.id)).toEqual(group.map((o) => o.id));
  });
});

describe('ResolutionIndex: the resolution in force per group', () => {
  it('finds a resolution by group key, names compared after normalisation', () => {
    const group = poverty();
    const r = resolve(group);
    const idx = new ResolutionIndex([r]);
    expect(idx.resolutionFor({ entity: ' Tha\u0301i  Nguye\u0302n ', indicator: 'Poor household rate', period: '2021' })).toBe(r);
    expect(idx.resolutionFor({ entity: 'Hà Nội', indicator: 'Poor household rate', period: '2021' })).toBeNull();
  });
  it('the newest decision for a group wins; removing it brings back the older one', () => {
    const group = poverty();
    const old = resolve(group, '2024-09-01T00:00:00.000Z');
    const newer = resolve(group, '2024-10-01T00:00:00.000Z');
    const idx = new ResolutionIndex([newer, old]);
    expect(idx.resolutionFor(ks(group[0]))).toBe(newer);
    idx.remove(newer.id);
    expect(idx.resolutionFor(ks(group[0]))).toBe(old);
  });
});

describe('GroupIndex: resolved, stale and the review queue', () => {
  it('a resolved group leaves the review queue and comes back stale after an edit, the old decision still visible', () => {
    const group = poverty();
    const r = resolve(group);
    const index = new GroupIndex(dataset(group, [r]));
    const key = ks(group[0]);
    expect(index.view(key)).toMatchObject({ status: 'conflict', resolved: true, stale: false, resolution: r });
    expect(index.reviewQueue()).toHaveLength(0);

    index.update(group[1], { ...group[1], value: 2.18, stated: '2,18%' });
    expect(index.view(key)).toMatchObject({ resolved: false, stale: true, resolution: r });
    expect(index.reviewQueue().map((g) => g.keyString)).toEqual([key]);
  });
  it('reopens when an observation is added and when one is removed', () => {
    const group = poverty();
    const index = new GroupIndex(dataset(group, [resolve(group)]));
    const key = ks(group[0]);
    const extra = obs({ indicator: 'Poor household rate', value: 2.17, unit: '%', stated: '2,17%' });
    index.add(extra);
    expect(index.view(key)?.stale).toBe(true);
    index.remove(extra);
    expect(index.view(key)?.stale).toBe(false);
    index.remove(group[0]);
    expect(index.view(key)).toMatchObject({ status: 'single', stale: true, resolved: false });
  });
  it('stays resolved when the reviewer marks figures preferred and deprecated', () => {
    const group = poverty();
    const index = new GroupIndex(dataset(group, [resolve(group)]));
    index.update(group[1], { ...group[1], status: 'deprecated', deprecation: { reason: 'error in source', note: '' } });
    expect(index.view(ks(group[0]))?.resolved).toBe(true);
  });
  it('a resolution added or removed later updates only that group', () => {
    const group = poverty();
    const index = new GroupIndex(dataset(group));
    const r = resolve(group);
    expect(index.upsertResolution(r)).toEqual([ks(group[0])]);
    expect(index.view(ks(group[0]))?.resolved).toBe(true);
    index.removeResolution(r.id);
    expect(index.view(ks(group[0]))).toMatchObject({ resolved: false, stale: false, resolution: null });
  });
  it('orders the queue conflict, incomparable, compatible, widest spread first; agree and single are never queued', () => {
    const at = (indicator: string, value: number, unit: string, stated: string, qualifier: Observation['qualifier'] = 'exact') =>
      obs({ indicator, value, unit, stated, qualifier });
    const observations = [
      at('A compatible', 29e9, 'USD', 'gần 29 tỷ USD', 'nearly'),
      at('A compatible', 28.8e9, 'USD', 'trên 28,8 tỷ USD', 'over'),
      at('B small conflict', 2.16, '%', '2,16%'),
      at('B small conflict', 2.17, '%', '2,17%'),
      at('C wide conflict', 10, '%', '10%'),
      at('C wide conflict', 20, '%', '20%'),
      at('D incomparable', 5, '%', '5%'),
      at('D incomparable', 5, 'count', '5'),
      at('E agree', 6.51, '%', '6,51%'),
      at('E agree', 6.51, '%', '6,51%'),
      at('F single', 1, '%', '1%'),
    ];
    const index = new GroupIndex(dataset(observations));
    expect(index.reviewQueue().map((g) => g.key.indicator)).toEqual(['C wide conflict', 'B small conflict', 'D incomparable', 'A compatible']);
    const counts = index.counts();
    expect(counts.conflict).toEqual({ total: 2, open: 2 });
    expect(counts.agree).toEqual({ total: 1, open: 0 });
    expect(counts.single).toEqual({ total: 1, open: 0 });
  });
});
