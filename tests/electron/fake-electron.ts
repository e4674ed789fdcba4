import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

// A small fake of the parts of the Electron API the main process uses, for unit tests: the binary cannot be
// downloaded here, so these stand in at the edge (recording what was asked), never for our own logic.

/** Records registered schemes and handlers as protocol.registerSchemesAsPrivileged / protocol.handle would. */
export function fakeProtocol() {
  const handlers = new Map<string, (request: Request) => Promise<Response>>();
  const privileged: Array<{ scheme: string; privileges?: Record<string, boolean> }> = [];
  return {
    handlers,
    privileged,
    registerSchemesAsPrivileged: vi.fn((schemes: typeof privileged) => void privileged.push(...schemes)),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) => void handlers.set(scheme, handler)),
  };
}

/** A web contents: an event emitter that keeps the window-open handler it was given. */
export class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }) {
    this.openHandler = handler;
  }
  /** Fires a navigation-type event as Chromium would; true when the app prevented it. */
  attempt(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true), url }, url);
    return prevented;
  }
}

/** dialog.showMessageBox answering with the given button index; shell.openExternal recording its URLs. */
export function fakeLinkDeps(answer: number) {
  const opened: string[] = [];
  const asked: Array<{ detail?: string; buttons?: string[] }> = [];
  return {
    opened,
    asked,
    deps: {
      dialog: {
        showMessageBox: vi.fn(async (...args: unknown[]) => {
          asked.push(args[args.length - 1] as { detail?: string; buttons?: string[] });
          return { response: answer, checkboxChecked: false };
        }),
      },
      shell: { openExternal: vi.fn(async (url: string) => void opened.push(url)) },
      getWindow: () => null,
    },
  };
}

/** The module 'electron' as main-process code imports it, for vi.mock. */
export function fakeElectronModule() {
  return {
    app: { isPackaged: false, getVersion: () => '0.0.0-test', on: vi.fn(), getPath: () => '/tmp', getAppPath: () => '/tmp' },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn() },
    BrowserWindow: vi.fn(),
    ipcMain: { handle: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn() },
    protocol: fakeProtocol(),
    session: {},
  };
}
