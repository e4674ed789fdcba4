import type { CatalogueIndex } from '../catalogue/catalogue-index';
import type { ParsedFigure } from '../numbers/figure';
import type { Period } from '../periods/period';
import type { Language } from '../model/vocab';

/** A figure found in an article: `text` === input.slice(start, end) in JavaScript string offsets. */
export type FoundFigure = ParsedFigure & {
  start: number;
  end: number;
  /** The period the nearest period words give ("năm 2021", "đến nay" → the publication date), or its table column's header. */
  period?: Pick<Period, 'code' | 'kind' | 'start' | 'end'>;
  /** The catalogue entity it is about (a record's name); null when the catalogue names none (or there is no catalogue). */
  entity: string | null;
  /** The catalogue indicator it measures (a record's name); null when no alias stands in its clause: "needs an indicator". */
  indicator: string | null;
  /**
   * Where a figure in a table stands, for its quote: the row's label and the column's header ("Thu ngân sách · Năm
   * 2022"). Absent outside tables.
   */
  context?: string;
  /** Words before the figure naming what was measured ("giá trị xuất khẩu"): a noun phrase, never a bare verb. */
  indicatorHint?: string;
};

export interface ExtractOptions {
  lang: Language;
  /** Publication date, YYYY-MM-DD: "đến nay", "hiện nay", "năm nay" are read against it. */
  published?: string;
  /** The dataset's catalogue: entity and indicator suggestions come from its names and aliases. */
  catalogue?: CatalogueIndex;
  /** The article's headline: the entity it names is the article's main entity. */
  title?: string;
}
