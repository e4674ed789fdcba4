import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { TallyWindowApi } from '../../shared/api/shell';
import { REPO_ROOT } from '../../electron/web/server';

type WithBridge = { tally?: TallyWindowApi };

/**
 * The Electron binary, found without `require('electron')` (which would try to download it): path.txt names the
 * executable inside dist/, and both exist only once the binary has been fetched.
 */
function electronBinary(): string | null {
  const pkg = join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, 'dist');
  const binary = join(dist, relative);
  return relative && existsSync(binary) ? binary : null;
}

const BINARY = electronBinary();
const SKIP_REASON = 'Electron binary not present (it downloads on first start; this machine cannot fetch it)';
// The list reporter does not print skip reasons: say it where CI logs show it.
if (!BINARY) console.warn(`electron.spec: skipped: ${SKIP_REASON}`);

test.describe('Electron shell', () => {
  test.skip(!BINARY, SKIP_REASON);

  test('opens the Tally window with the bridge and without Node in the page', async () => {
    expect(existsSync(join(REPO_ROOT, 'out', 'main', 'index.js')), 'run `npx electron-vite build` first').toBe(true);
    const root = await mkdtemp(join(tmpdir(), 'tally-electron-'));
    // The app folder: Electron starts package.json's main, out/main/index.js, with the repo as its app path.
    const args = [REPO_ROOT];
    if (process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses to run as root otherwise.
    const app = await electron.launch({
      executablePath: BINARY!,
      args,
      env: { ...process.env, TALLY_DATASETS_DIR: join(root, 'datasets'), TALLY_CONFIG_DIR: join(root, 'config') },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForLoadState('domcontentloaded');
      await expect(page).toHaveTitle(/Tally/);

      const exposed = await page.evaluate(() => ({
        tally: typeof (window as WithBridge).tally,
        appInfo: typeof (window as WithBridge).tally?.['app-info'],
        mode: (window as WithBridge).tally?.mode,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
      }));
      expect(exposed).toEqual({
        tally: 'object',
        appInfo: 'function',
        mode: 'electron',
        require: 'undefined',
        process: 'undefined',
        ipcRenderer: 'undefined',
      });

      const info = await page.evaluate(() => (window as WithBridge).tally!['app-info']({}));
      expect(info).toMatchObject({ ok: true, data: { mode: 'electron' } });

      // Navigation away from the app is refused by main.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await expect(page).toHaveURL('app://tally/index.html');
    } finally {
      await app.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
