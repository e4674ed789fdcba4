/**
 * The headline of an article given as plain lines (a text file, or a page's text when its markup names none):
 * the first line that reads as a headline. Lines before it that are page chrome (a date, a menu) are passed over;
 * a paragraph is never a title.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** A sentence end followed by another sentence: ". Tỉnh", "! The". */
const SENTENCE_BREAK = /[.!?…]["'”’)]?\s+["'“‘(]?\p{Lu}/u;
const MAX_SENTENCE_WORDS = 25;
const LOOK_LINES = 40;

const wordCount = (s: string) => s.match(WORD)?.length ?? 0;

/**
 * A line that reads as a paragraph rather than a headline: more than one sentence, or one long sentence closed by
 * a full stop (headlines seldom end with one). A long line that is neither is a long headline, cut to length later.
 */
export function readsAsParagraph(line: string): boolean {
  const t = line.trim();
  if (SENTENCE_BREAK.test(t) && t.length > 120) return true;
  return /[.!?]["'”’)]?$/u.test(t) && wordCount(t) > MAX_SENTENCE_WORDS;
}

/** A menu or breadcrumb: "Trang chủ | Kinh tế | Xã hội", "Home > Business". */
const MENU = /(?:\s[|>›»·•]\s.*){2,}/u;
const LABEL_ONLY = /^(?:trang chủ|home|menu|đăng nhập|đăng ký|login|sign in|subscribe|search|tìm kiếm)$/iu;

export interface Headline {
  title: string;
  /** Offset just after the headline's line in the text. */
  end: number;
}

/**
 * The first of the opening lines that can be a headline: it has words, is no menu, no label alone, no line that is
 * only a date (`isDateOnly`, e.g. a site header's "today"), and does not read as a paragraph. null when none does.
 * `from` skips what is known not to be the headline (a heading that read as a paragraph).
 */
export function findHeadline(text: string, isDateOnly: (line: string) => boolean, from = 0): Headline | null {
  let at = from;
  for (let n = 0; n < LOOK_LINES && at < text.length; n++) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end).trim();
    at = end + 1;
    if (!line || wordCount(line) === 0) continue;
    if (MENU.test(line) || LABEL_ONLY.test(line) || isDateOnly(line)) continue;
    if (readsAsParagraph(line)) return null; // the story has begun: no headline line above it
    return { title: line, end };
  }
  return null;
}
