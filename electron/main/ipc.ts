import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../shared/api/result';
import { IPC_CALL_CHANNEL } from '../../shared/api/shell';
import type { RendererSource } from './window';

export interface IpcBackend {
  dispatch(method: string, payload: unknown): Promise<Result<unknown>>;
}

/**
 * The one IPC entry: ('tally:call', method, payload) → Result. Only our window's top frame on our page may call; the
 * backend's dispatch validates the payload with zod, so nothing unchecked reaches a handler.
 */
export function setupIpc(backend: IpcBackend, getWindow: () => BrowserWindow | null, source: RendererSource): void {
  ipcMain.handle(IPC_CALL_CHANNEL, async (event, method: unknown, payload: unknown) => {
    const refusal = senderRefusal(event, getWindow(), source);
    if (refusal) throw new Error(`tally:call refused: ${refusal}`);
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'the method name must be a string' } };
    }
    return backend.dispatch(method, payload);
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
