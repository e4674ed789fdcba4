/** A currency code, alone or per something ("USD", "VND/person"). */
const MONEY = /^[A-Z]{3}(?:\/|$)/;

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

/**
 * Looser, for suggesting: a bare count ("3.8 million", no noun after it) may be a count of the things an indicator
 * counts (visitors, projects), so the suggestion is still worth making; the entry check then asks for the unit.
 */
export function unitMaySuitIndicator(unit: string, indicatorUnit: string): boolean {
  if (unitFitsIndicator(unit, indicatorUnit)) return true;
  return unit === 'count' && indicatorUnit !== '%' && !MONEY.test(indicatorUnit) && indicatorUnit !== 'rank';
}
