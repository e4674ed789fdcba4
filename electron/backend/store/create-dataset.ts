import { randomBytes } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import { DatasetDoc, DEFAULT_TOLERANCE, SCHEMA_VERSION } from '../../../shared/model/dataset';
import { writeFileAtomic } from './atomic-file';
import { DATASET_FILE } from './dataset-store';
import { stableStringify } from './doc-adapter';
import { LOCK_FILE } from './lock';
import { SOURCES_DIR } from './source-texts';

/** A folder name from a dataset name: letters (any script) kept, characters that file systems refuse replaced. */
export function folderNameFor(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return cleaned || 'dataset';
}

/** A free folder under parent: "name", then "name (2)", "name (3)"… */
export function uniqueFolder(parent: string, name: string): string {
  const base = folderNameFor(name);
  for (let n = 1; ; n++) {
    const candidate = path.join(parent, n === 1 ? base : `${base} (${n})`);
    if (!existsSync(candidate)) return candidate;
  }
}

/** A dataset with no records yet, holding no log entries (historySeq 0). */
export function emptyDatasetDoc(name: string, at: string): DatasetDoc {
  return DatasetDoc.parse({
    schemaVersion: SCHEMA_VERSION,
    meta: { id: `ds-${randomBytes(6).toString('hex')}`, name: name.trim() || 'dataset', tolerance: DEFAULT_TOLERANCE, createdAt: at, updatedAt: at },
    sources: [],
    entities: [],
    indicators: [],
    observations: [],
    resolutions: [],
    historySeq: 0,
  });
}

/** Writes a new empty dataset folder; DATASET_EXISTS when the folder is already taken (anything in it). */
export async function createDatasetFolder(dir: string, name: string): Promise<void> {
  if (existsSync(dir) && (await fs.readdir(dir)).length > 0) {
    throw new TallyError('DATASET_EXISTS', `a folder named "${path.basename(dir)}" already exists in ${path.dirname(dir)}`, { file: dir });
  }
  await fs.mkdir(path.join(dir, SOURCES_DIR), { recursive: true });
  const doc = emptyDatasetDoc(name, new Date().toISOString());
  await writeFileAtomic(path.join(dir, DATASET_FILE), stableStringify(doc));
}

/** Copies a dataset folder (the bundled sample) without its lock or temp files. */
export async function copyDatasetFolder(from: string, to: string): Promise<void> {
  await fs.cp(from, to, {
    recursive: true,
    errorOnExist: true,
    force: false,
    filter: (src) => {
      const base = path.basename(src);
      return base !== LOCK_FILE && !base.endsWith('.tmp');
    },
  });
}
