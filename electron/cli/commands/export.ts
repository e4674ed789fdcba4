import { ExportFormat, ExportTable } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import type { ExportTableName } from '../../../shared/export/file-names';
import { plural } from '../../../shared/text/plural';
import { assessDataset } from '../../../shared/validation/assess';
import { readDatasetView } from '../../backend/export/read-dataset';
import { runExport } from '../../backend/export/run-export';
import { CliError, type CliCommand } from '../io';
import { needsValue, refuseUnknownOptions, takeFlag, takeValueOption } from './options';

const USAGE = 'export <dataset> --format csv|json|xlsx|datapackage --out <path> [--table validated|full] [--draft] [--force]';

interface ExportArgs {
  dataset: string;
  format: ExportFormat;
  out: string;
  table: ExportTableName;
  draft: boolean;
  force: boolean;
}

function parseArgs(args: string[]): ExportArgs {
  const values: Record<string, string | undefined> = {};
  let rest = args;
  for (const name of ['format', 'out', 'table']) ({ value: values[name], rest } = takeValueOption(rest, name, needsValue(name)));
  const { on: force, rest: noForce } = takeFlag(rest, 'force');
  const { on: draft, rest: positional } = takeFlag(noForce, 'draft');
  refuseUnknownOptions(positional, ` (usage: tally ${USAGE})`);
  if (positional.length !== 1) throw new CliError(positional.length ? `expected one dataset folder, got ${positional.length}` : `give the dataset folder (usage: tally ${USAGE})`);
  const format = ExportFormat.safeParse(values.format);
  if (!values.format) throw new CliError('--format is required: csv, json, xlsx or datapackage');
  if (!format.success) throw new CliError(`unknown format "${values.format}": use csv, json, xlsx or datapackage`);
  if (!values.out) throw new CliError('--out <path> is required (a file, or a folder for datapackage)');
  const table = ExportTable.safeParse(values.table ?? 'validated');
  if (!table.success) throw new CliError(`unknown table "${values.table}": use validated or full`);
  if (draft && table.data !== 'validated') throw new CliError('--draft applies to the validated table only');
  return { dataset: positional[0], format: format.data, out: values.out, table: table.data, draft, force };
}

/**
 * `tally export`: by default the validated table (one accepted value per group with provenance), as domain.md says
 * ("writes a validated dataset"), refused with exit 1 while anything blocks unless --draft; --table full writes every
 * observation. The dataset is read without its lock and never written; the export appears only when complete. An
 * existing --out is replaced only with --force; the dataset's own files never are. A relative --out is relative to
 * the shell's folder, as every command-line path is.
 * Prints the files written, one per line.
 */
export const command: CliCommand = {
  usage: `${USAGE}   default table: validated (refused while anything blocks, exit 1)`,
  async run(args, io) {
    const opts = parseArgs(args);
    const view = await readDatasetView(opts.dataset);
    for (const w of view.warnings) io.err(`tally export: ${w}`);
    const { groups, report } = assessDataset(view.doc, view.orphanedIds);
    try {
      const result = await runExport(
        { dir: view.dir, relativeTo: process.cwd(), doc: view.doc, groups, report },
        { format: opts.format, table: opts.table, draft: opts.draft, outPath: opts.out, overwrite: opts.force },
      );
      io.out(result.files.join('\n'));
      return 0;
    } catch (err) {
      if (err instanceof TallyError && err.code === 'BLOCKED') {
        const n = report.blocking;
        throw new CliError(`the validated table cannot be exported: ${plural(n, 'problem')} block publishing; run tally validate to see them, or pass --draft`, 1);
      }
      if (err instanceof TallyError && err.code === 'FILE_EXISTS') throw new CliError(`${err.message} (pass --force to replace it)`);
      throw err;
    }
  },
};
