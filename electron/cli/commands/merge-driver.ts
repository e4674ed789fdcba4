import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DatasetDoc } from '../../../shared/model/dataset';
import { mergeDatasets } from '../../../shared/merge/merge-datasets';
import type { MergeSide } from '../../../shared/merge/merge-conflict';
import { runGit } from '../../backend/git/git';
import { THEIRS_REF_ENV } from '../../backend/git/repo-setup';
import { writeFileAtomic } from '../../backend/store/atomic-file';
import { parseDatasetJson, sortCollections, stableStringify } from '../../backend/store/doc-adapter';
import { CliError, type CliCommand } from '../io';

/** Who made a side of the merge: the author and date of the commit git names (HEAD, MERGE_HEAD); unknown otherwise. */
async function sideOf(refs: readonly string[], fallback: string): Promise<MergeSide> {
  for (const ref of refs) {
    const r = await runGit(process.cwd(), ['log', '-1', '--format=%an%x00%aI', ref]).catch(() => null);
    const [who, at] = r && r.code === 0 ? r.stdout.trim().split('\0') : [];
    if (who) return { who, at: at || new Date().toISOString() };
  }
  return { who: fallback, at: new Date().toISOString() };
}

/** Tally's sync names the branch it merges; a plain `git pull` leaves it in FETCH_HEAD (MERGE_HEAD is not written yet). */
const theirRefs = () => [process.env[THEIRS_REF_ENV], 'MERGE_HEAD', 'FETCH_HEAD'].filter((r): r is string => !!r);

async function readDoc(file: string, label: string): Promise<DatasetDoc | null> {
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw new CliError(`cannot read the ${label} version (${file})`);
  });
  if (!text.trim()) return null; // git passes an empty ancestor when the file is new on both sides
  const doc = parseDatasetJson(text, `${label} dataset.json`);
  sortCollections(doc);
  return doc;
}

export const command: CliCommand = {
  usage: 'merge-driver %O %A %B %P   git merge driver for dataset.json: record-level three-way merge (registered by tally share)',
  async run(args, io) {
    if (args.length < 3) throw new CliError('expected the ancestor, ours and theirs files (%O %A %B) from git');
    const [o, a, b, p] = args;
    const [base, ours, theirs] = [await readDoc(o, 'ancestor'), await readDoc(a, 'our'), await readDoc(b, 'their')];
    if (!ours || !theirs) throw new CliError('our or their dataset.json is empty');
    const sides = { ours: await sideOf(['HEAD'], 'ours'), theirs: await sideOf(theirRefs(), 'theirs'), at: new Date().toISOString() };
    const merged = mergeDatasets(base, ours, theirs, sides);
    // The result goes where git expects it (%A); conflicts are recorded in the dataset, so git sees a clean merge.
    await writeFileAtomic(path.resolve(a), stableStringify(merged.doc));
    if (merged.conflicts.length) io.err(`tally merge-driver: ${p ?? 'dataset.json'}: ${merged.conflicts.length} merge conflict(s) recorded for review in Tally`);
    return 0;
  },
};
