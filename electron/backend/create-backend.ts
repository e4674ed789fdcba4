import type { Handlers } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import type { PushEvent } from '../../shared/api/envelope';
import type { PushListener } from './clients/push-hub';
import { BackendContext, type BackendOptions } from './context';
import { dispatch } from './dispatch';
import { datasetHandlers } from './handlers/datasets';
import { exportHandlers } from './handlers/export';
import { interchangeHandlers } from './handlers/interchange';
import { validationHandlers } from './handlers/validation';
import { catalogueHandlers } from './handlers/catalogue';
import { historyHandlers } from './handlers/history';
import { jobHandlers } from './handlers/jobs';
import { observationHandlers } from './handlers/observations';
import { resolutionHandlers } from './handlers/resolutions';
import { settingsHandlers } from './handlers/settings';
import { sourceHandlers } from './handlers/sources';
import { JobRunner } from './jobs';
import { SettingsStore } from './settings-store';

export type { BackendOptions } from './context';

export interface Backend {
  handlers: Handlers;
  /**
   * One call from any transport: validated, run, and answered as a Result (never a throw). Transports pass the
   * client's envelope (see dispatch.ts); in-process callers leave it out.
   */
  dispatch(method: string, payload: unknown, envelope?: unknown): Promise<Result<unknown>>;
  /** Hears every durable change and dataset switch, to push to windows and tabs; returns the unsubscribe. */
  subscribe(listener: PushListener): () => void;
  /** What a new push stream starts with: the open dataset and its last seq. */
  hello(): PushEvent;
  context: BackendContext;
  /** Stops jobs and closes the open dataset, releasing its lock. */
  close(): Promise<void>;
}

/** The transport-free backend: Electron IPC, the browser bridge and tests all call this one handler map. */
export function createBackend(opts: BackendOptions): Backend {
  const settings = SettingsStore.load(opts.configDir);
  for (const w of settings.warnings) console.warn(`tally: ${w}`); // a settings file moved aside must not go unnoticed
  const ctx = new BackendContext(opts, settings, new JobRunner());
  const handlers: Handlers = {
    ...settingsHandlers(ctx),
    ...datasetHandlers(ctx),
    ...observationHandlers(ctx),
    ...sourceHandlers(ctx),
    ...resolutionHandlers(ctx),
    ...historyHandlers(ctx),
    ...jobHandlers(ctx),
    ...validationHandlers(ctx),
    ...exportHandlers(ctx),
    ...interchangeHandlers(ctx),
    ...catalogueHandlers(ctx),
  };
  return {
    handlers,
    context: ctx,
    dispatch: (method, payload, envelope) => dispatch(handlers, ctx, method, payload, envelope),
    subscribe: (listener) => ctx.push.subscribe(listener),
    hello: () => {
      const open = ctx.currentClients();
      return { kind: 'hello', dataset: open?.store.dir ?? null, seq: open?.lastSeq ?? 0 };
    },
    close: async () => {
      await ctx.jobs.closeAll();
      await ctx.replaceStore(null);
    },
  };
}
