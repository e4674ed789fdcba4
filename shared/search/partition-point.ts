/**
 * The first index i of `items` where `before(items[i])` is false, by binary search; items.length when it holds for
 * every item. `items` must be partitioned: every item for which `before` holds comes first (a list sorted by start
 * with `before = (x) => x.start < at` is). The one binary search of shared/: callers state the predicate, not the loop.
 */
export function partitionPoint<T>(items: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
