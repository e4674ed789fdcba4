import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ExportFormat, ValidationReport } from '../../../shared/api/contract';
import { TallyError } from '../../../shared/api/result';
import { dataPackageDescriptor } from '../../../shared/export/datapackage';
import { defaultExportName, type ExportTableName } from '../../../shared/export/file-names';
import { resolutionRecords, sourceRecords } from '../../../shared/export/records';
import { OBSERVATIONS_TABLE, RESOLUTIONS_TABLE, SOURCES_TABLE, type TableDef, type TableRecord, VALIDATED_TABLE } from '../../../shared/export/tables';
import { validatedRecords } from '../../../shared/export/validated-table';
import { INTERCHANGE_COLUMNS } from '../../../shared/interchange/columns';
import { toRows } from '../../../shared/interchange/to-row';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { CheckedGroup } from '../../../shared/validation/validate-dataset';
import { ProgressCounter, throwIfCancelled } from './chunks';
import { writeCsvTable } from './csv-writer';
import { writeDataPackage } from './datapackage-writer';
import { writeJsonRows } from './json-writer';
import { EXPORTS_DIR, exportTarget, refuseExisting } from './export-target';
import { commitFile, commitFolder, removeQuietly, replaceableFolder, tempPathFor } from './temp-files';
import { writeWorkbook } from './xlsx-writer';
import { plural } from '../../../shared/text/plural';

export interface ExportRequest {
  format: ExportFormat;
  table: ExportTableName;
  /** Only for the validated table: export despite blocking problems, marked as a draft. */
  draft: boolean;
  /** File (csv, json, xlsx) or folder (datapackage); default: <dataset>/exports/<name>-<table>-<date>[-draft].<ext>. */
  outPath?: string;
  /** Replace an existing target; without it an existing file or package is refused with FILE_EXISTS. */
  overwrite?: boolean;
}

export interface ExportSource {
  /** The dataset folder (for the default exports/ location; its other files are never written over). */
  dir: string;
  /** What a relative outPath is relative to: the datasets folder in the app, the shell's folder in the CLI. */
  relativeTo: string;
  doc: DatasetDoc;
  groups: readonly CheckedGroup[];
  report: ValidationReport;
}

export interface ExportResult {
  files: string[];
  bytes: number;
}

export interface ExportRun {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

interface Planned {
  table: TableDef;
  records: TableRecord[];
}

const blockedMessage = (n: number) =>
  `the validated table cannot be exported: ${plural(n, 'problem')} block publishing (see the validation report), or export a draft`;

/** A draft CSV cannot carry metadata, so its name says it: x.csv becomes x-draft.csv. */
function draftCsvName(p: string): string {
  const ext = path.extname(p);
  const stem = p.slice(0, p.length - ext.length);
  return stem.endsWith('-draft') ? p : `${stem}-draft${ext || '.csv'}`;
}

/** The path asked for (or the default one), before it is checked: the draft CSV's name says it is a draft. */
function exportOutPath(src: ExportSource, req: ExportRequest, now: Date): string {
  const draft = req.table === 'validated' && req.draft;
  const out = req.outPath ?? path.join(src.dir, EXPORTS_DIR, defaultExportName(src.doc.meta.name, req.table, req.format, draft, now));
  return draft && req.format === 'csv' ? draftCsvName(out) : out;
}

/** Checks an export's target before any work (the handler calls it before starting the job, to refuse at once). */
export async function checkExportTarget(src: ExportSource, req: ExportRequest, now = new Date()): Promise<string> {
  const out = await exportTarget(exportOutPath(src, req, now), { datasetDir: src.dir, relativeTo: src.relativeTo });
  // What can never be replaced is refused before asking whether to replace.
  if (req.format === 'datapackage') await replaceableFolder(out);
  else if ((await fs.stat(out).catch(() => null))?.isDirectory()) throw new TallyError('IO_ERROR', `${out} is a folder; give a file name`, { file: out });
  await refuseExisting(out, req.overwrite ?? false);
  return out;
}

/**
 * Writes one export. The validated table is refused while anything blocks unless it is a draft. Every file is
 * written under a temp name and renamed into place only when complete; on cancel or failure the temp files are
 * removed, so no partial export is ever left where the user would find it.
 */
export async function runExport(src: ExportSource, req: ExportRequest, run: ExportRun = {}): Promise<ExportResult> {
  const { doc, report } = src;
  const validated = req.table === 'validated';
  const draft = validated && req.draft;
  if (validated && !report.publishable && !draft) throw new TallyError('BLOCKED', blockedMessage(report.blocking));
  const now = run.now ?? new Date();

  const out = await checkExportTarget(src, req, now);
  await fs.mkdir(path.dirname(out), { recursive: true }).catch((err) => {
    throw new TallyError('IO_ERROR', `cannot create the folder ${path.dirname(out)}: ${(err as Error).message}`);
  });

  const observations: Planned = { table: OBSERVATIONS_TABLE, records: toRows(doc.observations, doc.sources) };
  const validatedTable: Planned | null = validated ? { table: VALIDATED_TABLE, records: validatedRecords(doc, src.groups, { draft }) } : null;
  const full: Planned[] = [
    observations,
    { table: SOURCES_TABLE, records: sourceRecords(doc) },
    { table: RESOLUTIONS_TABLE, records: resolutionRecords(doc, src.groups) },
  ];
  const main = validatedTable ?? observations;
  const tables: Planned[] =
    req.format === 'csv' || req.format === 'json' ? [main] : validatedTable ? [validatedTable, ...full] : full;

  const progress = new ProgressCounter(
    tables.reduce((n, t) => n + t.records.length, 0),
    run.onProgress,
  );
  const opts = { progress, signal: run.signal };
  const temp = tempPathFor(out);
  const title = doc.meta.title || doc.meta.name;
  try {
    throwIfCancelled(run.signal);
    let bytes: number;
    let files = [out];
    switch (req.format) {
      case 'csv':
        bytes = await writeCsvTable(temp, main.table, main.records, true, opts);
        await commitFile(temp, out, req.overwrite ?? false);
        break;
      case 'json': {
        const columns = validated ? VALIDATED_TABLE.fields.map((f) => f.name) : INTERCHANGE_COLUMNS;
        const header = validated ? { name: doc.meta.name, title, table: 'validated', draft, created: now.toISOString(), columns } : undefined;
        bytes = await writeJsonRows(temp, columns, main.records, { ...opts, header });
        await commitFile(temp, out, req.overwrite ?? false);
        break;
      }
      case 'xlsx':
        bytes = await writeWorkbook(
          temp,
          tables,
          {
            title: draft ? `${title} (DRAFT: not validated)` : title,
            subject: validated ? (draft ? 'Draft validated figures' : 'Validated figures') : 'All observations',
            description: doc.meta.description,
            keywords: draft ? 'tally draft' : 'tally',
            creator: 'Tally',
          },
          opts,
        );
        await commitFile(temp, out, req.overwrite ?? false);
        break;
      case 'datapackage': {
        const descriptor = dataPackageDescriptor(doc, {
          tables: tables.map((t) => t.table.name),
          valid: report.blocking === 0,
          draft,
          created: now.toISOString(),
        });
        const written = await writeDataPackage(temp, descriptor, tables, opts);
        throwIfCancelled(run.signal);
        await commitFolder(temp, out);
        bytes = written.bytes;
        files = written.files.map((f) => path.join(out, f));
        break;
      }
    }
    return { files, bytes };
  } catch (err) {
    await removeQuietly(temp);
    if (err instanceof TallyError) throw err;
    throw new TallyError('IO_ERROR', `cannot write ${out}: ${(err as Error).message}`, { file: out });
  }
}
