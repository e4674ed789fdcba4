import type { DatasetDoc } from '../../../shared/model/dataset';

/** Records per slice: a few milliseconds of stringify, so requests are served between slices. */
const RECORDS_PER_SLICE = 1000;

/**
 * The bytes of stableStringify (doc-adapter.ts: one record per line), in slices of at most RECORDS_PER_SLICE records. The caller gives
 * a document whose collections will not change while it iterates (see freezeForWrite); records are never changed
 * in place (apply-changes replaces them), so copies of the arrays are enough.
 */
export function* stringifyInSlices(doc: DatasetDoc): Generator<string> {
  const entries = Object.entries({
    schemaVersion: doc.schemaVersion,
    meta: doc.meta,
    sources: doc.sources,
    entities: doc.entities,
    indicators: doc.indicators,
    observations: doc.observations,
    resolutions: doc.resolutions,
    mergeConflicts: doc.mergeConflicts?.length ? doc.mergeConflicts : undefined,
    historySeq: doc.historySeq,
  }).filter(([, v]) => v !== undefined);
  let out = '{';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k];
    const sep = k < entries.length - 1 ? ',' : '';
    out += `\n  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) {
      out += (Array.isArray(value) ? '[]' : JSON.stringify(value)) + sep;
      continue;
    }
    out += '[';
    for (let i = 0; i < value.length; i++) {
      out += `\n    ${JSON.stringify(value[i] ?? null)}${i < value.length - 1 ? ',' : ''}`;
      if ((i + 1) % RECORDS_PER_SLICE === 0) {
        yield out;
        out = '';
      }
    }
    out += `\n  ]${sep}`;
  }
  yield `${out}\n}\n`;
}

/** A copy of the document's top level and collections, unaffected by edits made after it was taken. */
export function freezeForWrite(doc: DatasetDoc): DatasetDoc {
  return {
    ...doc,
    sources: [...doc.sources],
    entities: [...doc.entities],
    indicators: [...doc.indicators],
    observations: [...doc.observations],
    resolutions: [...doc.resolutions],
    mergeConflicts: doc.mergeConflicts ? [...doc.mergeConflicts] : undefined,
  };
}
