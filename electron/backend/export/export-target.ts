import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TallyError } from '../../../shared/api/result';
import { DATASET_FILE } from '../store/dataset-store';
import { fileExistsError } from './temp-files';

/** The one folder inside a dataset that exports may write to (the default place for them). */
export const EXPORTS_DIR = 'exports';

export interface TargetRules {
  /** The open dataset's folder: nothing in it may be written over, except under exports/. */
  datasetDir: string;
  /** What a relative path is relative to: the datasets folder in the app, the shell's folder in the CLI. */
  relativeTo: string;
}

/** The real path of p: symlinks in the existing part are resolved, the missing rest is appended as written. */
async function realPathOf(p: string): Promise<string> {
  const missing: string[] = [];
  let at = path.resolve(p);
  for (;;) {
    try {
      return path.join(await fs.realpath(at), ...missing);
    } catch {
      const up = path.dirname(at);
      if (up === at) return path.join(at, ...missing);
      missing.unshift(path.basename(at));
      at = up;
    }
  }
}

const isInside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

const exists = (p: string) => fs.lstat(p).then(() => true, () => false);

/**
 * Where an export goes, or why it may not go there. Refused: anything inside the dataset's folder but its exports/
 * (dataset.json, history.jsonl, the lock, sources/…, also when reached through a symlink), a path inside another
 * dataset's folder. Whether an existing target may be replaced is refuseExisting's question.
 */
export async function exportTarget(outPath: string, rules: TargetRules): Promise<string> {
  const out = path.resolve(rules.relativeTo, outPath);
  const real = await realPathOf(out);
  const dataset = await realPathOf(rules.datasetDir);
  const refuse = (why: string) => {
    throw new TallyError('INVALID_INPUT', `cannot export to ${out}: ${why}`, { file: out, issues: [{ path: 'outPath', message: why }] });
  };
  if (isInside(real, dataset) && !isInside(real, path.join(dataset, EXPORTS_DIR))) {
    refuse(`it is inside the dataset's own folder; only its ${EXPORTS_DIR} folder takes exports`);
  }
  if (real === path.join(dataset, EXPORTS_DIR)) refuse(`that is the dataset's ${EXPORTS_DIR} folder itself; name a file or folder inside it`);
  // Another dataset's folder (the open one was checked above): its files are just as precious.
  if (await exists(path.join(path.dirname(real), DATASET_FILE))) refuse(`${path.dirname(out)} is a dataset's folder`);
  if (await exists(path.join(real, DATASET_FILE))) refuse('that is a dataset folder');
  return out;
}

/** An existing target is replaced only when the caller says so (code FILE_EXISTS, so the UI can ask first). */
export async function refuseExisting(out: string, overwrite: boolean): Promise<void> {
  if (!overwrite && (await exists(out))) throw fileExistsError(out);
}
