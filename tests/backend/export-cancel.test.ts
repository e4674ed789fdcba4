import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../electron/backend/export/run-export';
import { fixtureDoc } from '../shared/export/fixture';
import { bigDoc, exportSource, tempDir } from './export-helpers';

const FORMATS = ['csv', 'json', 'xlsx', 'datapackage'] as const;
const big = bigDoc(fixtureDoc(), 10_000);

describe('long exports: progress and cancel', () => {
  for (const format of FORMATS) {
    it(`${format}: cancelled after the first chunk, it leaves no file at all`, async () => {
      const dir = await tempDir();
      const controller = new AbortController();
      const seen: number[] = [];
      const outPath = path.join(dir, 'out', format === 'datapackage' ? 'pkg' : `x.${format}`);
      const err = await runExport(
        exportSource(dir, big),
        { format, table: 'full', draft: false, outPath },
        {
          signal: controller.signal,
          onProgress: (done) => {
            seen.push(done);
            controller.abort();
          },
        },
      ).catch((e) => e);
      expect(err.code).toBe('CANCELLED');
      expect(seen.length).toBeGreaterThan(0);
      expect(seen[0]).toBeLessThan(big.observations.length);
      expect(await fs.readdir(path.join(dir, 'out'))).toEqual([]);
    });

    it(`${format}: progress climbs to the total`, async () => {
      const dir = await tempDir();
      const seen: [number, number][] = [];
      await runExport(exportSource(dir, big), { format, table: 'full', draft: false, outPath: path.join(dir, `x.${format}`) }, { onProgress: (d, t) => seen.push([d, t]) });
      const total = seen[0][1];
      const rows = format === 'csv' || format === 'json' ? big.observations.length : big.observations.length + big.sources.length + big.resolutions.length;
      expect(total).toBe(rows);
      expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
      expect(seen[seen.length - 1][0]).toBe(total);
      expect(seen.length).toBeGreaterThan(4);
    });
  }
});
