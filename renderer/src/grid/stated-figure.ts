import { guessLanguage } from '../../../shared/crosscheck/language-guess';
import type { Language, Qualifier } from '../../../shared/model';
import { parseFigure } from '../../../shared/numbers/parse-figure';

/**
 * Value, unit and qualifier read from the words as written (`gần 29 tỷ USD` → 29e9, USD, nearly), in the row's
 * source language, else guessed from the words; empty when they hold no figure, so typing a note-like Stated
 * leaves the figure alone.
 */
export function figureFromStated(stated: string, lang: Language | undefined): { value?: number; unit?: string; qualifier?: Qualifier } {
  const text = stated.trim();
  if (!text) return {};
  let f: ReturnType<typeof parseFigure> | null;
  try {
    f = parseFigure(text, lang ?? guessLanguage(text));
  } catch {
    f = null;
  }
  return f ? { value: f.value, unit: f.unit, qualifier: f.qualifier } : {};
}
