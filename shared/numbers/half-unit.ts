import type { WrittenNumber } from './number-syntax';

/** Zeros at the end of a whole number's digits, those the exponent stands for included (1e21 has 21). */
function trailingZeros(n: WrittenNumber): number {
  if (n.digits === '0') return 0;
  let k = 0;
  while (k < n.digits.length && n.digits.charCodeAt(n.digits.length - 1 - k) === 48) k++;
  return k + n.exp;
}

/**
 * h: half a unit of the last digit written, times the scale (domain.md, Cross-checking): 28,8 tỷ → 0.05e9,
 * 29 tỷ → 0.5e9, 100% → 0.5. Zeros that fill whole groups of three at the end of a whole number are rounding, not
 * precision: h is then half a unit of the last non-zero group's last digit (711.000 → 500, 2.000 tỷ → 0.5e12,
 * 1.000.000 → 500,000), while 500, 4.500 and 711.464 keep 0.5. The one rule for stated texts and typed values.
 */
export function halfUnitOf(n: WrittenNumber, scaleExp = 0): number {
  if (n.exp < 0) return Number(`5e${n.exp + scaleExp - 1}`);
  const groups = Math.floor(trailingZeros(n) / 3);
  return Number(`5e${3 * groups + scaleExp - 1}`);
}
