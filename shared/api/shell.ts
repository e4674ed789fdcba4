import type { TallyApi } from './contract';

/**
 * What a shell adds beside the API: which shell runs the page, and the native menu's commands. No zod and no
 * runtime imports, so the sandboxed preload can bundle it.
 */

/** The IPC channel every API call travels on: (method, payload) → Result. */
export const IPC_CALL_CHANNEL = 'tally:call';
/** The IPC channel main uses to hand a menu command to the renderer, which performs it so the UI updates. */
export const IPC_MENU_CHANNEL = 'tally:menu';
/** The IPC channel main uses to push every durable change (and dataset switches) to every window. */
export const IPC_PUSH_CHANNEL = 'tally:push';

/** Headers that carry the call envelope over the browser bridge (the dataset path URI-encoded: headers are ASCII). */
export const ENVELOPE_HEADERS = { client: 'x-tally-client', dataset: 'x-tally-dataset', baseSeq: 'x-tally-base-seq' } as const;
/** The browser bridge's push stream (Server-Sent Events on an authenticated GET). */
export const EVENTS_PATH = '/api/events';

export type ShellMode = 'electron' | 'web';

/**
 * Menu commands the renderer performs. `dataset-open-folder` comes with the folder the user picked in main's dialog
 * (MenuArgs.path); the others carry nothing.
 */
export const MENU_COMMANDS = [
  'dataset-new',
  'dataset-open-folder',
  'dataset-open-sample',
  'undo',
  'redo',
  'import-article',
  'import-observations',
  'add-source',
  'sources',
  'export',
  'view-observations',
  'view-review',
  'view-history',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export interface MenuArgs {
  path?: string;
}
/** What travels on IPC_MENU_CHANNEL. */
export interface MenuMessage extends MenuArgs {
  command: MenuCommand;
}

export type Unsubscribe = () => void;

export interface TallyShell {
  readonly mode: ShellMode;
  /** Subscribes to native menu commands; call the returned function to stop. The browser mode never sends any. */
  onMenu(listener: (command: MenuCommand, args: MenuArgs) => void): Unsubscribe;
}

/** The envelope as the preload passes it through (checked by zod in main; see envelope.ts). */
export interface EnvelopeData {
  client: string;
  dataset: string | null;
  baseSeq: number;
}

/** The API with the envelope as a second argument: what the preload exposes, one function per method. */
export type TallyTransport = { [M in keyof TallyApi]: (input: Parameters<TallyApi[M]>[0], envelope?: EnvelopeData) => ReturnType<TallyApi[M]> };

/** What the Electron preload exposes as `window.tally`: calls, menu commands, and pushed events (unchecked here). */
export type TallyWindowApi = TallyTransport &
  TallyShell & {
    onPush(listener: (event: unknown) => void): Unsubscribe;
  };

/** Checks a menu message at the boundary: the renderer acts only on commands it knows. */
export function isMenuMessage(value: unknown): value is MenuMessage {
  if (!value || typeof value !== 'object') return false;
  const v = value as { command?: unknown; path?: unknown };
  if (!(MENU_COMMANDS as readonly unknown[]).includes(v.command)) return false;
  if (v.command === 'dataset-open-folder') return typeof v.path === 'string' && v.path.length > 0;
  return v.path === undefined;
}
