import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { IPC_MENU_CHANNEL, type MenuMessage } from '../../shared/api/shell';
import { chooseDatasetFolder } from './dialogs';

export interface MenuContext {
  getWindow: () => BrowserWindow | null;
  /** Where the folder dialog starts. */
  datasetsDir: string;
}

/**
 * The native menu. Commands that change the dataset go to the renderer, which calls the API itself so the UI and
 * its copy of the dataset stay in step; main only runs what needs a native dialog.
 */
export function setupMenu(ctx: MenuContext): void {
  const send = (message: MenuMessage) => {
    const win = ctx.getWindow();
    if (win && !win.isDestroyed()) win.webContents.send(IPC_MENU_CHANNEL, message);
  };
  const openFolder = async () => {
    const win = ctx.getWindow();
    if (!win) return;
    const path = await chooseDatasetFolder(win, ctx.datasetsDir);
    if (path) send({ command: 'dataset-open-folder', path });
  };
  const template = menuTemplate({ send, openFolder, isMac: process.platform === 'darwin', packaged: app.isPackaged, version: app.getVersion() });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

export interface MenuOptions {
  send: (message: MenuMessage) => void;
  openFolder: () => Promise<void>;
  isMac: boolean;
  /** A packaged (production) app has no DevTools and no reload in its menus. */
  packaged: boolean;
  version: string;
}

/** The menu as data (tested without Electron): developer items only when not packaged. */
export function menuTemplate({ send, openFolder, isMac, packaged, version }: MenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = packaged ? [] : [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New dataset…', accelerator: 'CmdOrCtrl+N', click: () => send({ command: 'dataset-new' }) },
        { label: 'Open dataset folder…', accelerator: 'CmdOrCtrl+O', click: () => void openFolder() },
        { label: 'Open sample', click: () => send({ command: 'dataset-open-sample' }) },
        { type: 'separator' },
        { label: 'Import article…', click: () => send({ command: 'import-article' }) },
        { label: 'Import observations (CSV/JSON)…', click: () => send({ command: 'import-observations' }) },
        { label: 'Add source…', click: () => send({ command: 'add-source' }) },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => send({ command: 'export' }) },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        // The page handles the keys itself (a focused text field keeps its own undo), so the accelerators are shown
        // but not registered: registering them would run undo twice or steal it from text fields. On macOS the menu
        // only sees keys the page left unhandled; the renderer's shell routes those to the text field.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: () => send({ command: 'undo' }) },
        {
          label: 'Redo',
          accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y',
          registerAccelerator: false,
          click: () => send({ command: 'redo' }),
        },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Observations', accelerator: 'CmdOrCtrl+1', click: () => send({ command: 'view-observations' }) },
        { label: 'Review', accelerator: 'CmdOrCtrl+2', click: () => send({ command: 'view-review' }) },
        { label: 'History', accelerator: 'CmdOrCtrl+3', click: () => send({ command: 'view-history' }) },
        { label: 'Sources…', click: () => send({ command: 'sources' }) },
        { type: 'separator' },
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [{ label: `About Tally ${version}`, role: 'about' }],
    },
  ];
}
