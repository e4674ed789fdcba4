import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { PushEvent } from '../../shared/api/envelope';
import type { Result } from '../../shared/api/result';
import { IPC_CALL_CHANNEL, IPC_PUSH_CHANNEL } from '../../shared/api/shell';
import type { RendererSource } from './window';

export interface IpcBackend {
  dispatch(method: string, payload: unknown, envelope: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
}

/**
 * The one IPC entry: ('tally:call', method, payload) → Result. Only our window's top frame on our page may call; the
 * backend's dispatch validates the payload with zod, so nothing unchecked reaches a handler.
 */
export function setupIpc(backend: IpcBackend, getWindow: () => BrowserWindow | null, source: RendererSource): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, payload: unknown, envelope: unknown) => {
    const refusal = senderRefusal(event, getWindow(), source);
    if (refusal) throw new Error(`tally:call refused: ${refusal}`);
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'the method name must be a string' } };
    }
    // null when the page sent none: dispatch refuses calls on a dataset that do not say which one they are for.
    return backend.dispatch(method, payload, envelope ?? null);
  });
  setupPush(backend, () => BrowserWindow.getAllWindows());
}

/** What setupPush needs of a window: Electron's BrowserWindow, or a small fake in tests. */
export interface PushTarget {
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void; isDestroyed?(): boolean };
}

/**
 * Every durable change (and dataset switch) goes to every open window, so windows on one dataset see each other's
 * edits live; the window that made a change gets it too and ignores it by seq. Returns the unsubscribe.
 */
export function setupPush(backend: Pick<IpcBackend, 'subscribe'>, windows: () => readonly PushTarget[]): () => void {
  return backend.subscribe((event) => {
    for (const win of windows()) {
      if (win.isDestroyed() || win.webContents.isDestroyed?.()) continue;
      win.webContents.send(IPC_PUSH_CHANNEL, event);
    }
  });
}

/** Why a sender may not call the backend, or null when it may. */
export function senderRefusal(
  event: IpcMainInvokeEvent,
  win: BrowserWindow | null,
  source: RendererSource,
): string | null {
  if (!win || win.isDestroyed() || event.sender !== win.webContents) return 'the sender is not the Tally window';
  const frame = event.senderFrame;
  if (!frame || frame.parent) return 'the sender is not the window\'s top frame';
  return isOurPage(frame.url, source) ? null : `the sender's page (${frame.url}) is not Tally's`;
}

/** Scheme and host compared by hand: URL.origin is "null" for schemes Node does not know as special (app:). */
export function isOurPage(url: string, source: RendererSource): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return `${parsed.protocol}//${parsed.host}` === source.origin;
}
