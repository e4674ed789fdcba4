/**
 * Natural order of ids, so obs-2 sorts before obs-10: arrays on disk stay in creation order. Digit runs compare by
 * length first, then digit by digit, so ids of any length (an imported obs-99999999999999999999) keep a total order.
 */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const ma = /^(.*?)(\d+)$/.exec(a);
  const mb = /^(.*?)(\d+)$/.exec(b);
  if (ma && mb && ma[1] === mb[1]) {
    const da = ma[2].replace(/^0+(?=\d)/, '');
    const db = mb[2].replace(/^0+(?=\d)/, '');
    if (da.length !== db.length) return da.length < db.length ? -1 : 1;
    if (da !== db) return da < db ? -1 : 1;
  }
  return a < b ? -1 : 1;
}
