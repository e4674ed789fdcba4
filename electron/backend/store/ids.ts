/** Natural order of ids, so obs-2 sorts before obs-10 and arrays on disk stay in creation order. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const ma = /^(.*?)(\d+)$/.exec(a);
  const mb = /^(.*?)(\d+)$/.exec(b);
  if (ma && mb && ma[1] === mb[1]) {
    const c = compareDigits(ma[2], mb[2]);
    if (c !== 0) return c;
  }
  return a < b ? -1 : 1;
}

/** Compares two digit strings as whole numbers of any length (Number() rounds past 2^53, so 20-digit ids tied). */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Finds a record's index in an array sorted by compareIds, or where it would go (as -(insertAt) - 1). */
export function searchById<T extends { id: string }>(items: readonly T[], id: string): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = compareIds(items[mid].id, id);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

export const ID_PREFIX = {
  observations: 'obs',
  sources: 'src',
  resolutions: 'res',
  entities: 'ent',
  indicators: 'ind',
} as const;
export type IdCollection = keyof typeof ID_PREFIX;

/**
 * Hands out ids as prefix-N, above every number seen in the dataset or its history, so an id undone and redone
 * never comes back attached to a different record. Numbers are BigInt: an imported obs-99999999999999999999 or a
 * 22-digit id must not round (two creates would get one id) nor print as 1e+21. An id that exists anyway (however
 * it got there) is skipped.
 */
export class IdAllocator {
  private readonly high = new Map<string, bigint>();
  /**
   * A shared dataset's clone tag (issue 13): new ids are prefix-tag-N, so two clones creating records between syncs
   * never hand out the same id for different records. Null for a dataset that is not shared.
   */
  cloneTag: string | null = null;

  constructor(private readonly exists: (collection: IdCollection, id: string) => boolean = () => false) {}

  see(id: string): void {
    const m = /^([a-z]+(?:-[a-z]+)?)-(\d+)$/.exec(id);
    if (!m) return;
    const n = BigInt(m[2]);
    if (n > (this.high.get(m[1]) ?? 0n)) this.high.set(m[1], n);
  }

  next(collection: IdCollection): string {
    const prefix = this.cloneTag ? `${ID_PREFIX[collection]}-${this.cloneTag}` : ID_PREFIX[collection];
    for (;;) {
      const n = (this.high.get(prefix) ?? 0n) + 1n;
      this.high.set(prefix, n);
      const id = `${prefix}-${n}`;
      if (!this.exists(collection, id)) return id;
    }
  }
}
