import { normaliseName } from './group-key';

const SEP = '\u001f';

// Raw strings remembered per interner before the memo starts over, so a long session cannot grow it without bound.
const MAX_RAW = 200_000;

// Entity and indicator names repeat across thousands of observations: normalise each distinct string once.
const names = new Map<string, string>();
function cachedName(raw: string): string {
  let n = names.get(raw);
  if (n === undefined) {
    n = normaliseName(raw);
    if (names.size >= MAX_RAW) names.clear();
    names.set(raw, n);
  }
  return n;
}

/** The normalised parts of an observation's group key, or null when entity, indicator or period is empty. */
export function keyParts(o: { entity: string; indicator: string; period: string }): [string, string, string] | null {
  const e = cachedName(o.entity);
  const i = cachedName(o.indicator);
  const p = o.period.trim();
  return e === '' || i === '' || p === '' ? null : [e, i, p];
}

export const joinKey = (e: string, i: string, p: string) => e + SEP + i + SEP + p;
export const splitKey = (ks: string): [string, string, string] | null => {
  const parts = ks.split(SEP);
  return parts.length === 3 ? (parts as [string, string, string]) : null;
};

const trimPeriod = (s: string) => s.trim();

const RECENT_BITS = 12;
const MISS = -2;

/**
 * A small direct-mapped cache from strings to numbers, in front of a Map. The strings of a dataset read from JSON are
 * each their own copy, so a Map must hash every one in full before it can find it; here the slot comes from the
 * length and five characters, and the string found there is compared as a whole (no hash). Two strings sharing a
 * slot merely push each other out: a miss goes to the Map.
 */
class RecentStrings {
  private readonly keys: (string | null)[] = new Array<string | null>(1 << RECENT_BITS).fill(null);
  private readonly ids = new Int32Array(1 << RECENT_BITS);

  /** The number stored for s, or MISS. */
  get(s: string): number {
    const b = slotOf(s);
    return this.keys[b] === s ? this.ids[b] : MISS;
  }

  set(s: string, id: number): void {
    const b = slotOf(s);
    this.keys[b] = s;
    this.ids[b] = id;
  }
}

function slotOf(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  let h = Math.imul(n, 0x9e3779b1);
  h ^= Math.imul(s.charCodeAt(0), 0x85ebca77);
  h ^= Math.imul(s.charCodeAt(n >> 2), 0xc2b2ae3d);
  h ^= Math.imul(s.charCodeAt(n >> 1), 0x27d4eb2f);
  h ^= Math.imul(s.charCodeAt(n - 1 - (n >> 2)), 0x165667b1);
  h ^= Math.imul(s.charCodeAt(n - 1), 0x2c1b3c6d);
  h ^= h >>> 16;
  return h & ((1 << RECENT_BITS) - 1);
}

/** Codes 0, 1, 2, … for the distinct strings seen (exact, not normalised), in order of first sight. */
export class StringCodes {
  readonly values: string[] = [];
  private readonly byValue = new Map<string, number>();
  private readonly recent = new RecentStrings();

  code(s: string): number {
    let c = this.recent.get(s);
    if (c === MISS) {
      c = this.byValue.get(s) ?? -1;
      if (c < 0) {
        c = this.values.length;
        this.values.push(s);
        this.byValue.set(s, c);
      }
      this.recent.set(s, c);
    }
    return c;
  }
}

/**
 * Small integer ids for the distinct values of one key part (entity names, indicator names or period codes), by
 * canonical form (normalised, trimmed). Ids are never reused, so a group can store its key as three numbers.
 * Raw strings are remembered too, and the last one asked for is checked first, then a small cache of recent ones:
 * rows of one article or one group often follow each other, and names repeat, so an equal string is mostly found
 * without hashing it.
 */
export class Interner {
  /** Canonical value of each id. */
  readonly values: string[] = [];
  private readonly byCanonical = new Map<string, number>();
  private readonly byRaw = new Map<string, number>();
  private readonly recent = new RecentStrings();
  private lastRaw: string | null = null;
  private lastId = -1;

  constructor(private readonly canonical: (raw: string) => string) {}

  /** The id of raw's canonical form (made on first sight); -1 when that form is empty. */
  id(raw: string): number {
    if (raw === this.lastRaw) return this.lastId;
    let id = this.recent.get(raw);
    if (id === MISS) {
      id = this.byRaw.get(raw) ?? MISS;
      if (id === MISS) {
        id = this.idOfCanonical(this.canonical(raw), true);
        if (this.byRaw.size >= MAX_RAW) this.byRaw.clear();
        this.byRaw.set(raw, id);
      }
      this.recent.set(raw, id);
    }
    this.lastRaw = raw;
    this.lastId = id;
    return id;
  }

  /** The id of a value already in canonical form; -1 when empty, or unknown and not to be added. */
  idOfCanonical(value: string, add = false): number {
    if (value === '') return -1;
    let id = this.byCanonical.get(value);
    if (id === undefined) {
      if (!add) return -1;
      id = this.values.length;
      this.values.push(value);
      this.byCanonical.set(value, id);
    }
    return id;
  }
}

export const nameInterner = () => new Interner(normaliseName);
export const periodInterner = () => new Interner(trimPeriod);
