/** A unit as compared: no spaces (around "/" either), currency codes and nouns alike in one case. */
const unitKey = (u: string) => u.replace(/\s+/g, '').toLowerCase();

/**
 * Can a figure with this unit be filed under an indicator with that unit? Only the same canonical unit fits
 * (domain.md, Units: one unit per counted thing): VND under a USD indicator does not, nor `count` under `project`.
 * An indicator without a unit, or a figure whose unit is still empty, fits (nothing to compare yet).
 */
export function unitFitsIndicator(unit: string, indicatorUnit: string): boolean {
  const a = unitKey(unit);
  const b = unitKey(indicatorUnit);
  return a === '' || b === '' || a === b;
}
