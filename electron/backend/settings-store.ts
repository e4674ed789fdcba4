import { promises as fs, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { Settings } from '../../shared/api/contract';
import { writeFileAtomic } from './store/atomic-file';

export const SETTINGS_FILE = 'settings.json';
const MAX_RECENT = 10;

/** settings.json in the config folder: reviewer name and recent datasets, written atomically. */
export class SettingsStore {
  private constructor(
    readonly file: string,
    private current: Settings,
    readonly warnings: string[],
  ) {}

  /** An unreadable settings file is moved aside (kept, never written over) and defaults are used. */
  static load(configDir: string): SettingsStore {
    const file = path.join(configDir, SETTINGS_FILE);
    const defaults: Settings = { reviewerName: null, recent: [], language: 'system', theme: 'system' };
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return new SettingsStore(file, defaults, []);
    }
    try {
      return new SettingsStore(file, Settings.parse(JSON.parse(text)), []);
    } catch (err) {
      const aside = `${file}.unreadable-${Date.now()}`;
      try {
        renameSync(file, aside);
      } catch {
        // left where it is; it is still never written over until the user changes a setting
      }
      return new SettingsStore(file, defaults, [`${file} could not be read (${(err as Error).message}); kept as ${aside}`]);
    }
  }

  get(): Settings {
    return this.current;
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const next = Settings.parse({ ...this.current, ...patch });
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, `${JSON.stringify(next, null, 2)}\n`);
    this.current = next;
    return next;
  }

  /** Moves a dataset to the top of the recent list. */
  rememberDataset(datasetPath: string, name: string): Promise<Settings> {
    const recent = [
      { path: datasetPath, name, openedAt: new Date().toISOString() },
      ...this.current.recent.filter((r) => r.path !== datasetPath),
    ].slice(0, MAX_RECENT);
    return this.update({ recent });
  }
}
