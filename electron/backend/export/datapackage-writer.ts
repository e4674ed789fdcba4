import { promises as fs } from 'node:fs';
import path from 'node:path';
import { resourcePath } from '../../../shared/export/datapackage';
import type { TableDef, TableRecord } from '../../../shared/export/tables';
import type { ProgressCounter } from './chunks';
import { writeCsvTable } from './csv-writer';

/**
 * Writes a Data Package into `folder` (a temp folder: the caller renames it into place): one CSV per table, then
 * datapackage.json last, so a folder holding a descriptor is always complete. Returns the files (relative) and bytes.
 */
export async function writeDataPackage(
  folder: string,
  descriptor: object,
  tables: readonly { table: TableDef; records: readonly TableRecord[] }[],
  opts: { progress: ProgressCounter; signal?: AbortSignal },
): Promise<{ files: string[]; bytes: number }> {
  await fs.mkdir(folder);
  const files: string[] = [];
  let bytes = 0;
  for (const { table, records } of tables) {
    const name = resourcePath(table.name);
    bytes += await writeCsvTable(path.join(folder, name), table, records, false, opts);
    files.push(name);
  }
  const json = `${JSON.stringify(descriptor, null, 2)}\n`;
  await fs.writeFile(path.join(folder, 'datapackage.json'), json, { flag: 'wx' });
  bytes += Buffer.byteLength(json);
  files.unshift('datapackage.json');
  return { files, bytes };
}
