import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Observation } from '../shared/model/observation';
import type { Source } from '../shared/model/source';
import type { Qualifier } from '../shared/model/vocab';
import { GroupIndex, HalfUnits, resolutionBasis } from '../shared/crosscheck';
import { ShapeReader } from '../shared/crosscheck/shape-reader';
import type { Resolution } from '../shared/model/resolution';
import { percentiles, type BenchRow } from './table';

// Synthetic but realistic: Vietnamese figures as written ("gần 28,8 tỷ USD"), about three sources per group, mixed
// qualifiers, most groups agreeing or compatible and some in conflict. Seeded, so every run checks the same data.
//
// Row order matters as much as the rows: a real dataset lists observations in creation order, one article at a
// time, each article giving figures for many groups, so the members of a group lie far apart in the file and in
// memory. The headline figures use that order ('creation'); 'grouped' (each group's rows adjacent, as a sort by
// key would leave them) is measured beside it for comparison only, since it flatters any group-by.

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  'Thái Nguyên', 'Hà Nội', 'TP Hồ Chí Minh', 'Đà Nẵng', 'Hải Phòng', 'Cần Thơ', 'Bắc Ninh', 'Bắc Giang', 'Quảng Ninh',
  'Nghệ An', 'Thanh Hóa', 'Bình Dương', 'Đồng Nai', 'Long An', 'Khánh Hòa', 'Lâm Đồng', 'Gia Lai', 'Đắk Lắk',
  'Vĩnh Phúc', 'Hưng Yên', 'Hải Dương', 'Nam Định', 'Thái Bình', 'Ninh Bình', 'Hà Nam', 'Phú Thọ', 'Tuyên Quang',
  'Lào Cai', 'Yên Bái', 'Hà Giang', 'Cao Bằng', 'Lạng Sơn', 'Bắc Kạn', 'Sơn La', 'Điện Biên', 'Lai Châu', 'Hòa Bình',
  'Quảng Bình', 'Quảng Trị', 'Thừa Thiên Huế', 'Quảng Nam', 'Quảng Ngãi', 'Bình Định', 'Phú Yên', 'Ninh Thuận',
  'Bình Thuận', 'Kon Tum', 'Đắk Nông', 'Bình Phước', 'Tây Ninh', 'Bà Rịa - Vũng Tàu', 'Tiền Giang', 'Bến Tre',
  'Trà Vinh', 'Vĩnh Long', 'Đồng Tháp', 'An Giang', 'Kiên Giang', 'Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Cà Mau',
  'Việt Nam',
];
// Indicator, unit, the words after the number, the scale those words carry.
const INDICATORS: [string, string, string, number][] = [];
for (const [name, unit, words, scale] of [
  ['Export value', 'USD', 'tỷ USD', 1e9],
  ['Import value', 'USD', 'tỷ USD', 1e9],
  ['FDI registered', 'USD', 'triệu USD', 1e6],
  ['Industrial production value', 'VND', 'nghìn tỷ đồng', 1e12],
  ['State budget revenue', 'VND', 'nghìn tỷ đồng', 1e12],
  ['Retail sales', 'VND', 'nghìn tỷ đồng', 1e12],
  ['GRDP growth', '%', '%', 1],
  ['Poor household rate', '%', '%', 1],
  ['Urbanisation rate', '%', '%', 1],
  ['Income per capita', 'VND/person', 'triệu đồng/người', 1e6],
  ['Active FDI projects', 'project', 'dự án', 1],
  ['New enterprises', 'enterprise', 'doanh nghiệp', 1],
] as const) {
  for (const suffix of ['', ' (industry)', ' (services)', ' (agriculture)']) INDICATORS.push([name + suffix, unit, words, scale]);
}
const PERIODS: string[] = [];
for (let y = 2000; y <= 2025; y++) {
  PERIODS.push(String(y), `${y}-H1`, `${y}-H2`);
  for (let q = 1; q <= 4; q++) PERIODS.push(`${y}-Q${q}`);
}
const CUES: [string, Qualifier][] = [
  ['', 'exact'], ['', 'exact'], ['đạt ', 'exact'], ['khoảng ', 'approx'], ['ước đạt ', 'approx'],
  ['gần ', 'nearly'], ['hơn ', 'over'], ['trên ', 'over'], ['dưới ', 'under'], ['ít nhất ', 'atLeast'], ['tối đa ', 'atMost'],
];

/** A mantissa with d decimals in Vietnamese writing: 28,8 or 1.030 (thousands dot) — integers only below 10000. */
function viNumber(m: number, d: number): string {
  const [int, frac] = m.toFixed(d).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

export type RowOrder = 'creation' | 'grouped';

export function syntheticDataset(
  n: number,
  seed = 42,
  order: RowOrder = 'creation',
): { observations: Observation[]; sources: Source[] } {
  const rnd = prng(seed);
  const at = '2024-08-16T00:00:00.000Z';
  const sources: Source[] = [];
  for (let i = 0; i < 500; i++) {
    sources.push({
      id: `src-${i}`, title: `Bài ${i}`, publisher: '', author: '', url: '', published: '', language: 'vi',
      versions: [{ file: `sources/src-${i}.v1.txt`, hash: `sha256-${'0'.repeat(64)}`, length: 0, importedAt: at }],
      createdAt: at, updatedAt: at,
    });
  }
  const rows: Observation[] = [];
  let g = 0;
  while (rows.length < n) {
    const entity = PROVINCES[g % PROVINCES.length];
    const [indicator, unit, words, scale] = INDICATORS[Math.floor(g / PROVINCES.length) % INDICATORS.length];
    const period = PERIODS[Math.floor(g / (PROVINCES.length * INDICATORS.length)) % PERIODS.length];
    g++;
    const size = 1 + Math.floor(rnd() * 5); // 1..5, about 3 on average
    const base = 1 + Math.floor(rnd() * 999) / 10; // 0,1 .. 100,9 — figures repeat across groups as they do in news
    const group: Observation[] = [];
    for (let k = 0; k < size && rows.length + group.length < n; k++) {
      const d = rnd() < 0.5 ? 1 : 0;
      const drift = rnd() < 0.15 ? 1 + (rnd() - 0.5) * 0.2 : 1; // some sources disagree
      const m = Number((base * drift).toFixed(d));
      const [cue, qualifier] = CUES[Math.floor(rnd() * CUES.length)];
      const sep = words === '%' ? '' : ' ';
      group.push({
        id: '', entity, indicator, period,
        value: Number((m * scale).toPrecision(12)), unit, qualifier,
        stated: `${cue}${viNumber(m, d)}${sep}${words}`,
        sourceId: null, quote: null, status: 'draft', deprecation: null, note: '',
        createdAt: at, updatedAt: at,
      });
    }
    for (const o of group) rows.push(o);
  }
  if (order === 'creation') {
    // Creation order: a seeded shuffle of the rows, then articles one after another, each taking the next 5..40 rows
    // (figures for that many different groups) as its own.
    for (let k = rows.length - 1; k > 0; k--) {
      const j = Math.floor(rnd() * (k + 1));
      const t = rows[k];
      rows[k] = rows[j];
      rows[j] = t;
    }
    let s = 0;
    for (let k = 0; k < rows.length; s++) {
      const end = Math.min(rows.length, k + 5 + Math.floor(rnd() * 36));
      for (; k < end; k++) rows[k].sourceId = `src-${s % sources.length}`;
    }
  } else {
    for (const o of rows) o.sourceId = `src-${Math.floor(rnd() * sources.length)}`;
  }
  rows.forEach((o, k) => (o.id = `obs-${k}`));
  // Through JSON in row order, as a dataset is read from dataset.json: every string its own flat copy, none shared,
  // and objects laid out in memory in file order.
  const observations: Observation[] = [];
  for (let k = 0; k < rows.length; k += 10_000) {
    for (const o of JSON.parse(JSON.stringify(rows.slice(k, k + 10_000))) as Observation[]) observations.push(o);
  }
  return { observations, sources };
}

const doc = (d: { observations: Observation[]; sources: Source[] }) => ({ ...d, resolutions: [], meta: { tolerance: 0.05 } });

/**
 * Half-units with nothing read yet: a fresh per-text cache and a fresh memo of text shapes. The default reader's
 * shape memo is shared by the process, so `new HalfUnits()` alone would carry shapes learnt in earlier runs.
 */
function coldHalfUnits(): HalfUnits {
  const shapes = new ShapeReader();
  return new HalfUnits((text, lang) => shapes.read(text, lang));
}

/** A full collection between timed runs, so that one run's garbage is not charged to the next. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function plainGroupBy(observations: Observation[]): Map<string, Observation[]> {
  const m = new Map<string, Observation[]>();
  for (const o of observations) {
    const k = `${o.entity}|${o.indicator}|${o.period}`;
    const list = m.get(k);
    if (list) list.push(o);
    else m.set(k, [o]);
  }
  return m;
}

function median(xs: number[]): number {
  return percentiles(xs).median;
}

/** Full checks of one dataset: cold (a fresh half-unit cache each run) and with the texts already read. */
function fullChecks(data: { observations: Observation[]; sources: Source[] }, label: string) {
  const full: number[] = [];
  const base: number[] = [];
  let groups = 0;
  for (let r = 0; r < 5; r++) {
    collectGarbage();
    let t = performance.now();
    groups = plainGroupBy(data.observations).size;
    base.push(performance.now() - t);
    collectGarbage();
    // Fresh caches each time: the words of the dataset are read from scratch.
    const halfUnits = coldHalfUnits();
    t = performance.now();
    const index = new GroupIndex(doc(data), { halfUnits });
    full.push(performance.now() - t);
    if (index.size !== groups) throw new Error('the index and the plain group-by disagree on the number of groups');
  }
  // The same check with the stated texts already read (a dataset re-checked in the same session, a tolerance change).
  const warmCache = coldHalfUnits();
  new GroupIndex(doc(data), { halfUnits: warmCache });
  const warm: number[] = [];
  for (let r = 0; r < 3; r++) {
    collectGarbage();
    const t = performance.now();
    new GroupIndex(doc(data), { halfUnits: warmCache });
    warm.push(performance.now() - t);
  }
  const distinct = new Set(data.observations.map((o) => o.stated)).size;
  process.stderr.write(
    `bench check (${label}): ${data.observations.length} observations, ${distinct} distinct stated texts, ${groups} groups; ` +
      `full check runs ${full.map((x) => x.toFixed(0)).join(', ')} ms; warm ${warm.map((x) => x.toFixed(0)).join(', ')} ms\n`,
  );
  return { full: median(full), warm: median(warm), base: median(base) };
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];

  const real = fullChecks(syntheticDataset(1_000_000, 42, 'creation'), 'creation order');
  const grouped = fullChecks(syntheticDataset(1_000_000, 42, 'grouped'), 'grouped order');
  const target = { value: 1000, lowerIsBetter: true };
  // Each row's baseline is the plain group-by of the same dataset, timed in the same runs.
  const fullRow = (c: string, value: number, base: number, withTarget: boolean): BenchRow => ({
    bench: 'check', case: c, size: '1M', value, unit: 'ms',
    baseline: { label: 'plain group-by', value: base }, ...(withTarget ? { target } : {}),
  });
  rows.push(fullRow('full check (cold cache)', real.full, real.base, true));
  rows.push(fullRow('full check (texts already read)', real.warm, real.base, true));
  // For comparison only: each group's rows adjacent, an order real datasets do not have.
  rows.push(fullRow('full check (cold), rows grouped', grouped.full, grouped.base, false));
  rows.push(fullRow('full check (warm), rows grouped', grouped.warm, grouped.base, false));

  const mid = syntheticDataset(200_000, 7, 'creation');
  // One group in ten already resolved, so edits also check resolutions for staleness.
  const resolutions: Resolution[] = [];
  let n = 0;
  for (const members of plainGroupBy(mid.observations).values()) {
    if (n++ % 10) continue;
    const o = members[0];
    resolutions.push({
      id: `res-${n}`, group: { entity: o.entity, indicator: o.indicator, period: o.period }, value: o.value ?? 0, unit: o.unit,
      observationId: o.id, rationale: 'bench', decidedBy: 'bench', decidedAt: o.createdAt, basis: resolutionBasis(members),
    });
  }
  const index = new GroupIndex({ ...doc(mid), resolutions });
  const rnd = prng(99);
  const samples: number[] = [];
  const baseSamples: number[] = [];
  for (let e = 0; e < 3000; e++) {
    const i = Math.floor(rnd() * mid.observations.length);
    const before = mid.observations[i];
    // Most edits correct the figure; one in ten moves it to another period (two groups touched).
    const after: Observation =
      e % 10 === 0
        ? { ...before, period: PERIODS[Math.floor(rnd() * PERIODS.length)] }
        : { ...before, value: Number(((before.value ?? 1) * (0.9 + rnd() * 0.2)).toPrecision(4)) };
    let t = performance.now();
    // The re-check as the grid sees it: update the index, then read the touched groups' verdicts.
    for (const ks of index.update(before, after)) index.view(ks);
    samples.push(performance.now() - t);
    mid.observations[i] = after;
    // Baseline: what one edit costs if the group-by is simply redone.
    if (e % 100 === 0) {
      t = performance.now();
      plainGroupBy(mid.observations);
      baseSamples.push(performance.now() - t);
    }
  }
  const { median: med, p95 } = percentiles(samples);
  rows.push({
    bench: 'check', case: 're-check after one edit (median)', size: '200k', value: med, unit: 'ms',
    baseline: { label: 'plain group-by again', value: median(baseSamples) }, target: { value: 5, lowerIsBetter: true },
  });
  rows.push({ bench: 'check', case: 're-check after one edit (p95)', size: '200k', value: p95, unit: 'ms', target: { value: 5, lowerIsBetter: true } });
  return rows;
}
