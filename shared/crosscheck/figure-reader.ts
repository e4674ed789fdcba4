import type { Language } from '../model/vocab';
import { ShapeReader, type ValueAndHalf } from './shape-reader';

// One memo of text shapes for the process: a shape's verdict depends only on its words and the language.
const shapes = new ShapeReader();

/**
 * The reader of stated texts used by default: the same parser as `tally parse` and extraction (parseFigure), its
 * value and half-unit read per text shape where that is provably the same (shape-reader.ts).
 */
export const readFigure = (text: string, lang: Language): ValueAndHalf | null => shapes.read(text, lang);
