import type { Language } from '../model/vocab';
import type { HalfUnits } from './observation-interval';
import { grown } from './grown';

const EMPTY = -1;

/** Language as a small code; -1 for a value outside the vocabulary (never memoised). */
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
 * HalfUnits.halfUnit for one pass over a dataset, remembered per stated text: the answer for the last (language,
 * value) asked with each text. The same words nearly always come with the same value, so most rows are answered
 * here. Why not just HalfUnits' own Map: a dataset read from JSON holds each stated text as its own copy, and a Map
 * lookup of a string it has never seen chases several pointers to memory far away (its buckets, its entries, the key
 * it compares with); here the hash is computed from the row's own characters, the table is a flat typed array, and
 * the answer sits beside the key's index. The answers are HalfUnits' own, so they are the same.
 */
export class HalfUnitMemo {
  private slots = new Int32Array(1 << 12).fill(EMPTY);
  private texts: string[] = [];
  private hashes = new Int32Array(1 << 11);
  private langs = new Int8Array(1 << 11);
  private values = new Float64Array(1 << 11);
  private halves = new Float64Array(1 << 11);

  constructor(private readonly halfUnits: HalfUnits) {}

  halfUnit(stated: string, lang: Language | null, value: number): number {
    const lc = languageCode(lang);
    if (lc < 0) return this.halfUnits.halfUnit(stated, lang, value);
    const h = hashText(stated);
    const mask = this.slots.length - 1;
    let s = h & mask;
    let e = this.slots[s];
    while (e !== EMPTY && !(this.hashes[e] === h && this.texts[e] === stated)) {
      s = (s + 1) & mask;
      e = this.slots[s];
    }
    if (e !== EMPTY && this.langs[e] === lc && this.values[e] === value) return this.halves[e];
    const half = this.halfUnits.halfUnit(stated, lang, value);
    if (e === EMPTY) {
      e = this.texts.length;
      if (e === this.hashes.length) this.grow(e + 1);
      this.texts.push(stated);
      this.hashes[e] = h;
      this.slots[s] = e;
      if (2 * (e + 1) > this.slots.length) this.rehash();
    }
    this.langs[e] = lc;
    this.values[e] = value;
    this.halves[e] = half;
    return half;
  }

  private grow(min: number): void {
    this.hashes = grown(this.hashes, min);
    this.langs = grown(this.langs, min);
    this.values = grown(this.values, min);
    this.halves = grown(this.halves, min);
  }

  /** Twice the slots: the table is kept at most half full, so probes stay short. */
  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    const mask = slots.length - 1;
    for (let e = 0; e < this.texts.length; e++) {
      let s = this.hashes[e] & mask;
      while (slots[s] !== EMPTY) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
  }
}
