import { blankObservationFields, type Observation, type ObservationPatch } from '../../../shared/model';
import type { DatasetLookups } from '../state/lookups';
import { editToPatch, FIELD_LABELS } from './edit-patch';

/** One refused cell: where it is (1-based row of the grid, as the curator counts) and why. */
export interface RefusedCell {
  row: number;
  colId: string;
  message: string;
}

export interface PastePlan {
  updates: { id: string; patch: ObservationPatch }[];
  creates: Partial<Observation>[];
  refused: RefusedCell[];
}

/**
 * Turns a block of texts laid on the grid into the changes to send: each cell goes through the same check as a typed
 * edit (editToPatch). `rows[i]` is the row under block line i, or undefined past the end (a new row is made). A row's
 * cells are tried in turn and the refused ones tried again once the others are in, so "5" then "%" (a value needing
 * its unit) passes whatever the column order. Cells still refused are left out and listed.
 */
export function planPaste(
  block: readonly (readonly string[])[],
  colIds: readonly string[],
  rows: readonly (Observation | undefined)[],
  startRow: number,
  lookups: DatasetLookups | null,
): PastePlan {
  const plan: PastePlan = { updates: [], creates: [], refused: [] };
  block.forEach((cells, i) => {
    const existing = rows[i];
    let working: Observation = existing ?? ({ id: '', createdAt: '', updatedAt: '', ...blankObservationFields() } as Observation);
    let patch: ObservationPatch = {};
    let pending = cells.map((text, j) => ({ text, colId: colIds[j] })).filter((c) => c.colId !== undefined);
    let lastErrors: RefusedCell[] = [];
    for (;;) {
      const next: typeof pending = [];
      lastErrors = [];
      for (const c of pending) {
        const r = editToPatch(c.colId, c.text, working, lookups);
        if (r.ok) {
          patch = { ...patch, ...r.value };
          working = { ...working, ...r.value };
        } else {
          next.push(c);
          lastErrors.push({ row: startRow + i + 1, colId: c.colId, message: r.message });
        }
      }
      if (next.length === 0 || next.length === pending.length) break;
      pending = next;
    }
    plan.refused.push(...lastErrors);
    if (Object.keys(patch).length === 0) return;
    if (existing) plan.updates.push({ id: existing.id, patch });
    else plan.creates.push({ ...blankObservationFields(), ...patch });
  });
  return plan;
}

/** The refusal summary shown after a paste: how many cells, then the first few with their row and column. */
export function refusalSummary(refused: readonly RefusedCell[], shown = 3): string {
  const head = refused.length === 1 ? '1 cell was refused' : `${refused.length} cells were refused`;
  const list = refused.slice(0, shown).map((r) => `row ${r.row}, ${FIELD_LABELS[r.colId] ?? r.colId}: ${r.message}`);
  const more = refused.length > shown ? `; and ${refused.length - shown} more` : '';
  return `${head} (${list.join('; ')}${more}). The other cells were saved.`;
}
