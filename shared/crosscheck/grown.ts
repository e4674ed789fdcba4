/** The typed arrays that hold per-group and per-text columns. */
type Column = Int8Array | Uint8Array | Uint16Array | Int32Array | Float64Array;

/** `a` when it already holds `min` entries, else a copy of it at least twice as long (so growth stays amortised). */
export function grown<T extends Column>(a: T, min: number): T {
  if (min <= a.length) return a;
  const b = new (a.constructor as new (length: number) => T)(Math.max(min, a.length * 2));
  b.set(a);
  return b;
}
