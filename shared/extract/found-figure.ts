import type { ParsedFigure } from '../numbers/figure';
import type { Period } from '../periods/period';
import type { Language } from '../model/vocab';

/** A figure found in an article: `text` === input.slice(start, end) in JavaScript string offsets. */
export type FoundFigure = ParsedFigure & {
  start: number;
  end: number;
  /** The period the nearest period words give ("năm 2021", "đến nay" → the publication date). */
  period?: Pick<Period, 'code' | 'kind' | 'start' | 'end'>;
  /** Words before the figure naming what was measured ("giá trị xuất khẩu"). */
  indicatorHint?: string;
};

export interface ExtractOptions {
  lang: Language;
  /** Publication date, YYYY-MM-DD: "đến nay", "hiện nay", "năm nay" are read against it. */
  published?: string;
}
