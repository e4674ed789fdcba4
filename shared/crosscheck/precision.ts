import { halfUnitOf } from '../numbers/half-unit';

/**
 * The half-unit of a value typed by hand (no stated text to read it from), by the same rule as written figures
 * (half-unit.ts), reading the number as JavaScript writes it: 28.8 → 0.05, 2.16 → 0.005, 29000000000 → 0.5e9
 * (three groups of rounding zeros), 711000 → 500, 4500 → 0.5, 1.5e-7 → 0.5e-8, 1e+21 → 0.5e21.
 */
export function halfUnitOfValue(value: number): number {
  if (!Number.isFinite(value)) return NaN;
  const s = String(Math.abs(value));
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const decimals = dot < 0 ? 0 : mantissa.length - dot - 1;
  const digits = (dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1)).replace(/^0+(?=\d)/, '');
  return halfUnitOf({ digits, exp: exponent - decimals });
}
