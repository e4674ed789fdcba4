import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_INDEX_URL, APP_ORIGIN } from './app-protocol';

/** Where the renderer comes from: the Vite dev server under `electron-vite dev`, else the built files on app://. */
export interface RendererSource {
  /** The URL the window loads. */
  url: string;
  /** The origin (scheme://host[:port]) IPC senders must have. */
  origin: string;
  /** The built renderer folder served on app://, or null under the dev server. */
  rendererDir: string | null;
}

export function rendererSource(outDir: string, env: NodeJS.ProcessEnv = process.env): RendererSource {
  const devUrl = env.ELECTRON_RENDERER_URL;
  if (devUrl) return { url: devUrl, origin: new URL(devUrl).origin, rendererDir: null };
  return { url: APP_INDEX_URL, origin: APP_ORIGIN, rendererDir: join(outDir, 'renderer') };
}

/**
 * The one window, loading our page (app://tally/index.html once built): isolated, sandboxed, no Node in the page, web
 * security on, no middle-click windows, DevTools only when not packaged. The options stay literal here so
 * Electronegativity (npm run security) can read them.
 */
export function setupWindow(outDir: string, source: RendererSource, packaged: boolean): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Tally',
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    show: false,
    webPreferences: {
      preload: join(outDir, 'preload', 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: !packaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(source.url);
  return win;
}
