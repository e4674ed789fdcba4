import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import { decodeArticleBytes } from '../../../shared/import/decode-text';
import type { InterchangeError } from '../../../shared/interchange/columns';
import { interchangeFormatOf } from '../../../shared/interchange/format-of';
import { readInterchange } from '../../../shared/interchange/read';
import { plural } from '../../../shared/text/plural';
import { buildImport, planFor, rowsWithErrors } from '../../backend/interchange/import-observations';
import { createDatasetFolder } from '../../backend/store/create-dataset';
import { DATASET_FILE, DatasetStore } from '../../backend/store/dataset-store';
import { CliError, type CliCommand, type CliIo } from '../io';
import { refuseUnknownOptions, takeFlag } from './options';

const USAGE = 'import <dataset> <file.csv|file.json> [--dry-run] [--valid-only] [--json]';

interface ImportArgs {
  dataset: string;
  file: string;
  dryRun: boolean;
  validOnly: boolean;
  json: boolean;
}

function parseArgs(args: string[]): ImportArgs {
  let rest = args;
  const flags: Record<string, boolean> = {};
  for (const name of ['dry-run', 'valid-only', 'json']) ({ on: flags[name], rest } = takeFlag(rest, name));
  refuseUnknownOptions(rest, ` (usage: tally ${USAGE})`);
  if (rest.length !== 2) throw new CliError(`give the dataset folder and the file to import (usage: tally ${USAGE})`);
  return { dataset: rest[0], file: rest[1], dryRun: flags['dry-run'], validOnly: flags['valid-only'], json: flags.json };
}

/** What the command reports, printed as lines or, with --json, as one JSON object. */
interface ImportReport {
  file: string;
  rows: number;
  valid: number;
  imported: number;
  sourcesCreated: number;
  dryRun: boolean;
  errors: InterchangeError[];
}

function print(io: CliIo, r: ImportReport, asJson: boolean): void {
  if (asJson) {
    io.out(JSON.stringify(r, null, 2));
    return;
  }
  for (const e of r.errors) io.err(`${r.file}: row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  const what = r.dryRun ? `would import ${plural(r.valid, 'observation')}` : `imported ${plural(r.imported, 'observation')}`;
  const refused = r.rows - r.valid;
  io.out(`${r.file}: ${what} of ${plural(r.rows, 'row')}${refused ? `; ${plural(refused, 'row')} refused` : ''}${r.sourcesCreated ? `; ${plural(r.sourcesCreated, 'new source')}` : ''}`);
}

/** Opens the dataset, creating the folder first when it does not exist yet (named after the folder). */
async function openOrCreate(dir: string): Promise<DatasetStore> {
  const abs = path.resolve(dir);
  const exists = await fs.stat(path.join(abs, DATASET_FILE)).then(
    () => true,
    () => false,
  );
  if (!exists) await createDatasetFolder(abs, path.basename(abs));
  return DatasetStore.open(abs);
}

/**
 * `tally import`: the app's interchange import from scripts. Every row is checked as the preview checks it; nothing
 * is written while any row has an error unless --valid-only, and the import is one history entry (one undo).
 * Exit 0 when every row was imported (or would be, with --dry-run), 1 when some were refused, 2 for bad input.
 */
export const command: CliCommand = {
  usage: `${USAGE}   exit 0 all rows imported, 1 some refused, 2 bad input`,
  async run(args, io) {
    const opts = parseArgs(args);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(opts.file));
    } catch (err) {
      throw new CliError(`cannot read ${opts.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    const fileName = path.basename(opts.file);
    const text = decodeArticleBytes(bytes, fileName);
    const read = readInterchange(text, interchangeFormatOf(fileName, text));
    // A file that cannot be read as observations at all (no header, missing columns, not JSON) is bad input.
    const unreadable = read.errors.find((e) => e.row === 0);
    if (unreadable) throw new CliError(`${fileName}: ${unreadable.message}; nothing was imported`);
    if (read.total === 0) throw new CliError(`${fileName} has no rows to import`);
    const store = await openOrCreate(opts.dataset);
    try {
      const plan = planFor(store, read.rows, false);
      const errors = [...read.errors, ...plan.errors].sort((a, b) => a.row - b.row);
      const report: ImportReport = { file: fileName, rows: read.total, valid: plan.observations.length, imported: 0, sourcesCreated: 0, dryRun: opts.dryRun, errors };
      const refusedWhole = errors.length > 0 && !opts.validOnly;
      if (!opts.dryRun && !refusedWhole && plan.observations.length > 0) {
        const held = { datasetDir: store.dir, fileName, rows: read.rows, fileErrors: read.errors, total: read.total };
        const m = await store.mutate('tally import', () => buildImport(store, held, opts.validOnly, new AbortController().signal));
        report.imported = m.imported;
        report.sourcesCreated = m.sourcesCreated;
      }
      print(io, report, opts.json);
      if (refusedWhole && !opts.json && !opts.dryRun) {
        io.err(`nothing was imported: ${plural(rowsWithErrors(errors), 'row')} have errors (fix them, or pass --valid-only)`);
      }
      return errors.length > 0 ? 1 : 0;
    } catch (err) {
      if (err instanceof TallyError && err.code === 'INVALID_INPUT') throw new CliError(err.message, 1);
      throw err;
    } finally {
      await store.close();
    }
  },
};
