import { promises as fs, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../electron/backend/create-backend';
import { writeBenchDataset } from './store-fixture';
import { type BenchRow, percentiles } from './table';

const SIZES: [string, number][] = [
  ['10k', 10_000],
  ['100k', 100_000],
  ['200k', 200_000],
];
const EDITS = 50;

async function must(r: Promise<{ ok: boolean; error?: { message: string } }>) {
  const out = await r;
  if (!out.ok) throw new Error(out.error?.message);
  return out;
}

/**
 * Opening a dataset and making one edit durable through the real handlers (history append + fsync, and for a file up to
 * 8 MB an atomic rewrite of dataset.json; a larger one is rewritten after a pause, timed on its own row),
 * against a plain JSON.stringify + writeFileSync of the same document in the same run.
 */
export async function run(): Promise<BenchRow[]> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tally-bench-store-'));
  const rows: BenchRow[] = [];
  try {
    for (const [size, count] of SIZES) {
      const dir = path.join(root, size);
      await writeBenchDataset(dir, count);
      const mb = (await fs.stat(path.join(dir, 'dataset.json'))).size / 1e6;
      process.stderr.write(`bench store: ${size} (${mb.toFixed(0)} MB dataset.json)\n`);
      const b = createBackend({ datasetsDir: root, configDir: path.join(root, 'config'), sampleDir: root, mode: 'web', version: 'bench' });

      // The start screen's list: a scan of dataset.json for meta and counts, then answered from memory while unchanged.
      const tl = performance.now();
      await must(b.dispatch('datasets-list', {}));
      const listFirst = performance.now() - tl;
      const tl2 = performance.now();
      await must(b.dispatch('datasets-list', {}));
      const listAgain = performance.now() - tl2;
      const tp = performance.now();
      JSON.parse(await fs.readFile(path.join(dir, 'dataset.json'), 'utf8'));
      const wholeParse = performance.now() - tp;
      rows.push({ bench: 'store', case: 'datasets-list, first call', size, value: listFirst, unit: 'ms', baseline: { label: 'readFile+JSON.parse', value: wholeParse } });
      rows.push({ bench: 'store', case: 'datasets-list, file unchanged', size, value: listAgain, unit: 'ms' });

      const t0 = performance.now();
      await must(b.dispatch('datasets-open', { path: dir }));
      const open = performance.now() - t0;
      rows.push({ bench: 'store', case: 'open (read + validate + orphans)', size, value: open, unit: 'ms' });

      const edits: number[] = [];
      for (let i = 0; i < EDITS; i++) {
        const id = `obs-${1 + ((i * 7919) % count)}`;
        const t = performance.now();
        await must(b.dispatch('observations-update', { id, patch: { note: `bench edit ${i}` } }));
        edits.push(performance.now() - t);
      }
      // Above 8 MB the edits above were made durable in history.jsonl alone; dataset.json follows after a pause.
      const pending = b.context.store().pendingWrite;
      const tf = performance.now();
      await b.context.store().flush();
      const flush = performance.now() - tf;
      if (pending) rows.push({ bench: 'store', case: 'deferred rewrite of dataset.json', size, value: flush, unit: 'ms' });
      const doc = (b.context.store().doc);
      const plain: number[] = [];
      const baseFile = path.join(dir, 'plain.json');
      for (let i = 0; i < EDITS; i++) {
        const t = performance.now();
        writeFileSync(baseFile, JSON.stringify(doc));
        plain.push(performance.now() - t);
      }
      await b.close();
      const e = percentiles(edits);
      const p = percentiles(plain);
      rows.push({ bench: 'store', case: `edit durable median (${EDITS})`, size, value: e.median, unit: 'ms', baseline: { label: 'JSON.stringify+writeFileSync', value: p.median } });
      rows.push({ bench: 'store', case: `edit durable p95 (${EDITS})`, size, value: e.p95, unit: 'ms', baseline: { label: 'JSON.stringify+writeFileSync', value: p.p95 } });
      await fs.rm(dir, { recursive: true, force: true });
    }
  } finally {
    await fs.rm(root, { recursive: true, force: true });
  }
  return rows;
}
