import type { Language } from '../model/vocab';
import { parseFigure } from '../numbers/parse-figure';

/** The reader of stated texts used by default: the same parser as `tally parse` and extraction. */
export const readFigure: ((text: string, lang: Language) => { value: number; halfUnit: number } | null) | null = parseFigure;
