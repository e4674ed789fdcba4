import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatasetDoc, Observation } from '../../shared/model';
import { assessDataset } from '../../shared/validation';

export async function tempDir(prefix = 'tally-export-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/**
 * What runExport needs, from an in-memory dataset. Its folder is `dir/dataset` (never created), so outputs written
 * into `dir` are outside it, as they must be; relative paths resolve against `dir`.
 */
export function exportSource(dir: string, doc: DatasetDoc, orphanedIds: string[] = []) {
  const { groups, report } = assessDataset(doc, orphanedIds);
  return { dir: path.join(dir, 'dataset'), relativeTo: dir, doc, groups, report };
}

/** The fixture's observations repeated n times with fresh ids (the same groups grow; entities vary to make many). */
export function bigDoc(doc: DatasetDoc, n: number): DatasetDoc {
  const observations: Observation[] = [];
  for (let i = 0; i < n; i++) {
    const o = doc.observations[i % doc.observations.length];
    observations.push({ ...o, id: `obs-${i + 1}`, entity: `${o.entity} ${Math.floor(i / doc.observations.length)}` });
  }
  return { ...doc, observations };
}
