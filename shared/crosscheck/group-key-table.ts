import { grown } from './grown';

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
    while (cap < this.size * 2) cap *= 2;
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
