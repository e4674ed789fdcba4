import type { ExportFormat } from '../api/contract';
import { frictionlessName } from './datapackage';

export type ExportTableName = 'full' | 'validated';

const EXTENSIONS: Record<ExportFormat, string> = { csv: '.csv', json: '.json', xlsx: '.xlsx', datapackage: '' };

/**
 * Default export name, relative to the dataset's exports/ folder: <dataset-name>-<table>-<date>[-draft].<ext>
 * (a Data Package is a folder, so it has no extension). The date is the local calendar day of `at`.
 */
export function defaultExportName(datasetName: string, table: ExportTableName, format: ExportFormat, draft: boolean, at: Date): string {
  const day = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  return `${frictionlessName(datasetName)}-${table}-${day}${draft ? '-draft' : ''}${EXTENSIONS[format]}`;
}
