import { normaliseName } from './group-key';
import { grown } from './grown';

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

const EMPTY = -1;
const DELETED = -2;

/**
 * Groups by key: group ids handed out in order (0, 1, 2, …, never reused), each with its key as three part ids, found
 * again through an open-addressing hash table of ids in typed arrays. A million lookups then allocate nothing and
 * hash three small integers instead of a long key string or three strings.
 */
export class GroupKeyTable {
  /** Part ids of group g: entity[g], indicator[g], period[g] (valid for g < count). */
  entity: Int32Array = new Int32Array(1024);
  indicator: Int32Array = new Int32Array(1024);
  period: Int32Array = new Int32Array(1024);
  private live = new Uint8Array(1024);
  /** Ids handed out so far (live or not). */
  count = 0;
  /** Live groups. */
  size = 0;
  private slots = new Int32Array(2048).fill(EMPTY);
  /** Slots not EMPTY (live ids and DELETED marks): the table is rebuilt before half are. */
  private filled = 0;

  isLive(g: number): boolean {
    return g >= 0 && g < this.count && this.live[g] === 1;
  }

  /** The live group with this key, or -1. */
  find(e: number, i: number, p: number): number {
    const mask = this.slots.length - 1;
    for (let s = hash(e, i, p) & mask; ; s = (s + 1) & mask) {
      const g = this.slots[s];
      if (g === EMPTY) return -1;
      if (g >= 0 && this.entity[g] === e && this.indicator[g] === i && this.period[g] === p) return g;
    }
  }

  /** The group with this key; when there is none, a new one (its id is then count - 1). */
  idAt(e: number, i: number, p: number): number {
    const mask = this.slots.length - 1;
    let s = hash(e, i, p) & mask;
    for (; ; s = (s + 1) & mask) {
      const g = this.slots[s];
      if (g === EMPTY) break;
      if (g >= 0 && this.entity[g] === e && this.indicator[g] === i && this.period[g] === p) return g;
    }
    const g = this.count++;
    if (g === this.entity.length) {
      this.entity = grown(this.entity, g + 1);
      this.indicator = grown(this.indicator, g + 1);
      this.period = grown(this.period, g + 1);
      this.live = grown(this.live, g + 1);
    }
    this.entity[g] = e;
    this.indicator[g] = i;
    this.period[g] = p;
    this.live[g] = 1;
    this.size++;
    this.slots[s] = g;
    if (++this.filled * 2 > this.slots.length) this.rehash();
    return g;
  }

  delete(g: number): void {
    if (!this.isLive(g)) return;
    const mask = this.slots.length - 1;
    for (let s = hash(this.entity[g], this.indicator[g], this.period[g]) & mask; ; s = (s + 1) & mask) {
      const at = this.slots[s];
      if (at === EMPTY) break;
      if (at === g) {
        this.slots[s] = DELETED;
        break;
      }
    }
    this.live[g] = 0;
    this.size--;
  }

  /** A table sized for the live groups, without DELETED marks. */
  private rehash(): void {
    let cap = 2048;
    while (cap < this.size * 4) cap *= 2;
    const slots = new Int32Array(cap).fill(EMPTY);
    const mask = cap - 1;
    for (let g = 0; g < this.count; g++) {
      if (this.live[g] !== 1) continue;
      let s = hash(this.entity[g], this.indicator[g], this.period[g]) & mask;
      while (slots[s] !== EMPTY) s = (s + 1) & mask;
      slots[s] = g;
    }
    this.slots = slots;
    this.filled = this.size;
  }
}

/** Mixes three part ids into 32 bits (multiplicative hashing, then a final avalanche). */
function hash(e: number, i: number, p: number): number {
  let h = Math.imul(e, 0x9e3779b1) ^ Math.imul(i + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(p + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h;
}
