import type { Language } from '../model/vocab';

/**
 * The reader of stated texts used by default. parseFigure (shared/numbers/parse-figure.ts) is wired in here
 * once it lands; until then every half-unit falls back to the precision of the value (precision.ts).
 */
export const readFigure: ((text: string, lang: Language) => { value: number; halfUnit: number } | null) | null = null;
