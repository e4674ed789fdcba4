/**
 * The half-unit of a value typed by hand (no stated text to read it from): half a unit of its last significant
 * decimal digit as JavaScript writes the number. 28.8 → 0.05, 2.16 → 0.005, 29000000000 → 0.5 (trailing zeros of
 * an integer count as written: a typed number carries no scale word), 1.5e-7 → 0.5e-8, 1e+21 → 0.5e21.
 * Powers of ten are exact up to 1e22, so dividing by one rounds once: 5 / 100 is the double nearest 0.05.
 */
export function halfUnitOfValue(value: number): number {
  if (!Number.isFinite(value)) return NaN;
  const s = String(Math.abs(value));
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const decimals = dot < 0 ? 0 : mantissa.length - dot - 1;
  const p = exponent - decimals;
  return p >= 0 ? 0.5 * 10 ** p : 5 / 10 ** (1 - p);
}
