import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where datasets live: TALLY_DATASETS_DIR, else a Tally folder under the user's documents. */
export function defaultDatasetsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TALLY_DATASETS_DIR || path.join(os.homedir(), 'Documents', 'Tally');
}

/** Where settings live: TALLY_CONFIG_DIR, else tally under the XDG config folder (~/.config). */
export function defaultConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TALLY_CONFIG_DIR || path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'tally');
}

/** The folder holding package.json above `from`: the same answer from sources (tsx, vitest) and from out/main. */
export function findAppRoot(from: string): string | null {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

const moduleDir = () => {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return process.cwd();
  }
};

/** The bundled sample dataset: data/sample in the app root. */
export function defaultSampleDir(from: string = moduleDir()): string {
  const root = findAppRoot(from) ?? process.cwd();
  return path.join(root, 'data', 'sample');
}
