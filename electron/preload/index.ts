import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { METHODS, type Method } from '../../shared/api/methods';
import {
  IPC_CALL_CHANNEL,
  IPC_MENU_CHANNEL,
  IPC_PUSH_CHANNEL,
  isMenuMessage,
  type MenuArgs,
  type MenuCommand,
  type TallyTransport,
  type TallyWindowApi,
} from '../../shared/api/shell';

// The sandboxed preload can require nothing but 'electron': only zod-free modules are imported here, and the
// renderer gets named functions, never ipcRenderer itself. Validation happens in main.

function bind<M extends Method>(method: M): TallyTransport[M] {
  // invoke resolves to main's Result for this method; the cast only names that type. The envelope (client, dataset,
  // base seq) goes as its own argument and is checked in main.
  return ((input: unknown, envelope?: unknown) => ipcRenderer.invoke(IPC_CALL_CHANNEL, method, input, envelope ?? null)) as TallyTransport[M];
}

function buildCalls(): TallyTransport {
  const calls: Partial<Record<Method, unknown>> = {};
  // METHODS matches the contract exactly (checked in contract.ts), so every key of TallyApi is filled.
  for (const method of METHODS) calls[method] = bind(method);
  return calls as TallyTransport;
}

function onMenu(listener: (command: MenuCommand, args: MenuArgs) => void): () => void {
  // The IPC event object stays here: it would hand the renderer a sender it must not have.
  const handler = (_event: IpcRendererEvent, message: unknown) => {
    if (isMenuMessage(message)) listener(message.command, message.path === undefined ? {} : { path: message.path });
  };
  ipcRenderer.on(IPC_MENU_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(IPC_MENU_CHANNEL, handler);
  };
}

/** Changes other windows made (and dataset switches): passed on as data; the renderer checks them with zod. */
function onPush(listener: (event: unknown) => void): () => void {
  const handler = (_event: IpcRendererEvent, message: unknown) => listener(message);
  ipcRenderer.on(IPC_PUSH_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(IPC_PUSH_CHANNEL, handler);
  };
}

const api = { ...buildCalls(), mode: 'electron', onMenu, onPush } satisfies TallyWindowApi;

contextBridge.exposeInMainWorld('tally', api);
