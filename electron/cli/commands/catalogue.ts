import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readCatalogueFile } from '../../../shared/catalogue/read-catalogue-file';
import { decodeArticleBytes } from '../../../shared/import/decode-text';
import { plural } from '../../../shared/text/plural';
import { catalogueFileText, exportCatalogue, importCatalogue } from '../../backend/catalogue/catalogue-interchange';
import { readDatasetView } from '../../backend/export/read-dataset';
import { writeFileAtomic } from '../../backend/store/atomic-file';
import { DatasetStore } from '../../backend/store/dataset-store';
import { CliError, type CliCommand } from '../io';
import { refuseUnknownOptions } from './options';

const USAGE = 'catalogue export|import <dataset> <file.json>';

/** Who the history records for an import from the command line: the system user, as the app does without a name. */
function who(): string {
  try {
    return os.userInfo().username;
  } catch {
    return 'unknown';
  }
}

async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file}: ${(err as Error).message}`);
  }
}

/**
 * `tally catalogue export|import`: the Catalogue panel's interchange, by the same code. Export reads the dataset
 * without its lock (the app may have it open) and writes the file atomically. Import takes the lock, checks the whole
 * file first and makes it one history entry (undoable in the app); a bad file changes nothing and exits 2.
 */
export const command: CliCommand = {
  usage: `${USAGE}   shares a catalogue of entities and indicators between datasets (JSON, see README)`,
  async run(args, io) {
    refuseUnknownOptions(args, ` (usage: tally ${USAGE})`);
    const [action, dataset, file, ...extra] = args;
    if (action !== 'export' && action !== 'import') throw new CliError(`expected export or import (usage: tally ${USAGE})`);
    if (!dataset || !file || extra.length) throw new CliError(`give the dataset folder and the JSON file (usage: tally ${USAGE})`);
    if (action === 'export') {
      const view = await readDatasetView(dataset);
      const out = exportCatalogue(view.doc);
      try {
        await writeFileAtomic(path.resolve(file), catalogueFileText(out));
      } catch (err) {
        throw new CliError(`cannot write ${file}: ${(err as Error).message}`);
      }
      const n = out.entities.length;
      io.out(`${file}: ${n} ${n === 1 ? 'entity' : 'entities'}, ${plural(out.indicators.length, 'indicator')}`);
      return 0;
    }
    const name = path.basename(file);
    const text = decodeArticleBytes(await readFileBytes(file), name);
    readCatalogueFile(text, name); // a bad file is refused before the dataset is locked
    const store = await DatasetStore.open(dataset);
    try {
      const parsed = readCatalogueFile(text, name, store.doc);
      const m = await store.mutate(who(), () => importCatalogue(store, parsed, name));
      io.out(`${store.name}: ${m.added} added, ${m.updated} updated from ${name}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
