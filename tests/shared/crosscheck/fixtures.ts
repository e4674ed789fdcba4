import type { Observation } from '../../../shared/model/observation';
import type { Resolution } from '../../../shared/model/resolution';
import type { Source } from '../../../shared/model/source';
import type { Language } from '../../../shared/model/vocab';
import { resolutionBasis } from '../../../shared/crosscheck';

const AT = '2024-08-16T00:00:00.000Z';
let next = 0;

/** An observation built by hand: a figure as a source states it, with the defaults of a verified row. */
export function obs(fields: Partial<Observation> & Pick<Observation, 'value' | 'stated'>): Observation {
  return {
    id: `obs-${++next}`,
    entity: 'Thái Nguyên',
    indicator: 'Export value',
    period: '2021',
    unit: 'USD',
    qualifier: 'exact',
    sourceId: 'src-vi',
    quote: null,
    status: 'verified',
    deprecation: null,
    note: '',
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

export function source(id: string, language: Language): Source {
  return {
    id,
    title: `Source ${id}`,
    publisher: '',
    author: '',
    url: '',
    published: '2024-08-16',
    language,
    versions: [{ file: `sources/${id}.v1.txt`, hash: `sha256-${'0'.repeat(64)}`, length: 0, importedAt: AT }],
    createdAt: AT,
    updatedAt: AT,
  };
}

export const SOURCES = [source('src-vi', 'vi'), source('src-vi2', 'vi'), source('src-en', 'en')];

/** A resolution decided on the given observations as they are now. */
export function resolve(group: Observation[], decidedAt = '2024-09-01T00:00:00.000Z', id = `res-${++next}`): Resolution {
  const o = group[0];
  return {
    id,
    group: { entity: o.entity, indicator: o.indicator, period: o.period },
    value: o.value ?? 0,
    unit: o.unit,
    observationId: o.id,
    rationale: 'checked against the statistics office',
    decidedBy: 'Lan',
    decidedAt,
    basis: resolutionBasis(group),
  };
}

export const dataset = (observations: Observation[], resolutions: Resolution[] = [], tolerance = 0.05) => ({
  observations,
  sources: SOURCES,
  resolutions,
  meta: { tolerance },
});

/** A small seeded PRNG (mulberry32) so random-edit tests replay exactly. */
export function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
