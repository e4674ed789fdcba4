import type { DatasetDoc } from '../model/dataset';
import { GroupIndex, type GroupIndexOptions, type GroupView } from './group-index';

export * from './interval';
export * from './group-key';
export * from './fingerprint';
export * from './precision';
export * from './language-guess';
export * from './observation-interval';
export * from './status';
export * from './resolution-state';
export * from './group-index';

/** Cross-checks a whole dataset once: every group with its status, spread and resolution state. */
export function checkDataset(
  doc: Pick<DatasetDoc, 'observations' | 'sources' | 'resolutions'> & { meta?: { tolerance?: number } },
  options?: GroupIndexOptions,
): { groups: GroupView[] } {
  return { groups: new GroupIndex(doc, options).views() };
}
