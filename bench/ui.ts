import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, promises as fs, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Page } from '@playwright/test';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/chromium';
import { REPO_ROOT } from '../electron/web/server';
import { writeBenchDataset } from './store-fixture';
import { type BenchRow, percentiles } from './table';

// `npm run bench -- ui` (not in the default run: it builds, and drives Chromium for minutes). Tally's browser mode and
// a bare ag-grid page are given the same rows, in the same run, at each size: what the grid itself costs is the
// baseline, and the goals are ratios and latencies against it (issue 12).
const ALL_SIZES: [string, number][] = [
  ['10k', 10_000],
  ['100k', 100_000],
  ['200k', 200_000],
];
/** `TALLY_BENCH_UI_SIZES=10k` runs a subset (a quick look while working); the figures to report use all three. */
const SIZES = process.env.TALLY_BENCH_UI_SIZES ? ALL_SIZES.filter(([s]) => process.env.TALLY_BENCH_UI_SIZES!.split(',').includes(s)) : ALL_SIZES;
const TYPING_PACE_MS = 1200;
const EDITS = 8;
const FIRST_ROW = '.ag-row[row-index="0"]';
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves a folder on 127.0.0.1 (the bare page and its rows.json). */
async function serveFolder(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, path.normalize(name));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    res.setHeader('content-type', MIME[path.extname(file)] ?? 'application/octet-stream');
    createReadStream(file)
      .on('error', () => res.writeHead(404).end())
      .pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** Tally's browser mode as a user runs it, in its own process so its memory can be read. */
async function startTally(dataset: string, home: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'electron/web/start.ts'), '--dataset', dataset], {
    cwd: REPO_ROOT,
    env: { ...process.env, TALLY_CONFIG_DIR: path.join(home, 'config'), TALLY_DATASETS_DIR: path.join(home, 'datasets') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`tally web exited with ${code}`)));
  });
  return { url: first.trim(), child };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Milliseconds since navigation started, in the page's clock. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** Records long tasks from now on; `take()` returns the longest since the last take. */
async function watchLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
  });
  return { take: () => page.evaluate(() => Math.max(0, ...(window as unknown as { __long: number[] }).__long.splice(0))) };
}

/** The grid's row count as it announces it (aria-rowcount, header row included). */
const rowCount = (page: Page) => page.evaluate(() => Number(document.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount') ?? -1));

async function timeSearch(page: Page, term: string): Promise<number> {
  const before = await rowCount(page);
  const search = page.getByRole('searchbox', { name: 'Search observations' });
  const t0 = await pageNow(page);
  await search.fill(term);
  await page.waitForFunction((n) => Number(document.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount')) !== n, before, { timeout: 60_000 });
  const t = (await pageNow(page)) - t0;
  await search.fill('');
  await page.waitForFunction((n) => Number(document.querySelector('[aria-rowcount]')?.getAttribute('aria-rowcount')) === n, before, { timeout: 60_000 });
  return t;
}

async function timeSort(page: Page): Promise<number> {
  const firstEntity = () => page.locator(`${FIRST_ROW} .ag-cell[col-id="entity"]`).first().textContent();
  const before = await firstEntity();
  const t0 = await pageNow(page);
  await page.locator('.ag-header-cell[col-id="entity"] .ag-header-cell-label').click();
  await page.locator('.ag-header-cell[col-id="entity"] .ag-header-cell-label').click(); // descending: row 0 must change
  await page.waitForFunction(([sel, b]) => document.querySelector(`${sel} .ag-cell[col-id="entity"]`)?.textContent !== b, [FIRST_ROW, before] as const, { timeout: 60_000 });
  return (await pageNow(page)) - t0;
}

/** Scrolls the grid a page at a time and returns the longest main-thread task meanwhile. */
async function scrollLongTask(page: Page, longTasks: { take: () => Promise<number> }): Promise<number> {
  await longTasks.take();
  await page.locator(`${FIRST_ROW} .ag-cell[col-id="stated"]`).first().hover();
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(50);
  }
  const longest = await longTasks.take();
  await page.mouse.wheel(0, -1e7); // back to the top, where the edits are made
  await page.waitForSelector(FIRST_ROW);
  return longest;
}

const heapMb = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1e6;
};

interface PageFigures {
  firstRows: number;
  search1: number;
  search2: number;
  sort: number;
  scrollLong: number;
  heap: number;
}

async function measurePage(browser: Browser, url: string): Promise<{ page: Page; figures: PageFigures }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(url);
  await page.waitForSelector(FIRST_ROW, { timeout: 120_000 });
  const firstRows = await pageNow(page);
  const longTasks = await watchLongTasks(page);
  await page.waitForTimeout(500);
  const search1 = await timeSearch(page, 'Bắc Ninh');
  const search2 = await timeSearch(page, 'Quảng Ninh');
  const sort = await timeSort(page);
  const scrollLong = await scrollLongTask(page, longTasks);
  return { page, figures: { firstRows, search1, search2, sort, scrollLong, heap: await heapMb(page) } };
}

/** Edits a Note cell once per TYPING_PACE_MS and times each from Enter to "Saved" (the status line's own words). */
async function timeEdits(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { __saved: number[] };
    w.__saved = [];
    const el = document.querySelector('[role="status"][aria-label="Save state"]')!;
    new MutationObserver(() => el.textContent === 'Saved' && w.__saved.push(performance.now())).observe(el, { childList: true, subtree: true, characterData: true });
  });
  const samples: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const cell = page.locator(`${FIRST_ROW} .ag-cell[col-id="note"]`).first();
    await cell.click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`bench ${i}`);
    const before = await page.evaluate(() => (window as unknown as { __saved: number[] }).__saved.length);
    const t0 = await pageNow(page);
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window as unknown as { __saved: number[] }).__saved.length > n, before, { timeout: 30_000 });
    const savedAt = await page.evaluate(() => (window as unknown as { __saved: number[] }).__saved.at(-1)!);
    samples.push(savedAt - t0);
    await page.waitForTimeout(Math.max(0, TYPING_PACE_MS - (savedAt - t0)));
  }
  return samples;
}

async function buildBarePage(out: string): Promise<void> {
  await build({ root: path.join(REPO_ROOT, 'bench/ui-bare'), base: './', logLevel: 'warn', build: { outDir: out, emptyOutDir: true } });
}

export async function run(): Promise<BenchRow[]> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'tally-bench-ui-'));
  const rows: BenchRow[] = [];
  const bare = path.join(root, 'bare');
  await buildBarePage(bare);
  const browser = await launchChromium();
  try {
    for (const [size, count] of SIZES) {
      const dataset = path.join(root, `ds-${size}`);
      await writeBenchDataset(dataset, count);
      const file = path.join(dataset, 'dataset.json');
      const fileMb = (await fs.stat(file)).size / 1e6;
      await fs.writeFile(path.join(bare, 'rows.json'), JSON.stringify((JSON.parse(await fs.readFile(file, 'utf8')) as { observations: unknown[] }).observations));
      process.stderr.write(`bench ui: ${size} (${fileMb.toFixed(0)} MB dataset.json)\n`);

      const served = await serveFolder(bare);
      const baseline = await measurePage(browser, served.url);
      await baseline.page.close();
      await served.close();

      const tally = await startTally(dataset, path.join(root, `home-${size}`));
      try {
        const t = await measurePage(browser, tally.url);
        const edits = percentiles(await timeEdits(t.page));
        const rss = rssMb(tally.child.pid!);
        await t.page.close();
        const b = baseline.figures;
        const row = (c: string, value: number, unit: string, base?: number, target?: BenchRow['target']): BenchRow => ({
          bench: 'ui',
          case: c,
          size,
          value,
          unit,
          ...(base !== undefined ? { baseline: { label: 'bare ag-grid', value: base } } : {}),
          ...(target ? { target } : {}),
        });
        const big = count === 200_000;
        rows.push(
          row('first rows', t.figures.firstRows, 'ms', b.firstRows, big ? { value: Math.round(1.3 * b.firstRows), lowerIsBetter: true } : undefined),
          row('first search', t.figures.search1, 'ms', b.search1, big ? { value: Math.round(1.3 * b.search1), lowerIsBetter: true } : undefined),
          row('second search', t.figures.search2, 'ms', b.search2),
          row('sort', t.figures.sort, 'ms', b.sort),
          row('edit saved, median', edits.median, 'ms', undefined, big ? { value: 100, lowerIsBetter: true } : undefined),
          row('edit saved, worst', edits.p95, 'ms', undefined, big ? { value: 250, lowerIsBetter: true } : undefined),
          row('scroll: longest task', t.figures.scrollLong, 'ms', b.scrollLong, { value: 100, lowerIsBetter: true }),
          row('page heap', t.figures.heap, 'MB', b.heap),
          row('server RSS', rss, 'MB', undefined, big ? { value: Math.round(3 * fileMb), lowerIsBetter: true } : undefined),
        );
      } finally {
        tally.child.kill('SIGINT');
        await new Promise((r) => tally.child.once('exit', r));
      }
    }
  } finally {
    await browser.close();
    await fs.rm(root, { recursive: true, force: true });
  }
  return rows;
}
