import type { z } from 'zod';
import { ZodError } from 'zod';
import { TallyError, zodIssues } from '../../../shared/api/result';
import type { DatasetDoc } from '../../../shared/model/dataset';
import type { HistoryChange } from '../../../shared/model/history';
import type { Observation } from '../../../shared/model/observation';
import { describeIssues, validateObservation } from '../../../shared/model/validate-observation';
import { findRecord, type Collection } from '../store/apply-changes';
import type { DatasetStore } from '../store/dataset-store';

export const nowIso = () => new Date().toISOString();

export const change = (collection: Collection, id: string, before: unknown, after: unknown): HistoryChange => ({
  collection,
  id,
  before: before ?? null,
  after: after ?? null,
});

export function getObservation(doc: DatasetDoc, id: string): Observation {
  const o = findRecord(doc, 'observations', id) as Observation | null;
  if (!o) throw new TallyError('NOT_FOUND', `no observation "${id}"`);
  return o;
}

export function getSource(doc: DatasetDoc, id: string): DatasetDoc['sources'][number] {
  const s = findRecord(doc, 'sources', id) as DatasetDoc['sources'][number] | null;
  if (!s) throw new TallyError('NOT_FOUND', `no source "${id}"`);
  return s;
}

/** Refuses an observation that breaks a rule of validate-observation.ts: nothing is written. */
export function assertValidObservation(store: DatasetStore, o: Observation, before?: Observation): void {
  const issues = validateObservation(
    o,
    { sourceExists: (id) => findRecord(store.doc, 'sources', id) !== null, sourceText: (id) => store.sourceText(id) },
    before,
  );
  if (issues.length) throw new TallyError('INVALID_INPUT', describeIssues(issues), { issues });
}

export { plural } from '../../../shared/text/plural';

/** Parses a record built from user input; a schema failure is INVALID_INPUT naming the field, not an internal error. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  try {
    return schema.parse(value);
  } catch (err) {
    if (!(err instanceof ZodError)) throw err;
    const issues = zodIssues(err);
    throw new TallyError('INVALID_INPUT', describeIssues(issues), { issues });
  }
}
