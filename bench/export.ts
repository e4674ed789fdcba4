import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runExport } from '../electron/backend/export/run-export';
import type { ExportFormat } from '../shared/api/contract';
import type { DatasetDoc } from '../shared/model/dataset';
import { assessDataset } from '../shared/validation/assess';
import { syntheticDataset } from './check';
import type { BenchRow } from './table';

// Exports of 200k observations to every format (the full table: observations, plus sources and resolutions for
// xlsx and Data Package), each timed end to end (files renamed into place) and sized. The baseline, in the same
// run on the same data, is a plain JSON.stringify of the observations and one writeFile.

const N = 200_000;
const SIZE = '200k';
const MB = 1024 * 1024;

/** The synthetic check dataset with quotes and offsets, as curated observations carry them. */
function benchDoc(): DatasetDoc {
  const { observations, sources } = syntheticDataset(N);
  const at = '2024-08-16T00:00:00.000Z';
  return {
    schemaVersion: 1,
    meta: { id: 'bench', name: 'Bench 200k', title: 'Bench', description: '', tolerance: 0.05, licenses: [], contributors: [], createdAt: at, updatedAt: at },
    sources,
    entities: [],
    indicators: [],
    observations: observations.map((o, i) => {
      const before = `Theo báo cáo, năm ${o.period.slice(0, 4)} ${o.indicator.toLowerCase()} của ${o.entity} `;
      const exact = `${before}${o.stated}, "tăng" so với cùng kỳ`;
      const start = 100 + (i % 5000);
      return { ...o, quote: { exact, prefix: '', suffix: '', start, end: start + exact.length }, status: i % 3 ? 'draft' : 'verified' };
    }),
    resolutions: [],
  };
}

async function sizeOf(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files) total += (await fs.stat(f)).size;
  return total;
}

export async function run(): Promise<BenchRow[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tally-bench-export-'));
  const rows: BenchRow[] = [];
  try {
    const doc = benchDoc();

    let t = performance.now();
    const { groups, report } = assessDataset(doc, []);
    rows.push({ bench: 'export', case: 'cross-check + validation report', size: SIZE, value: performance.now() - t, unit: 'ms' });

    t = performance.now();
    const baselineFile = path.join(dir, 'baseline.json');
    await fs.writeFile(baselineFile, JSON.stringify(doc.observations));
    const baselineMs = performance.now() - t;
    const baselineMb = (await fs.stat(baselineFile)).size / MB;
    const baseline = (value: number) => ({ label: 'JSON.stringify + write', value });

    for (const format of ['csv', 'json', 'xlsx', 'datapackage'] as ExportFormat[]) {
      const outPath = path.join(dir, format === 'datapackage' ? 'pkg' : `full.${format}`);
      t = performance.now();
      const result = await runExport({ dir: path.join(dir, 'dataset'), relativeTo: dir, doc, groups, report }, { format, table: 'full', draft: false, outPath });
      const ms = performance.now() - t;
      const mb = (await sizeOf(result.files)) / MB;
      rows.push({ bench: 'export', case: `${format} time`, size: SIZE, value: ms, unit: 'ms', baseline: baseline(baselineMs) });
      rows.push({ bench: 'export', case: `${format} size`, size: SIZE, value: mb, unit: 'MB', baseline: baseline(baselineMb) });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  return rows;
}
