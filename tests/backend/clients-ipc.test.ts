import { describe, expect, it, vi } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_PUSH_CHANNEL } from '../../shared/api/shell';
import { backendFor, ok, tempDirsPerTest } from './helpers';

/** A small fake of the Electron API main uses: ipcMain.handle and the open windows. */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const windows: Array<{ destroyed: boolean; sent: Array<[string, unknown]>; isDestroyed(): boolean; webContents: { send(c: string, m: unknown): void } }> = [];
  const makeWindow = () => {
    const w = {
      destroyed: false,
      sent: [] as Array<[string, unknown]>,
      isDestroyed: () => w.destroyed,
      webContents: { send: (channel: string, message: unknown) => void w.sent.push([channel, message]) },
    };
    windows.push(w);
    return w;
  };
  return { handlers, windows, makeWindow };
});
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => fake.handlers.set(channel, fn) },
  BrowserWindow: { getAllWindows: () => fake.windows },
}));

const { setupIpc } = await import('../../electron/main/ipc');

const dirs = tempDirsPerTest();

describe('IPC: the envelope travels with each call and every window hears each change', () => {
  it('passes the envelope to dispatch, refuses stale calls, and pushes durable changes to every window', async () => {
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-create', { name: 'IPC' });
    const { observation } = await ok(b, 'observations-create', { fields: { entity: 'Huế', note: 'start' } });
    const main = fake.makeWindow();
    const second = fake.makeWindow();
    const closed = fake.makeWindow();
    closed.destroyed = true;
    setupIpc(b, () => main as never, { url: 'app://tally/index.html', origin: 'app://tally', rendererDir: null });
    const invoke = fake.handlers.get(IPC_CALL_CHANNEL)!;
    const event = { sender: main.webContents, senderFrame: { parent: null, url: 'app://tally/index.html' } };

    const base = (await ok(b, 'dataset-snapshot')).seq!;
    const m = (await invoke(event, 'observations-update', { id: observation.id, patch: { note: 'window A' } }, { client: 'win-a', dataset: snap.path, baseSeq: base })) as any;
    expect(m.ok).toBe(true);
    for (const w of [main, second]) {
      expect(w.sent).toEqual([[IPC_PUSH_CHANNEL, expect.objectContaining({ kind: 'mutation', seq: m.data.seq, client: 'win-a', changes: m.data.changes })]]);
    }
    expect(closed.sent).toEqual([]);

    // A call on an old base that would overwrite the change is refused; no envelope at all is refused too.
    const stale = (await invoke(event, 'observations-update', { id: observation.id, patch: { note: 'stale' } }, { client: 'win-b', dataset: snap.path, baseSeq: base })) as any;
    expect(stale.error.code).toBe('STALE');
    const bare = (await invoke(event, 'observations-update', { id: observation.id, patch: { note: 'bare' } }, undefined)) as any;
    expect(bare.error.code).toBe('INVALID_INPUT');
    expect(main.sent).toHaveLength(1);
    await b.close();
  });
});
