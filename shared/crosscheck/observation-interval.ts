import type { Language, Qualifier } from '../model/vocab';
import { figureInterval, type Interval } from './interval';
import { guessLanguage } from './language-guess';
import { halfUnitOfValue } from './precision';
import { readFigure } from './figure-reader';
import type { ValueAndHalf } from './shape-reader';

/** Reads one figure's number and half-unit from its words; null when the words are not one figure. */
export type FigureReader = (text: string, lang: Language) => ValueAndHalf | null;

// Caches are cleared when they grow past this many entries, so a long session cannot grow them without bound.
const MAX_ENTRIES = 500_000;

/** Same magnitude within rounding noise: the sign is left out because "giảm 2,5%" may be filed as −2.5. */
function sameMagnitude(a: number, b: number): boolean {
  const x = Math.abs(a);
  const y = Math.abs(b);
  return x === y || Math.abs(x - y) <= 1e-9 * Math.max(x, y);
}

/**
 * The half-unit h of an observation (domain.md, Cross-checking), cached by stated text and language because the
 * same words ("6,51%", "gần 29 tỷ USD") recur across a dataset.
 *
 * - The stated text is read in the source's language; its half-unit counts only when it reads as the observation's
 *   value (same magnitude): a curator who corrected the value by hand made the words describe another number.
 * - Otherwise (empty, unreadable or other words) h is the precision of the value itself (precision.ts).
 * - With no known language (null: no source, or an interchange row) the language is guessed from the words; when
 *   the guess reads another number, the other language is tried ("19,680" is 19680 in English).
 */
export class HalfUnits {
  // What a stated text reads as, once per (text, language): a slot s whose value and half-unit sit side by side at
  // readings[2s] and readings[2s + 1] (NaN when the text is not one figure). Numbers in one typed array, not objects,
  // because a million lookups then touch less memory: one cache line per reading.
  private readonly vi = new Map<string, number>();
  private readonly en = new Map<string, number>();
  private readings = new Float64Array(2048);
  private used = 0;
  private readonly guessed = new Map<string, Language>();
  private readonly byValue = new Map<number, number>();

  constructor(private readonly reader: FigureReader = readFigure) {}

  halfUnit(stated: string, lang: Language | null, value: number): number {
    if (stated !== '') {
      const first = lang ?? this.guess(stated);
      let at = 2 * this.slot(stated, first);
      if (sameMagnitude(this.readings[at], value)) return this.readings[at + 1];
      if (lang === null) {
        at = 2 * this.slot(stated, first === 'vi' ? 'en' : 'vi');
        if (sameMagnitude(this.readings[at], value)) return this.readings[at + 1];
      }
    }
    return this.ofValue(value);
  }

  private slot(stated: string, lang: Language): number {
    const slots = lang === 'vi' ? this.vi : this.en;
    let slot = slots.get(stated);
    if (slot === undefined) {
      const f = this.reader(stated, lang);
      const ok = f !== null && Number.isFinite(f.value) && f.halfUnit > 0;
      if (this.used >= MAX_ENTRIES) {
        this.vi.clear();
        this.en.clear();
        this.used = 0;
      }
      if (2 * this.used === this.readings.length) {
        const grown = new Float64Array(this.readings.length * 2);
        grown.set(this.readings);
        this.readings = grown;
      }
      slot = this.used++;
      this.readings[2 * slot] = ok ? f.value : NaN;
      this.readings[2 * slot + 1] = ok ? f.halfUnit : NaN;
      slots.set(stated, slot);
    }
    return slot;
  }

  private guess(stated: string): Language {
    return this.guessed.get(stated) ?? remember(this.guessed, stated, guessLanguage(stated));
  }

  private ofValue(value: number): number {
    return this.byValue.get(value) ?? remember(this.byValue, value, halfUnitOfValue(value));
  }
}

/** Stores a computed answer, clearing the map first when it is full; returns the answer. */
function remember<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= MAX_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

/** Shared by default: readings depend only on the words and the language. */
export const defaultHalfUnits = new HalfUnits();

export interface IntervalInput {
  value: number | null;
  qualifier: Qualifier;
  stated: string;
}

/** The interval an observation stands for; null for a draft without a value. */
export function observationInterval(
  o: IntervalInput,
  lang: Language | null,
  tolerance: number,
  halfUnits: HalfUnits = defaultHalfUnits,
): Interval | null {
  if (o.value === null) return null;
  return figureInterval(o.value, halfUnits.halfUnit(o.stated, lang, o.value), o.qualifier, tolerance);
}
