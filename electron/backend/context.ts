import os from 'node:os';
import { TallyError } from '../../shared/api/result';
import { currentCall } from './clients/call-scope';
import { DatasetClients } from './clients/dataset-clients';
import { PushHub } from './clients/push-hub';
import type { JobRunner } from './jobs';
import type { SettingsStore } from './settings-store';
import type { DatasetStore, StoreOptions } from './store/dataset-store';

export interface BackendOptions {
  datasetsDir: string;
  configDir: string;
  sampleDir: string;
  mode: 'electron' | 'web';
  version: string;
  /** A dataset named on the command line (--dataset), offered to the renderer by app-info. */
  openPath?: string;
  /** The operating system's locale (Electron's app.getLocale()), for a 'system' language setting. */
  systemLocale?: string;
  /** How open datasets write dataset.json (defaults in dataset-store.ts; tests shorten them). */
  store?: StoreOptions;
}

/** What every handler file receives: the open dataset (if any), settings, jobs and who is working. */
export class BackendContext {
  private open: DatasetStore | null = null;
  private sharing: DatasetClients | null = null;
  /** Every durable change and every dataset switch goes out here to all windows and tabs. */
  readonly push = new PushHub();

  constructor(
    readonly opts: BackendOptions,
    readonly settings: SettingsStore,
    readonly jobs: JobRunner,
  ) {}

  /** The open dataset; NO_DATASET when none is open. */
  store(): DatasetStore {
    if (!this.open) throw new TallyError('NO_DATASET', 'no dataset is open');
    return this.open;
  }

  currentStore(): DatasetStore | null {
    return this.open;
  }

  /** The open dataset as its clients share it (versions, per-client undo); NO_DATASET when none is open. */
  clients(): DatasetClients {
    if (!this.sharing) throw new TallyError('NO_DATASET', 'no dataset is open');
    return this.sharing;
  }

  currentClients(): DatasetClients | null {
    return this.sharing;
  }

  /** Closes the current dataset (releasing its lock) and makes `next` the open one; every client hears of it. */
  async replaceStore(next: DatasetStore | null): Promise<void> {
    const prev = this.open;
    this.open = next;
    if (next !== prev) this.sharing = next ? new DatasetClients(next, this.push) : null;
    if (prev && prev !== next) await prev.close();
    if (prev !== next) this.push.publish({ kind: 'dataset', dataset: next?.dir ?? null, client: currentCall().client });
  }

  reviewerName(): string | null {
    return this.settings.get().reviewerName;
  }

  /** Resolutions carry a name; asked for once, in settings. */
  requireReviewer(): string {
    const name = this.reviewerName();
    if (!name) throw new TallyError('INVALID_INPUT', 'set your reviewer name first', { issues: [{ path: 'reviewerName', message: 'set your reviewer name first' }] });
    return name;
  }

  /** Who the history records: the reviewer name, else the system user. */
  who(): string {
    const name = this.reviewerName();
    if (name) return name;
    try {
      return os.userInfo().username;
    } catch {
      return 'unknown';
    }
  }
}
