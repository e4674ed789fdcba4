import type { CatalogueIndex, CatalogueMatch } from '../catalogue/catalogue-index';
import { unitMaySuitIndicator } from '../catalogue/unit-fit';
import type { Bounds } from './text-bounds';

/** A verb of change right before a percent: "tăng 5%", "giảm khoảng 3%", "fell 4.4%", "up nearly 22%". */
const CHANGE_BEFORE =
  /(?:^|[^\p{L}])(?:tăng|giảm|tăng trưởng|rose|rise|rises|risen|fell|fall|falls|fallen|grew|grow|grows|gained|dropped|drop|dipped|dip|declined|increased|decreased|climbed|jumped|slipped|surged|up|down)(?:\s+(?:by|khoảng|gần|hơn|trên|ước|nearly|about|around|over|almost|some|more than|approximately|roughly))*\s*[-+−]?$/iu;
const CHANGE_REACH = 40;
const SEMICOLON = 59;

export interface IndicatorScope {
  /** The figure's own words and its digits' start. */
  figure: Bounds;
  digitsAt: number;
  unit: string;
  /** Its sentence (a table row's label, for a cell). */
  sentence: Bounds;
  /** End of the figure before it in the sentence (its sentence's start when none), start of the next one. */
  prevEnd: number;
  nextStart: number;
}

/** What was suggested, and the alias it rests on; `direct` when the alias names it (not its growth). */
export interface IndicatorPick {
  name: string;
  alias: CatalogueMatch;
  direct: boolean;
}

/**
 * The catalogue indicator a figure measures, from the aliases in its sentence (`matches`, in text order; `inFigure`
 * tells an alias standing in another figure's words, such as the unit of "15 triệu lượt khách"):
 * 1. the nearest alias before it, back to the figure before, whose unit the figure can have;
 * 2. for a percent stated with a verb of change, the growth indicator of the nearest alias before it
 *    ("xuất khẩu đạt 28 tỷ USD, tăng 5%" → Export growth);
 * 3. an alias in its own words ("7.215 hộ nghèo", "2,1 triệu lượt khách quốc tế");
 * 4. the nearest suitable alias further back in its clause (up to a ";"), unless `taken`: it named an earlier
 *    figure of the same entity ("Imports dropped 8.9% to $327.5 billion"; "Bắc Ninh đạt 48,3 tỷ USD kim ngạch xuất
 *    khẩu, trong khi Thái Nguyên đạt 27,9 tỷ USD"; but not "22 dự án cấp mới…, 20 lượt dự án tăng vốn", nor
 *    "bằng 122% dự toán" from a "tăng trưởng kinh tế" before the ";");
 * 5. the first suitable alias after it, before the next figure ("98 dự án cấp mới", "$1.5 billion in foreign direct
 *    investment").
 * Null otherwise: the suggestion says it needs an indicator, never a stray word.
 */
export function suggestIndicator(
  text: string,
  scope: IndicatorScope,
  matches: readonly CatalogueMatch[],
  inFigure: (m: CatalogueMatch) => boolean,
  catalogue: CatalogueIndex,
  taken: (m: CatalogueMatch) => boolean = () => false,
): IndicatorPick | null {
  const { figure, sentence } = scope;
  const suits = (m: CatalogueMatch) => unitMaySuitIndicator(scope.unit, m.unit) && !inFigure(m);
  const pick = (m: CatalogueMatch, name = m.name, direct = true): IndicatorPick => ({ name, alias: m, direct });
  let clauseStart = figure.start;
  while (clauseStart > sentence.start && text.charCodeAt(clauseStart - 1) !== SEMICOLON) clauseStart--;
  const before = matches.filter((m) => m.start >= clauseStart && m.end <= figure.start);
  for (let i = before.length - 1; i >= 0 && before[i].start >= scope.prevEnd; i--) if (suits(before[i])) return pick(before[i]);

  if (scope.unit === '%' && before.length > 0) {
    const lead = text.slice(Math.max(sentence.start, scope.digitsAt - CHANGE_REACH), scope.digitsAt);
    const base = before[before.length - 1];
    if (base.unit !== '%' && CHANGE_BEFORE.test(lead)) {
      const growth = catalogue.growthOf(base.name);
      if (growth) return pick(base, growth, false);
    }
  }

  // The figure's own words ("7.215 hộ nghèo", "2,1 triệu lượt khách quốc tế"), then further back in the sentence,
  // then the words after it up to the next figure.
  const own = matches.find((m) => m.start >= figure.start && m.start < figure.end && unitMaySuitIndicator(scope.unit, m.unit));
  if (own) return pick(own);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (m.start < scope.prevEnd && suits(m) && !taken(m)) return pick(m);
  }
  const stop = Math.min(sentence.end, scope.nextStart);
  for (const m of matches) {
    if (m.start >= stop) break;
    if (m.start >= figure.end && unitMaySuitIndicator(scope.unit, m.unit)) return pick(m);
  }
  return null;
}
