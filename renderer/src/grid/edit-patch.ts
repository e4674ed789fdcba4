import { ObservationPatch, QUALIFIERS, OBSERVATION_STATUSES, type Observation } from '../../../shared/model';
import type { DatasetLookups } from '../state/lookups';
import { validateObservation } from '../../../shared/model/validate-observation';
import { capitalise, parsePeriodInput, parseValueInput, type Parsed } from './cell-values';
import { figureFromStated } from './stated-figure';

/** Column id → the name a curator sees in messages. */
export const FIELD_LABELS: Record<string, string> = {
  entity: 'Entity',
  indicator: 'Indicator',
  period: 'Period',
  stated: 'Stated',
  value: 'Value',
  unit: 'Unit',
  qualifier: 'Qualifier',
  sourceId: 'Source',
  status: 'Status',
  note: 'Note',
};

/**
 * Turns one edited cell into the patch to send, or a message naming the field and what is wrong. Checked here,
 * before anything is sent, so a wrong entry is refused on the spot; the backend checks again and its message is
 * shown the same way if it still refuses.
 */
export function editToPatch(field: string, raw: unknown, row: Observation, lookups: DatasetLookups | null): Parsed<ObservationPatch> {
  const label = FIELD_LABELS[field] ?? field;
  const text = raw === null || raw === undefined ? '' : String(raw);
  let patch: ObservationPatch;
  switch (field) {
    case 'value': {
      const r = parseValueInput(raw);
      if (!r.ok) return r;
      patch = { value: r.value };
      break;
    }
    case 'period': {
      const r = parsePeriodInput(raw);
      if (!r.ok) return r;
      patch = { period: r.value };
      break;
    }
    case 'qualifier':
      if (!(QUALIFIERS as readonly string[]).includes(text))
        return { ok: false, message: `Qualifier "${text}" is not one of ${QUALIFIERS.join(', ')}` };
      patch = { qualifier: text as Observation['qualifier'] };
      break;
    case 'status':
      if (!(OBSERVATION_STATUSES as readonly string[]).includes(text))
        return { ok: false, message: `Status "${text}" is not one of ${OBSERVATION_STATUSES.join(', ')}` };
      patch = { status: text as Observation['status'] };
      break;
    case 'sourceId': {
      if (text === '') {
        if (row.quote) return { ok: false, message: 'Source cannot be cleared while the row quotes it; remove the quote first' };
        patch = { sourceId: null };
        break;
      }
      if (lookups && !lookups.sourcesById.has(text)) return { ok: false, message: `Source "${text}" is not in this dataset` };
      if (row.quote && row.sourceId !== text)
        return { ok: false, message: 'Source cannot change while the row quotes another source; cite the passage again instead' };
      patch = { sourceId: text };
      break;
    }
    case 'stated':
      // The words as written fill Value, Unit and Qualifier when they read as a figure; the curator may change them.
      patch = { stated: text, ...figureFromStated(text, row.sourceId ? lookups?.sourcesById.get(row.sourceId)?.language : undefined) };
      break;
    case 'entity':
    case 'indicator':
    case 'unit':
    case 'note':
      patch = { [field]: field === 'note' ? text : text.trim() };
      break;
    default:
      return { ok: false, message: `${label} cannot be edited here` };
  }
  const checked = ObservationPatch.safeParse(patch);
  if (!checked.success) return { ok: false, message: `${label}: ${checked.error.issues[0]?.message ?? 'invalid'}` };
  // The same whole-row rules the backend applies (e.g. a value needs a unit), on the row as it would be stored.
  const issues = validateObservation(
    { ...row, ...patch },
    { sourceExists: (id) => !lookups || lookups.sourcesById.has(id), sourceText: () => undefined },
  );
  const issue = issues.find((i) => i.path === field) ?? issues[0];
  if (issue) return { ok: false, message: `${FIELD_LABELS[issue.path] ?? capitalise(issue.path)}: ${issue.message}` };
  return { ok: true, value: patch };
}

/** True when the patch would change nothing (an edit that ends where it started is not sent). */
export function patchIsNoop(patch: ObservationPatch, row: Observation): boolean {
  return Object.entries(patch).every(([k, v]) => (row as Record<string, unknown>)[k] === v);
}
