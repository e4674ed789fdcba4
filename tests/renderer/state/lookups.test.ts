import { describe, expect, it } from 'vitest';
import { blankObservationFields, type DatasetDoc, type HistoryChange, type Observation } from '../../../shared/model';
import { applyChanges } from '../../../renderer/src/state/apply-changes';
import { buildLookups, LookupIndex } from '../../../renderer/src/state/lookups';
import { indexBySource, updateBySource } from '../../../renderer/src/state/observations-by-source';

const AT = '2024-01-01T00:00:00.000Z';
// Few names, some blank, padded, or the same letters in NFC and NFD: edits keep adding and removing list entries.
const ENTITIES = ['Thái Nguyên', 'Bắc Giang', ' Bắc Giang ', 'Tha\u0301i Nguye\u0302n', '', 'Việt Nam', 'Hà Nội'];
const INDICATORS = ['GRDP growth', 'Export value', 'tỷ lệ hộ nghèo', '  ', 'Xuất khẩu'];
const UNITS = ['%', 'USD', 'VND', '', 'dự án'];
const SOURCES = ['src-1', 'src-2', 'src-3', null];

/** A small deterministic generator, so a failure replays the same sequence. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function randomDoc(pick: <T>(xs: readonly T[]) => T, n: number): DatasetDoc {
  const observations = Array.from({ length: n }, (_, i) => obs(`obs-${i}`, pick));
  return {
    schemaVersion: 1,
    meta: { name: 't' },
    sources: ['src-1', 'src-2', 'src-3'].map((id) => ({ id, title: id })),
    entities: [{ id: 'ent-1', name: 'Thái Nguyên' }],
    indicators: [{ id: 'ind-1', name: 'GRDP growth', unit: '%' }],
    observations,
    resolutions: [],
  } as unknown as DatasetDoc;
}

function obs(id: string, pick: <T>(xs: readonly T[]) => T): Observation {
  return {
    id,
    ...blankObservationFields(),
    entity: pick(ENTITIES),
    indicator: pick(INDICATORS),
    unit: pick(UNITS),
    sourceId: pick(SOURCES),
    createdAt: AT,
    updatedAt: AT,
  } as Observation;
}

/** One random Mutation's changes against `doc`: field edits (note included), creates, deletes, registry and source edits. */
function randomChanges(doc: DatasetDoc, r: () => number, pick: <T>(xs: readonly T[]) => T, serial: number): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (let k = 1 + Math.floor(r() * 3); k > 0; k--) {
    const kind = r();
    const o = doc.observations.length ? doc.observations[Math.floor(r() * doc.observations.length)] : null;
    if (kind < 0.45 && o && !changes.some((c) => c.id === o.id)) {
      const field = pick(['entity', 'indicator', 'unit', 'sourceId', 'note'] as const);
      const value = field === 'entity' ? pick(ENTITIES) : field === 'indicator' ? pick(INDICATORS) : field === 'unit' ? pick(UNITS) : field === 'sourceId' ? pick(SOURCES) : `n${serial}`;
      changes.push({ collection: 'observations', id: o.id, before: o, after: { ...o, [field]: value } });
    } else if (kind < 0.65) {
      changes.push({ collection: 'observations', id: `new-${serial}-${k}`, before: null, after: obs(`new-${serial}-${k}`, pick) });
    } else if (kind < 0.8 && o && !changes.some((c) => c.id === o.id)) {
      changes.push({ collection: 'observations', id: o.id, before: o, after: null });
    } else if (kind < 0.9 && !changes.some((c) => c.collection === 'indicators')) {
      const ind = doc.indicators[0];
      changes.push({ collection: 'indicators', id: ind.id, before: ind, after: { ...ind, name: pick(INDICATORS) || 'x', unit: pick(UNITS) } });
    } else if (!changes.some((c) => c.collection === 'sources')) {
      const src = doc.sources.find((s) => s.id === 'src-2');
      changes.push({ collection: 'sources', id: 'src-2', before: src ?? null, after: src ? null : ({ id: 'src-2', title: `back ${serial}` } as never) });
    }
  }
  return changes;
}

describe('incremental lookups', () => {
  it('equal a full rebuild after every edit of random sequences', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
      let doc = randomDoc(pick, 40);
      const index = new LookupIndex(doc);
      for (let step = 0; step < 150; step++) {
        const changes = randomChanges(doc, r, pick, step);
        doc = applyChanges(doc, changes);
        const incremental = index.apply(changes);
        const full = buildLookups(doc);
        expect(incremental.entityNames, `seed ${seed} step ${step}`).toEqual(full.entityNames);
        expect(incremental.indicatorNames).toEqual(full.indicatorNames);
        expect(incremental.unitNames).toEqual(full.unitNames);
        expect(incremental.citationCounts).toEqual(full.citationCounts);
        expect(incremental.sourcesById).toEqual(full.sourcesById);
      }
    }
  });

  it('a Note edit returns the same lookups object; a new name gives new lists without changing the old ones', () => {
    const r = rng(7);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
    const doc = randomDoc(pick, 10);
    const index = new LookupIndex(doc);
    const before = index.value;
    const o = doc.observations[0];
    expect(index.apply([{ collection: 'observations', id: o.id, before: o, after: { ...o, note: 'only a note' } }])).toBe(before);
    const names = [...before.entityNames];
    const after = index.apply([{ collection: 'observations', id: o.id, before: o, after: { ...o, entity: 'Quảng Ninh' } }]);
    expect(after).not.toBe(before);
    expect(after.entityNames).toContain('Quảng Ninh');
    expect(before.entityNames).toEqual(names);
  });
});

describe('observations indexed by source', () => {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  it('equal a filter of the document after every edit of random sequences; untouched sources keep their arrays', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = rng(seed);
      const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
      let doc = randomDoc(pick, 40);
      let index = indexBySource(doc.observations);
      for (let step = 0; step < 150; step++) {
        const changes = randomChanges(doc, r, pick, step);
        doc = applyChanges(doc, changes);
        const previous = index;
        index = updateBySource(index, changes);
        const touched = new Set<string | null>();
        for (const c of changes) {
          if (c.collection !== 'observations') continue;
          touched.add((c.before as Observation | null)?.sourceId ?? null);
          touched.add((c.after as Observation | null)?.sourceId ?? null);
        }
        for (const id of ['src-1', 'src-2', 'src-3']) {
          const expected = doc.observations.filter((o) => o.sourceId === id);
          expect([...(index.get(id) ?? [])].sort(byId), `seed ${seed} step ${step} ${id}`).toEqual([...expected].sort(byId));
          if (!touched.has(id)) expect(index.get(id)).toBe(previous.get(id));
        }
      }
    }
  });
});
