import { join } from 'node:path';
import { app, BrowserWindow, dialog, protocol, session, shell } from 'electron';
import { registerAppScheme, setupAppProtocol } from './app-protocol';
import { createBackend } from '../backend/create-backend';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { electronPaths, openPathFromArgv } from './paths';
import { setupSecurity, setupSessionSecurity } from './security';
import { rendererSource, setupWindow } from './window';

// out/main/index.js → out/
const OUT_DIR = join(import.meta.dirname, '..');

let mainWindow: BrowserWindow | null = null;

// Privileged schemes must be registered before the app is ready.
registerAppScheme(protocol);

async function main(): Promise<void> {
  // One process per user session: a second start focuses the first window instead of fighting over the dataset lock.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  setupSecurity(app, { dialog, shell, getWindow: () => mainWindow });
  await app.whenReady();

  const paths = electronPaths();
  const backend = createBackend({
    ...paths,
    mode: 'electron',
    version: app.getVersion(),
    openPath: openPathFromArgv(process.argv),
    systemLocale: app.getLocale(),
  });
  const source = rendererSource(OUT_DIR);
  if (source.rendererDir) setupAppProtocol(protocol, source.rendererDir);
  setupSessionSecurity(session.defaultSession);
  setupIpc(backend, () => mainWindow, source);
  setupMenu({ getWindow: () => mainWindow, datasetsDir: paths.datasetsDir });
  mainWindow = setupWindow(OUT_DIR, source, app.isPackaged);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  app.on('window-all-closed', () => app.quit());
  // Release the dataset lock before the process ends; quitting waits for it once.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    backend
      .close()
      .catch((err: unknown) => console.error('Tally: closing the dataset failed:', err))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

main().catch((err: unknown) => {
  console.error('Tally failed to start:', err);
  app.exit(1);
});
