// The README's screenshots, taken from the real app: the browser mode on a copy of the sample dataset, in the system
// Chromium. Run after a build: `npx electron-vite build && npx tsx scripts/screenshot.ts [--width 1440 --height 900
// --out docs]`. It writes screenshot.png (grid and reader, a quote highlighted) and screenshot-review.png (the
// Review view on the sample's conflict group).
/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from '@playwright/test';
import { REPO_ROOT, startWebServer } from '../electron/web/server';
import { launchChromium, SAMPLE_DIR } from '../tests/e2e/chromium';

/** The group the Review screenshot shows: the sample's conflict (2,16% against 2,17%). */
const CONFLICT = { entity: 'Thái Nguyên', indicator: 'Poor household rate', period: '2021' };
/** The row the main screenshot selects: one of the 2021 export figures, whose quote the reader highlights. */
const SHOWN = { indicator: 'Export value', period: '2021' };

interface SampleObservation {
  id: string;
  entity: string;
  indicator: string;
  period: string;
  sourceId: string | null;
  quote: unknown;
}

const { values } = parseArgs({
  options: {
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
    out: { type: 'string', default: 'docs' },
  },
});

/** Selects the row in the grid (a click on its entity cell), then asks the reader to show its quote. */
async function showObservation(page: Page, id: string): Promise<void> {
  const grid = page.getByRole('grid', { name: 'Observations' });
  const cell = grid.locator(`.ag-row[row-id="${id}"] .ag-cell[col-id="entity"]`);
  await cell.scrollIntoViewIfNeeded();
  await cell.click();
  await page.getByRole('button', { name: 'Show in source', exact: true }).click();
  await page.locator('.reader-text [data-hl]').first().waitFor();
  // The grid from its first row, and no hover styles: the picture shows the app at rest.
  await page.locator('.ag-grid-viewport').first().evaluate((el) => el.scrollTo({ top: 0 }));
  await page.mouse.move(2, page.viewportSize()!.height - 2);
  await page.evaluate(() => document.fonts.ready);
}

async function main(): Promise<void> {
  const width = Number(values.width);
  const height = Number(values.height);
  const outDir = resolve(REPO_ROOT, values.out!);
  if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) throw new Error('the renderer is not built: run `npx electron-vite build` first');

  const root = await mkdtemp(join(tmpdir(), 'tally-screenshot-'));
  const datasetsDir = join(root, 'datasets');
  const openPath = join(datasetsDir, 'sample');
  await mkdir(datasetsDir, { recursive: true });
  await cp(SAMPLE_DIR, openPath, { recursive: true });
  const doc = JSON.parse(await readFile(join(openPath, 'dataset.json'), 'utf8')) as { observations: SampleObservation[] };
  const shown = doc.observations.find((o) => o.indicator === SHOWN.indicator && o.period === SHOWN.period && o.sourceId && o.quote);
  if (!shown) throw new Error(`the sample has no cited ${SHOWN.indicator} ${SHOWN.period} observation`);

  const server = await startWebServer({ datasetsDir, configDir: join(root, 'config'), openPath, sampleDir: SAMPLE_DIR, version: 'screenshot' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.goto(server.url);
    await page.getByRole('grid', { name: 'Observations' }).waitFor();
    await mkdir(outDir, { recursive: true });

    await showObservation(page, shown.id);
    await page.screenshot({ path: join(outDir, 'screenshot.png') });

    await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Review' }).click();
    const label = `${CONFLICT.entity} · ${CONFLICT.indicator} · ${CONFLICT.period}`;
    await page.getByRole('list', { name: 'Review queue' }).getByRole('button', { name: label }).click();
    await page.getByRole('region', { name: `Group ${label}` }).getByRole('img', { name: /Interval chart/ }).waitFor();
    await page.mouse.move(2, height - 2);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(outDir, 'screenshot-review.png') });
    process.stdout.write(`${join(outDir, 'screenshot.png')}\n${join(outDir, 'screenshot-review.png')}\n`);
  } finally {
    await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshot: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
