import type { Language } from '../model/vocab';
import type { HalfUnits } from './observation-interval';
import { grown } from './grown';

const EMPTY = -1;

/** Language as a small code; -1 for a value outside the vocabulary. */
function languageCode(lang: Language | null): number {
  return lang === 'vi' ? 0 : lang === 'en' ? 1 : lang === null ? 2 : -1;
}

/** FNV-1a over the UTF-16 code units, then a final mix: one pass over characters that are already in cache. */
function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/**
 * HalfUnits.halfUnit for one pass over a dataset, remembered per (stated text, language, value) as a small integer:
 * an entry, whose half-unit is `half(entry)`. Entries never change, so a caller can keep one per row (4 bytes) and
 * read the half-units later. The same words nearly always come with the same value, so a dataset's million rows
 * make some tens of thousands of entries.
 *
 * Why not just HalfUnits' own Map: a dataset read from JSON holds each stated text as its own copy, and rows in
 * creation order ask for texts in no order, so each lookup lands somewhere new in memory, and a Map chases several
 * pointers there (its buckets, its entries, the key string), each a wait. Here the hash is computed from the row's own
 * characters (already in cache), the slot holds the hash beside the entry, and the entry's columns are small typed
 * arrays. Every column lives outside the JS heap and is sized to the distinct texts, not the rows: V8 collects the
 * whole heap when such memory grows by some tens of megabytes, which at a million observations costs more than this
 * pass. The half-units are HalfUnits' own, so the answers are the same.
 */
export class HalfUnitMemo {
  /** Pairs (hash, entry); entry EMPTY for a free slot. */
  private slots = emptySlots(1 << 12);
  private count = 0;
  /** Entry e's text is pool[start[e]] .. pool[start[e + 1] - 1]. */
  private pool = new Uint16Array(1 << 15);
  private start = new Int32Array(1 << 11);
  private langs = new Int8Array(1 << 11);
  private values = new Float64Array(1 << 11);
  private halves = new Float64Array(1 << 11);

  constructor(private readonly halfUnits: HalfUnits) {}

  /** The entry for the half-unit of `value` stated as `stated`, read in `lang`. */
  entry(stated: string, lang: Language | null, value: number): number {
    const lc = languageCode(lang);
    const h = hashText(stated);
    const slots = this.slots;
    const mask = slots.length - 2;
    let s = (h << 1) & mask;
    for (let e = slots[s + 1]; e !== EMPTY; s = (s + 2) & mask, e = slots[s + 1]) {
      if (slots[s] === h && this.values[e] === value && this.langs[e] === lc && this.pooledIs(e, stated)) return e;
    }
    const e = this.count++;
    if (e === this.values.length) {
      this.langs = grown(this.langs, e + 1);
      this.values = grown(this.values, e + 1);
      this.halves = grown(this.halves, e + 1);
    }
    this.start = grown(this.start, e + 2);
    this.addText(e, stated);
    this.langs[e] = lc;
    this.values[e] = value;
    this.halves[e] = this.halfUnits.halfUnit(stated, lang, value);
    slots[s] = h;
    slots[s + 1] = e;
    if (4 * this.count > slots.length) this.rehash();
    return e;
  }

  private pooledIs(e: number, text: string): boolean {
    const from = this.start[e];
    if (this.start[e + 1] - from !== text.length) return false;
    const pool = this.pool;
    for (let k = 0; k < text.length; k++) if (pool[from + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  private addText(e: number, text: string): void {
    const from = this.start[e];
    this.pool = grown(this.pool, from + text.length);
    for (let k = 0; k < text.length; k++) this.pool[from + k] = text.charCodeAt(k);
    this.start[e + 1] = from + text.length;
  }

  half(entry: number): number {
    return this.halves[entry];
  }

  /** Twice the slots: the table is kept at most half full, so probes stay short. */
  private rehash(): void {
    const old = this.slots;
    const slots = emptySlots(old.length);
    const mask = slots.length - 2;
    for (let o = 0; o < old.length; o += 2) {
      if (old[o + 1] === EMPTY) continue;
      let s = (old[o] << 1) & mask;
      while (slots[s + 1] !== EMPTY) s = (s + 2) & mask;
      slots[s] = old[o];
      slots[s + 1] = old[o + 1];
    }
    this.slots = slots;
  }
}

/** A table of 2 × `pairs` Int32s: as many slots as `pairs`, all free. */
function emptySlots(pairs: number): Int32Array {
  const slots = new Int32Array(pairs * 2);
  for (let s = 1; s < slots.length; s += 2) slots[s] = EMPTY;
  return slots;
}
