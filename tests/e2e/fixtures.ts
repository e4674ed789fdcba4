// Specs run code in the page (page.evaluate): the DOM types are needed beside Node's.
/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, type Browser } from '@playwright/test';
import { REPO_ROOT, startWebServer, type WebServer } from '../../electron/web/server';
import { launchChromium, SAMPLE_DIR } from './chromium';

export { CHROMIUM_PATH, SAMPLE_DIR } from './chromium';
const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

/** What the backend has open when the page first loads. */
export type StartWith = 'none' | 'sample' | 'empty';

export interface TallyOptions {
  /**
   * 'none' (default): the start screen. 'sample': a copy of data/sample in the temp datasets folder, opened as by
   * `npm run web -- --dataset PATH` (an empty dataset if the sample is missing). 'empty': a new dataset "E2E dataset".
   */
  startWith: StartWith;
}

export interface TallyFixtures {
  /** Fresh temp folders for this test (removed afterwards). */
  datasetsDir: string;
  configDir: string;
  /**
   * The folder of the dataset opened at start: the copy of the sample the fixture made, or the new empty dataset.
   * Known before the page loads (the backend opens it when the page asks; opening never rewrites dataset.json), so
   * specs read files from it directly. Asking for it with startWith 'none' is an error.
   */
  datasetPath: string;
  /** The browser-mode server, in this process: `server.dispatch(method, payload)` arranges data without the UI. */
  server: WebServer;
  /** The address with the token, as `npm run web` prints it. */
  url: string;
  /** Console errors and uncaught page errors seen so far (filled from before the first load). */
  consoleErrors: string[];
  /** CSP violations the page reported so far (blocked URI and directive). */
  cspViolations: () => Promise<string[]>;
}

/**
 * Playwright's `test` for the browser mode: `page` is already open at `url` (token in sessionStorage, stripped from
 * the address bar). Use `test.use({ startWith: 'sample' })` to start on the sample dataset.
 */
interface InternalFixtures {
  tallyRun: { server: WebServer; datasetPath: string | null };
}

export const test = base.extend<TallyOptions & TallyFixtures & InternalFixtures, { browser: Browser }>({
  browser: [
    async ({}, use) => {
      const browser = await launchChromium();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],

  startWith: ['none', { option: true }],

  // One temp root per test holds both folders; configDir depends on datasetsDir so they share it.
  datasetsDir: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'tally-e2e-'));
    const dir = join(root, 'datasets');
    await mkdir(dir);
    await use(dir);
    await rm(root, { recursive: true, force: true });
  },
  configDir: async ({ datasetsDir }, use) => {
    await use(join(datasetsDir, '..', 'config'));
  },

  tallyRun: async ({ datasetsDir, configDir, startWith }, use, testInfo) => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error('the renderer is not built: run `npx electron-vite build` first (`npm run test:e2e` does it)');
    }
    let openPath: string | undefined;
    let mode = startWith;
    if (mode === 'sample') {
      if (existsSync(join(SAMPLE_DIR, 'dataset.json'))) {
        openPath = join(datasetsDir, 'sample');
        await cp(SAMPLE_DIR, openPath, { recursive: true });
      } else {
        testInfo.annotations.push({ type: 'note', description: 'data/sample is missing: started on an empty dataset' });
        mode = 'empty';
      }
    }
    // With openPath the page opens the dataset on load, exactly as after `npm run web -- --dataset PATH`.
    const server = await startWebServer({ datasetsDir, configDir, openPath, sampleDir: SAMPLE_DIR, version: 'e2e' });
    try {
      let datasetPath = openPath ?? null;
      if (mode === 'empty') {
        const created = await server.dispatch('datasets-create', { name: 'E2E dataset' });
        if (!created.ok) throw new Error(`could not create the e2e dataset: ${created.error.message}`);
        datasetPath = (created.data as { path: string }).path;
      }
      await use({ server, datasetPath });
    } finally {
      await server.close();
    }
  },

  server: async ({ tallyRun }, use) => {
    await use(tallyRun.server);
  },

  datasetPath: async ({ tallyRun, startWith }, use) => {
    if (tallyRun.datasetPath === null) throw new Error(`datasetPath needs test.use({ startWith: 'sample' }) or 'empty', not '${startWith}'`);
    await use(tallyRun.datasetPath);
  },

  url: async ({ server }, use) => {
    await use(server.url);
  },

  consoleErrors: async ({}, use) => {
    await use([]);
  },

  cspViolations: async ({ page }, use) => {
    await use(() => page.evaluate(() => (window as unknown as { __tallyCsp?: string[] }).__tallyCsp ?? []));
  },

  page: async ({ page, url, consoleErrors }, use) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message}`));
    // Runs before the page's own scripts on every load; CSP does not apply to it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __tallyCsp: string[] }).__tallyCsp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url);
    await use(page);
  },
});

export { expect } from '@playwright/test';

/** The dataset's lowdb document as it is on disk now (to prove a write happened, or did not). */
export async function readDatasetJson(datasetPath: string): Promise<unknown> {
  return JSON.parse(await readFile(join(datasetPath, 'dataset.json'), 'utf8'));
}
