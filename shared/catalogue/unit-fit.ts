/** A currency code, alone or per something ("USD", "VND/person"). */
const MONEY = /^[A-Z]{3}(?:\/|$)/;

/**
 * Whether a figure in `unit` can be recorded under an indicator whose unit is `indicatorUnit` (domain.md, one
 * canonical unit per counted thing): the same unit, or an indicator with no fixed unit. VND under a USD indicator,
 * or `count` under `project`, does not fit.
 */
export function unitFitsIndicator(unit: string, indicatorUnit: string): boolean {
  return indicatorUnit === '' || unit === indicatorUnit;
}

/**
 * Looser, for suggesting: a bare count ("3.8 million", no noun after it) may be a count of the things an indicator
 * counts (visitors, projects), so the suggestion is still worth making; the entry check then asks for the unit.
 */
export function unitMaySuitIndicator(unit: string, indicatorUnit: string): boolean {
  if (unitFitsIndicator(unit, indicatorUnit)) return true;
  return unit === 'count' && indicatorUnit !== '%' && !MONEY.test(indicatorUnit) && indicatorUnit !== 'rank';
}
