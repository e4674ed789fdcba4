import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow } from 'electron';

/** Where the renderer comes from: the Vite dev server under `electron-vite dev`, else the built files. */
export interface RendererSource {
  /** The URL the window loads. */
  url: string;
  /** The origin IPC senders must have ('file://' for built files). */
  origin: string;
  /** For file loads: the one page that may call the backend. */
  indexFile: string | null;
}

export function rendererSource(outDir: string): RendererSource {
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) return { url: devUrl, origin: new URL(devUrl).origin, indexFile: null };
  const indexFile = join(outDir, 'renderer', 'index.html');
  return { url: pathToFileURL(indexFile).href, origin: 'file://', indexFile };
}

/** The one window: isolated, sandboxed, no Node in the page, web security on, our preload only. */
export function setupWindow(outDir: string, source: RendererSource): BrowserWindow {
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
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (source.indexFile) void win.loadFile(source.indexFile);
  else void win.loadURL(source.url);
  return win;
}
