import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Handlers } from '../../../shared/api/contract';
import type { BackendContext } from '../context';
import { DATASET_FILE } from '../store/dataset-store';

export function settingsHandlers(ctx: BackendContext): Pick<Handlers, 'app-info' | 'settings-update'> {
  return {
    // openPath: the dataset already open (a reloaded page finds it again), else the one named on the command line.
    'app-info': async () => ({
      version: ctx.opts.version,
      mode: ctx.opts.mode,
      datasetsDir: ctx.opts.datasetsDir,
      sampleAvailable: existsSync(path.join(ctx.opts.sampleDir, DATASET_FILE)),
      settings: ctx.settings.get(),
      openPath: ctx.currentStore()?.dir ?? ctx.opts.openPath ?? null,
      systemLocale: ctx.opts.systemLocale ?? null,
    }),
    // Only the fields given change; an empty update rewrites nothing.
    'settings-update': async (patch) => {
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      return Object.keys(given).length ? ctx.settings.update(given) : ctx.settings.get();
    },
  };
}
