import type { Language } from '../model/vocab';

/**
 * A verb of decrease ending the words before a figure (domain.md, Signs): "giảm 5,3%", "fell 2.1%", "down 3%",
 * "giảm gần 5%" (the cue left out). A level reached by a fall ends with another word ("giảm còn 2,16%", "giảm xuống
 * 2,16%", "fell to 2.16%") and is not matched. Group 1 is the verb.
 */
const DECREASE_BEFORE: Record<Language, RegExp> = {
  vi: /(?:^|[^\p{L}\p{N}])(sụt\s+giảm|suy\s+giảm|giảm\s+sút|giảm|sụt|hạ|lao\s+dốc)(?:\s+(?:mạnh|nhẹ|sâu|thêm|tới|đến|khoảng))?\s*$/diu,
  en: /(?:^|[^\p{L}\p{N}])(fell|falls?|falling|declined|declines?|declining|decreased|decreases?|decreasing|dropped|drops?|dropping|slid|slipped|shrank|shrunk|contracted|plunged|plummeted|tumbled|dipped|down)(?:\s+(?:by|some|sharply|slightly|further))?\s*$/diu,
};

/**
 * Where a stated change is a fall: the offset in `before` where its verb starts, else -1. One rule for a single
 * figure's text (parseFigure: "giảm 5,3%") and for a figure in an article (extraction), since both read the words
 * before the number through readFigureAt.
 */
export function decreaseVerbAt(before: string, lang: Language): number {
  const m = DECREASE_BEFORE[lang].exec(before);
  return m ? m.indices![1][0] : -1;
}
