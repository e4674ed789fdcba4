import type { ValidationReport } from '../api/contract';
import { checkDataset } from '../crosscheck';
import type { DatasetDoc } from '../model/dataset';
import { type CheckedGroup, validateDataset } from './validate-dataset';

export interface Assessment {
  groups: CheckedGroup[];
  report: ValidationReport;
}

/** Cross-checks the dataset and validates it in one go: what the report, the exports and `tally validate` need. */
export function assessDataset(doc: DatasetDoc, orphanedIds: readonly string[]): Assessment {
  const { groups } = checkDataset(doc);
  return { groups, report: validateDataset(doc, { groups, orphanedIds }) };
}
