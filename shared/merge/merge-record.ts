import { sameJson } from './canonical-json';

type Rec = Record<string, unknown>;

/** Fields that change with every edit and say nothing by themselves: both sides' edits keep the later stamp. */
const STAMP_FIELDS = new Set(['updatedAt']);

/** One field both sides changed to different values. */
export interface FieldClash {
  field: string;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

export type RecordMerge =
  | { kind: 'clean'; value: Rec | null }
  /** Same field changed on both sides: `value` keeps ours for each clashing field. */
  | { kind: 'fields'; value: Rec; clashes: FieldClash[] }
  /** Deleted on one side, edited on the other: the edited record is kept. */
  | { kind: 'delete-edit'; value: Rec; deletedBy: 'ours' | 'theirs' };

const later = (a: unknown, b: unknown) => (String(a ?? '') >= String(b ?? '') ? a : b);

/**
 * Three-way merge of one record (issue 13): changes to different fields merge; the same field changed to different
 * values on both sides is a clash; a delete against an edit keeps the edit and says so. `null` means absent.
 */
export function mergeRecord(base: Rec | null, ours: Rec | null, theirs: Rec | null): RecordMerge {
  if (sameJson(ours, theirs)) return { kind: 'clean', value: ours };
  if (sameJson(ours, base)) return { kind: 'clean', value: theirs };
  if (sameJson(theirs, base)) return { kind: 'clean', value: ours };
  if (ours === null) return { kind: 'delete-edit', value: theirs as Rec, deletedBy: 'ours' };
  if (theirs === null) return { kind: 'delete-edit', value: ours, deletedBy: 'theirs' };
  return mergeFields(base ?? {}, ours, theirs);
}

function mergeFields(base: Rec, ours: Rec, theirs: Rec): RecordMerge {
  const value: Rec = {};
  const clashes: FieldClash[] = [];
  const fields = [...new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])];
  for (const f of fields) {
    const [b, o, t] = [base[f], ours[f], theirs[f]];
    let v: unknown;
    if (sameJson(o, t) || sameJson(t, b)) v = o;
    else if (sameJson(o, b)) v = t;
    else if (STAMP_FIELDS.has(f)) v = later(o, t);
    else {
      v = o;
      clashes.push({ field: f, base: b, ours: o, theirs: t });
    }
    if (v !== undefined) value[f] = v;
  }
  return clashes.length ? { kind: 'fields', value, clashes } : { kind: 'clean', value };
}
