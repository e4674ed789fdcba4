import { groupKeyOf, groupKeyString } from '../../../shared/crosscheck/group-key';
import type { HistoryChange } from '../../../shared/model/history';
import type { GroupKey } from '../../../shared/model/resolution';

/** A thing two clients can both change: one record, or one group's decision. `name` is for messages. */
export interface ConflictKey {
  key: string;
  name: string;
}

/** The record a change writes. */
export const recordKey = (c: HistoryChange): ConflictKey => ({ key: `${c.collection}:${c.id}`, name: c.collection === 'meta' ? 'the dataset details' : c.id });

function groupOf(record: unknown, field: 'self' | 'group'): ConflictKey | null {
  if (!record || typeof record !== 'object') return null;
  const r = (field === 'group' ? (record as { group?: unknown }).group : record) as Partial<GroupKey> | undefined;
  if (!r || typeof r.entity !== 'string' || typeof r.indicator !== 'string' || typeof r.period !== 'string') return null;
  const k = groupKeyOf(r as GroupKey);
  return { key: `group:${groupKeyString(k)}`, name: `the group ${k.entity} · ${k.indicator} · ${k.period}` };
}

/**
 * What a committed change counts as having changed: its record, and for an observation or a resolution the group
 * it was in and is in (a decision rests on the group's figures as the reviewer saw them).
 */
export function changedKeys(c: HistoryChange): ConflictKey[] {
  const out = [recordKey(c)];
  const field = c.collection === 'observations' ? 'self' : c.collection === 'resolutions' ? 'group' : null;
  if (field) {
    for (const g of [groupOf(c.before, field), groupOf(c.after, field)]) if (g && !out.some((k) => k.key === g.key)) out.push(g);
  }
  return out;
}

/**
 * What a new change must not overwrite unseen: its record, and for a resolution its whole group (two reviewers
 * deciding one group at once, or one deciding on figures another just edited). An observation edit checks only its
 * own record, so curators editing different rows of one group never block each other.
 */
export function guardedKeys(c: HistoryChange): ConflictKey[] {
  if (c.collection !== 'resolutions') return [recordKey(c)];
  return changedKeys(c);
}
