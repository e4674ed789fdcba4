import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { DatasetSnapshot, Handlers } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { DatasetMeta } from '../../../shared/model/dataset';
import type { BackendContext } from '../context';
import { copyDatasetFolder, createDatasetFolder, folderNameFor, uniqueFolder } from '../store/create-dataset';
import { DATASET_FILE, DatasetStore } from '../store/dataset-store';
import { DatasetSummaries } from '../store/dataset-summary';
import { recoverDataset } from '../store/recover';
import { toleranceRechecks } from './resolutions';
import { change, nowIso, parseInput } from './helpers';

type DatasetHandlers = Pick<
  Handlers,
  | 'datasets-list'
  | 'datasets-create'
  | 'datasets-open'
  | 'datasets-open-sample'
  | 'datasets-recover'
  | 'datasets-close'
  | 'dataset-snapshot'
  | 'dataset-update-meta'
>;

const SAMPLE_NAME = 'Sample - Thái Nguyên';

export function datasetHandlers(ctx: BackendContext): DatasetHandlers {
  const summaries = new DatasetSummaries();

  /** Opens (or keeps, when it is the one already open) a dataset and makes it current; a failure leaves the current one open. */
  async function open(dir: string): Promise<DatasetSnapshot> {
    const abs = path.resolve(dir);
    const current = ctx.currentStore();
    if (current && current.dir === abs) return current.snapshot();
    const store = await DatasetStore.open(abs, ctx.opts.store);
    for (const w of store.warnings) console.warn(`tally: ${w}`); // also in the snapshot, for the UI to show
    await ctx.replaceStore(store);
    await ctx.settings.rememberDataset(abs, store.name).catch(() => {}); // a recent list is not worth failing the open
    return store.snapshot();
  }

  return {
    'datasets-list': async () => summaries.list(ctx.opts.datasetsDir),

    'datasets-create': async ({ name, path: target }) => {
      const dir = path.resolve(target ?? path.join(ctx.opts.datasetsDir, folderNameFor(name)));
      await fs.mkdir(path.dirname(dir), { recursive: true });
      await createDatasetFolder(dir, name);
      return open(dir);
    },

    'datasets-open': async ({ path: dir }) => open(dir),

    'datasets-open-sample': async () => {
      const sample = ctx.opts.sampleDir;
      if (!existsSync(path.join(sample, DATASET_FILE))) throw new TallyError('NOT_FOUND', `the sample dataset is not available (${sample})`);
      await fs.mkdir(ctx.opts.datasetsDir, { recursive: true });
      const dir = uniqueFolder(ctx.opts.datasetsDir, SAMPLE_NAME);
      await copyDatasetFolder(sample, dir);
      return open(dir);
    },

    'datasets-recover': async ({ path: dir }) => {
      const abs = path.resolve(dir);
      if (ctx.currentStore()?.dir === abs) await ctx.replaceStore(null); // our own lock would refuse the rebuild
      const { from, keptAs } = await recoverDataset(abs);
      const snap = await open(abs);
      return { ...snap, warnings: [`${DATASET_FILE} was rebuilt from ${from}; the damaged file is kept as ${path.basename(keptAs)}`, ...snap.warnings] };
    },

    'datasets-close': async () => {
      const had = ctx.currentStore() !== null;
      await ctx.replaceStore(null);
      return { closed: had };
    },

    'dataset-snapshot': async () => ctx.store().snapshot(),

    'dataset-update-meta': async (patch) => {
      const store = ctx.store();
      return store.mutate(ctx.who(), () => {
        const before = store.doc.meta;
        const after = parseInput(DatasetMeta, { ...before, ...patch, updatedAt: nowIso() });
        const fields = Object.keys(patch).filter((k) => JSON.stringify(before[k as keyof DatasetMeta]) !== JSON.stringify(after[k as keyof DatasetMeta]));
        if (fields.length === 0) return { action: 'dataset-update-meta', label: '', changes: [] };
        // A new tolerance marks the decisions whose group it gives another status (one undo step with it).
        const rechecks = fields.includes('tolerance') ? toleranceRechecks(store.doc, after.tolerance) : [];
        return { action: 'dataset-update-meta', label: `Edit dataset ${fields.join(', ')}`, changes: [change('meta', before.id, before, after), ...rechecks] };
      });
    },
  };
}
