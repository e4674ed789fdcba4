import { join, resolve } from 'node:path';
import { app } from 'electron';

/**
 * Where the desktop app keeps things: the environment overrides (tests) win, else Electron's own folders — the
 * user's documents for datasets, the app's user-data folder for settings — and the sample shipped beside the app.
 */
export function electronPaths(env: NodeJS.ProcessEnv = process.env) {
  return {
    datasetsDir: env.TALLY_DATASETS_DIR || join(app.getPath('documents'), 'Tally'),
    configDir: env.TALLY_CONFIG_DIR || app.getPath('userData'),
    sampleDir: join(app.getAppPath(), 'data', 'sample'),
  };
}

/** `--dataset PATH` or `--dataset=PATH` on the command line opens that dataset at start. */
export function openPathFromArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dataset' && argv[i + 1]) return resolve(argv[i + 1]);
    if (arg.startsWith('--dataset=')) return resolve(arg.slice('--dataset='.length));
  }
  return undefined;
}
