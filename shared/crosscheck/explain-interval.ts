import type { Language } from '../model/vocab';
import { formatRangeEnds, formatShortest } from '../numbers/format-number';
import { scaleName } from '../numbers/format-scale';
import type { Interval } from './interval';

/** How a group's numbers are written: in the figures' language (separators, scale word), at one scale, in one unit. */
export interface FigureWriting {
  numbers: Language;
  /** Power of ten the numbers are divided by and named (9: tỷ / billion); 0 for none. */
  scale: number;
  unit: string;
}

/** Units a reader of the language writes in words: `844 nghìn tỷ đồng`, not `VND`. Others stay as stored. */
const UNIT_WORDS: Record<Language, Record<string, string>> = { vi: { VND: 'đồng' }, en: {} };

const suffix = (w: FigureWriting) => [scaleName(w.scale, w.numbers), UNIT_WORDS[w.numbers][w.unit] ?? w.unit].filter(Boolean).join(' ');
const scaled = (x: number, w: FigureWriting) => x / 10 ** w.scale;

/** A number alone at the writing's scale, for an axis tick: 28500000000 at tỷ → "28,5". */
export const writeNumber = (v: number, w: FigureWriting): string => formatShortest(scaled(v, w), w.numbers);

/** What follows the numbers: scale word and unit ("tỷ USD", "nghìn tỷ đồng", "%"). */
export const writingSuffix = (w: FigureWriting): string => suffix(w);

/** A value as its reader writes it: "28,8 tỷ USD", "6,51 %", "−2.5 %". */
export function writeValue(v: number, w: FigureWriting): string {
  const s = suffix(w);
  return `${formatShortest(scaled(v, w), w.numbers)}${s ? ` ${s}` : ''}`;
}

const OPEN_WORDS: Record<Language, { under: (x: string) => string; from: (x: string) => string; any: string }> = {
  en: { under: (x) => `under ${x}`, from: (x) => `from ${x} up`, any: 'any value' },
  vi: { under: (x) => `dưới ${x}`, from: (x) => `từ ${x} trở lên`, any: 'mọi giá trị' },
};

/**
 * An interval in words: "28,75 – 30,29 tỷ USD" (half-open: the high end itself is excluded, as everywhere in
 * Tally), "under 30 tỷ USD", "from 28,75 tỷ USD up". `words` is the language of the connecting words, `dash` the
 * separator between two ends (" – " in lists, "–" inside a sentence).
 */
export function writeInterval(iv: Interval, w: FigureWriting, words: Language, dash = ' – '): string {
  const lowOpen = !Number.isFinite(iv.low);
  const highOpen = !Number.isFinite(iv.high);
  const s = suffix(w);
  const withUnit = (x: string) => `${x}${s ? ` ${s}` : ''}`;
  if (lowOpen && highOpen) return OPEN_WORDS[words].any;
  if (lowOpen) return OPEN_WORDS[words].under(withUnit(formatShortest(scaled(iv.high, w), w.numbers)));
  if (highOpen) return OPEN_WORDS[words].from(withUnit(formatShortest(scaled(iv.low, w), w.numbers)));
  const [a, b] = formatRangeEnds(scaled(iv.low, w), scaled(iv.high, w), w.numbers);
  return withUnit(`${a}${dash}${b}`);
}
