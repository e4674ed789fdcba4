const collator = new Intl.Collator('vi');
/** Vietnamese order; names the collator calls equal (NFC vs NFD spellings) by code units, so each has one place. */
const compareNames = (a: string, b: string): number => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/** The trimmed form a name is listed under; blank names are not listed. */
export const listedName = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

/**
 * How many times each distinct name is used, with the names sorted for completion lists. An edit costs a map update,
 * plus a binary-search insert or removal when a name appears or disappears: never a pass over every row.
 * The sorted array is replaced (never changed in place) when the set of names changes, so React sees a new value.
 */
export class NameCounts {
  private readonly counts = new Map<string, number>();
  private list: string[];

  constructor(values: Iterable<string | null | undefined>) {
    for (const v of values) {
      const n = listedName(v);
      if (n) this.counts.set(n, (this.counts.get(n) ?? 0) + 1);
    }
    this.list = [...this.counts.keys()].sort(compareNames);
  }

  get names(): readonly string[] {
    return this.list;
  }

  add(v: string | null | undefined): void {
    const n = listedName(v);
    if (!n) return;
    const c = this.counts.get(n) ?? 0;
    this.counts.set(n, c + 1);
    if (c === 0) {
      const next = [...this.list];
      next.splice(this.position(n), 0, n);
      this.list = next;
    }
  }

  remove(v: string | null | undefined): void {
    const n = listedName(v);
    if (!n) return;
    const c = this.counts.get(n) ?? 0;
    if (c > 1) this.counts.set(n, c - 1);
    else if (c === 1) {
      this.counts.delete(n);
      const at = this.position(n);
      if (this.list[at] === n) this.list = [...this.list.slice(0, at), ...this.list.slice(at + 1)];
    }
  }

  /** The first index whose name does not sort before `n` (where it is, or would go). */
  private position(n: string): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareNames(this.list[mid], n) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
