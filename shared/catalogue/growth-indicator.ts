import { termKey } from './catalogue-term';

/**
 * The catalogue's name for the percent change of an indicator, by the naming the catalogue follows: "<name>
 * growth", or without a trailing "value" ("Export value" → "Export growth"). A figure such as "xuất khẩu đạt 28 tỷ
 * USD, tăng 5%" is the change of the indicator named before it, and the catalogue says what that change is called.
 */
export function growthIndicatorNames(name: string): string[] {
  const bare = name.replace(/\s+value$/i, '');
  return bare === name ? [`${name} growth`] : [`${name} growth`, `${bare} growth`];
}

/** Looks the growth indicator of `name` up among `names` (folded); null when the catalogue has none. */
export function findGrowthIndicator(name: string, byKey: ReadonlyMap<string, string>): string | null {
  for (const n of growthIndicatorNames(name)) {
    const found = byKey.get(termKey(n));
    if (found !== undefined) return found;
  }
  return null;
}
