import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogueIndex } from '../shared/catalogue/catalogue-index';
import { extractFigures } from '../shared/extract/extract-figures';
import { catalogue200 } from './catalogue-200';
import { parseFigure } from '../shared/numbers/parse-figure';
import type { BenchRow } from './table';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SEEDS = path.resolve(HERE, '../../shared/seeds');
const TARGET_BYTES = 10 * 1024 * 1024;

/** The seed articles repeated (separated by blank lines) until the text is 10 MB as UTF-8. */
function corpus(): { text: string; mb: number } {
  const seeds = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(path.join(SEEDS, f), 'utf8'));
  const block = `${seeds.join('\n\n')}\n\n`;
  const blockBytes = Buffer.byteLength(block, 'utf8');
  const text = block.repeat(Math.ceil(TARGET_BYTES / blockBytes));
  return { text, mb: Buffer.byteLength(text, 'utf8') / (1024 * 1024) };
}

/** Best of `runs` timings, in ms: the machine is shared, so the least disturbed run is the fairest. */
function best(runs: number, fn: () => unknown): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

export async function run(): Promise<BenchRow[]> {
  const { text, mb } = corpus();
  const size = `${mb.toFixed(0)} MB`;
  let figures = 0;
  const extractMs = best(3, () => (figures = extractFigures(text, { lang: 'vi', published: '2024-12-20' }).length));
  // Issue 9: suggestions from a 200-indicator catalogue, against the run without one on the same text.
  const catalogue = buildCatalogueIndex(catalogue200());
  let suggested = 0;
  const catalogueMs = best(3, () => {
    suggested = extractFigures(text, { lang: 'vi', published: '2024-12-20', catalogue }).filter((f) => f.indicator !== null).length;
  });
  let digits = 0;
  const regexMs = best(3, () => {
    digits = 0;
    const re = /\d+/g;
    while (re.exec(text)) digits++;
  });
  const nfd = text.slice(0, Math.floor(text.length / 10)).normalize('NFD');
  const nfdMb = Buffer.byteLength(nfd, 'utf8') / (1024 * 1024);
  const nfdMs = best(2, () => extractFigures(nfd, { lang: 'vi' }));

  const stated = ['gần 29 tỷ USD', 'trên 28,8 tỷ USD', '95,1 triệu đồng/người', '215 dự án', 'thứ 8/63', '6,51%'];
  const calls = 1_000_000;
  const parseMs = best(2, () => {
    for (let i = 0; i < calls; i++) parseFigure(stated[i % stated.length], 'vi');
  });
  process.stderr.write(`bench extract: ${figures} figures (${suggested} with an indicator from the catalogue), ${digits} digit runs in ${size}\n`);
  return [
    {
      bench: 'extract',
      case: 'figures from articles',
      size,
      value: mb / (extractMs / 1000),
      unit: 'MB/s',
      baseline: { label: 'regex /\\d+/g scan', value: mb / (regexMs / 1000) },
      target: { value: 1, lowerIsBetter: false },
    },
    {
      bench: 'extract',
      case: 'figures + suggestions, 200-indicator catalogue',
      size,
      value: mb / (catalogueMs / 1000),
      unit: 'MB/s',
      baseline: { label: 'no catalogue', value: mb / (extractMs / 1000) },
      target: { value: 5, lowerIsBetter: false },
    },
    {
      bench: 'extract',
      case: 'figures from NFD articles',
      size: `${nfdMb.toFixed(1)} MB`,
      value: nfdMb / (nfdMs / 1000),
      unit: 'MB/s',
      target: { value: 1, lowerIsBetter: false },
    },
    { bench: 'extract', case: 'parseFigure per call', size: '1M calls', value: (parseMs * 1000) / calls, unit: 'µs' },
  ];
}
