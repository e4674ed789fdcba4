import type { Language } from '../model/vocab';
import { type Period, datePeriod, firstMonthsPeriod, halfPeriod, monthPeriod, quarterPeriod, rangePeriod, yearPeriod } from './period';
import { MONTHS_EN, MONTH_NAME, NUMBER_WORD, countNumber, isYear, isoDate, ordinalNumber, quarterNumber, yearOf } from './period-words';

/** Words in a text that say when a figure holds (domain.md, Periods), with their span. */
export interface PeriodCue {
  start: number;
  end: number;
  /**
   * null: the words date the figure, but not as a period Tally groups by: a day of an event ("ngày 15 tháng 12 năm
   * 2024"), or words relative to a publication date not known here ("đến nay", "năm nay", "quý II", "riêng tháng
   * 12"). Such a cue still claims its words and stands between the figure and older cues, so none is wrongly taken.
   */
  period: Period | null;
  /** A base of comparison ("so với năm 2023", "compared with 2020"): not the figure's own period. */
  base?: boolean;
}

interface Ctx {
  published?: string;
  year?: number;
}
/** `before`: a few characters of text before the match, for exclusions that regexes would make slow. */
type Rule = { src: string; make: (m: RegExpExecArray, ctx: Ctx, before: string) => Period | typeof NO_PERIOD | null };
/**
 * What a rule makes of words that date a figure but give no period to group by here: a day of an event, or words
 * relative to a publication date that is not known ("đến nay", "quý II").
 */
const NO_PERIOD = 'no period';

// Word starts are checked in code (wordStartAt): a leading lookbehind would make the engine try every position.
const E = '(?![\\p{L}\\p{N}])'; // word end
const Y = '(\\d{4})';
const rule = (src: string, make: Rule['make']): Rule => ({ src: `(?:${src})${E}`, make });
const NOT_NOW_BEFORE = /(?:trước|thực|thể|xuất|phát|biểu|hiển|thành|hiện)\s+$/iu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const wordStartAt = (text: string, i: number) => i === 0 || !WORD_CHAR.test(text[i - 1]);

const yearOr = (y: string | undefined, ctx: Ctx) => (y ? Number(y) : ctx.year);
const yearP = (y: number | undefined) => (y !== undefined && isYear(y) ? yearPeriod(y) : null);
// A year left out (undefined) is the publication's, unknown here: NO_PERIOD.
const monthsP = (n: number, y: number | undefined) =>
  !(n >= 1 && n <= 12) ? null : y === undefined ? NO_PERIOD : !isYear(y) ? null : n === 12 ? yearPeriod(y) : firstMonthsPeriod(y, n);
const halfP = (h: 1 | 2, y: number | undefined) => (y === undefined ? NO_PERIOD : isYear(y) ? halfPeriod(y, h) : null);
const quarterP = (q: number, y: number | undefined) =>
  !(q >= 1 && q <= 4) ? null : y === undefined ? NO_PERIOD : isYear(y) ? quarterPeriod(y, q) : null;
const rangeP = (a: number, b: number) => (isYear(a) && isYear(b) && a < b ? rangePeriod(a, b) : null);
const nowP = (ctx: Ctx) => (ctx.published ? datePeriod(ctx.published) : NO_PERIOD);
/** This year (back = 0) or last year (back = 1) of the publication. */
const relativeYearP = (ctx: Ctx, back: number) => (ctx.year === undefined ? NO_PERIOD : yearPeriod(ctx.year - back));
const dateP = (y: number, m: number, d: number) => {
  const iso = isoDate(y, m, d);
  return iso ? datePeriod(iso) : null;
};
/** A month named with its year. */
const monthP = (y: number, m: number) => (m >= 1 && m <= 12 && isYear(y) ? monthPeriod(y, m) : null);
/** A month named without a year ("riêng tháng 12"): the last such month up to the publication date. */
const recentMonthP = (m: number, ctx: Ctx) => {
  if (!(m >= 1 && m <= 12)) return null;
  if (ctx.year === undefined || !ctx.published) return NO_PERIOD;
  return monthPeriod(m > Number(ctx.published.slice(5, 7)) ? ctx.year - 1 : ctx.year, m);
};
/** "ngày 15 tháng 12 năm 2024", "8 January 2024": a day, the date of an event rather than a period. */
const SENTENCE_START = /(?:^|[.!?\n]\s*)$/u;
const DAY_BEFORE = /(?:ngày\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/iu;
const endOfYearP = (y: number) => (isYear(y) ? datePeriod(`${y}-12-31`) : null);
const endOfMonthP = (y: number, m: number) => (m >= 1 && m <= 12 ? dateP(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()) : null);

const VI_COUNTS: Record<string, number> = {
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, 'mười một': 11, 'mười hai': 12,
};
const VI_MONTH_COUNT = Object.keys(VI_COUNTS).sort((a, b) => b.length - a.length).map((w) => w.replace(' ', '\\s+')).join('|');

const VI_RULES: Rule[] = [
  rule(`(\\d{1,2})\\s+tháng\\s+(đầu\\s+|cuối\\s+)?năm(?:\\s+(?:nay|${Y}))?`, (m, c) => {
    const n = Number(m[1]);
    const y = yearOr(m[3], c);
    if (m[2]?.trim().toLowerCase() === 'cuối') return n === 6 ? halfP(2, y) : null;
    return monthsP(n, y);
  }),
  // "Năm tháng đầu năm 2024": the count in words.
  rule(`(${VI_MONTH_COUNT})\\s+tháng\\s+đầu\\s+năm(?:\\s+(?:nay|${Y}))?`, (m, c) => monthsP(VI_COUNTS[m[1].toLowerCase().replace(/\\s+/g, ' ')], yearOr(m[2], c))),
  // "Lũy kế 9 tháng", "Xuất khẩu gạo 11 tháng đạt …", "trong 10 tháng qua": the first months of the publication year.
  rule(
    `(?:(?:lũy|luỹ)\\s+kế\\s+(\\d{1,2})\\s+tháng|(\\d{1,2})\\s+tháng(?=\\s+(?:đạt|ước|tăng|giảm)${E})|(\\d{1,2})\\s+tháng\\s+(?:vừa\\s+)?qua)`,
    (m, c) => monthsP(Number(m[1] ?? m[2] ?? m[3]), c.year),
  ),
  // "tháng 1-10/2024", "từ tháng 1 đến tháng 10 năm 2024": January to a month, the first months.
  rule(`(?:từ\\s+)?tháng\\s+(?:1|01|một)\\s*(?:-|–|—|đến|tới)\\s*(?:tháng\\s+)?(\\d{1,2})(?:\\s*[/-]\\s*|\\s+năm\\s+)${Y}`, (m) =>
    monthsP(Number(m[1]), Number(m[2])),
  ),
  rule(`nửa\\s+(đầu|cuối)\\s+năm(?:\\s+(?:nay|${Y}))?`, (m, c) =>
    halfP(m[1].toLowerCase() === 'đầu' ? 1 : 2, yearOr(m[2], c)),
  ),
  rule(`quý\\s+(I{1,3}|IV|[1-4])(?:\\s*(?:\\/|-|năm)\\s*${Y})?`, (m, c) => quarterP(quarterNumber(m[1]), yearOr(m[2], c))),
  rule(`(?:(?:giai\\s+đoạn|thời\\s+kỳ|nhiệm\\s+kỳ|từ)\\s+)?(?:năm\\s+)?${Y}\\s*(?:-|–|—|đến|tới)\\s*(?:năm\\s+)?${Y}`, (m) =>
    rangeP(Number(m[1]), Number(m[2])),
  ),
  rule(`(?:(?:lũy|luỹ)\\s+kế\\s+|tính\\s+)?(?:đến|tới)\\s+(?:hết|cuối)\\s+năm\\s+${Y}`, (m) => endOfYearP(Number(m[1]))),
  // "đến hết tháng 12/2023": as of the month's last day.
  rule(`(?:(?:lũy|luỹ)\\s+kế\\s+|tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+|cuối\\s+)?tháng\\s+(\\d{1,2})\\s*[/-]\\s*${Y}`, (m) =>
    endOfMonthP(Number(m[2]), Number(m[1])),
  ),
  // "đến hết ngày 30/6/2024", "Tính đến 17h ngày 10/9/2024", "tính đến thời điểm 30/6/2024".
  rule(`(?:(?:lũy|luỹ)\\s+kế\\s+|tính\\s+)?(?:đến|tới)\\s+(?:hết\\s+)?(?:\\d{1,2}\\s*(?:h|giờ)(?:\\s*\\d{1,2})?\\s+)?(?:ngày|thời\\s+điểm)\\s+(\\d{1,2})\\/(\\d{1,2})\\/${Y}`, (m) =>
    dateP(Number(m[3]), Number(m[2]), Number(m[1])),
  ),
  rule(`(?:(?:lũy|luỹ)\\s+kế\\s+|tính\\s+)(?:đến|tới)\\s+(?:hết\\s+)?(\\d{1,2})\\/(\\d{1,2})\\/${Y}`, (m) =>
    dateP(Number(m[3]), Number(m[2]), Number(m[1])),
  ),
  rule(
    `(?:(?:lũy|luỹ)\\s+kế\\s+|tính\\s+)?(?:đến|tới)\\s+(?:nay|thời\\s+điểm\\s+này|thời\\s+điểm\\s+hiện\\s+tại|hiện\\s+tại)|hiện\\s+(?:nay|tại|có)`,
    // "từ trước đến nay" is "ever"; "thực hiện có", "thể hiện nay" are other words ending in "hiện".
    (m, c, before) => (NOT_NOW_BEFORE.test(before) ? null : nowP(c)),
  ),
  rule(`(?:đến|tới)\\s+(?:năm\\s+)?${Y}`, (m) => yearP(Number(m[1]))),
  // A single month (domain.md, Periods): "tháng 12/2024", "tháng 12 năm 2024"; after a day, an event's date.
  rule(`tháng\\s+(\\d{1,2})\\s*(?:[/-]|năm)\\s*${Y}`, (m, _c, before) =>
    DAY_BEFORE.test(before) ? (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? NO_PERIOD : null) : monthP(Number(m[2]), Number(m[1])),
  ),
  // "riêng tháng 12", "trong tháng 12", "tháng 12 vừa qua": the month of the publication's year (or the year before).
  rule(
    `(?:(?:tính\\s+|chỉ\\s+)?riêng|trong)\\s+tháng\\s+(\\d{1,2})(?!\\s*(?:[/-]\\s*\\d|năm\\s+\\d))(?:\\s+(?:năm\\s+nay|này|vừa\\s+qua))?|tháng\\s+(\\d{1,2})\\s+(?:năm\\s+nay|này|vừa\\s+qua)`,
    (m, c) => recentMonthP(Number(m[1] ?? m[2]), c),
  ),
  // "Tháng 12, xuất khẩu đạt …" opening a sentence.
  rule(`tháng\\s+(\\d{1,2})(?=\\s*,)`, (m, c, before) => (SENTENCE_START.test(before) ? recentMonthP(Number(m[1]), c) : null)),
  rule(`năm\\s+${Y}`, (m) => yearP(Number(m[1]))),
  rule(`năm\\s+(nay|ngoái|trước)`, (m, c) => relativeYearP(c, m[1].toLowerCase() === 'nay' ? 0 : 1)),
];

const EN_RULES: Rule[] = [
  // Without a year ("in the first seven months", "in the first half"): the publication's year.
  rule(`(?:the\\s+)?first\\s+(\\d{1,2}|${NUMBER_WORD})\\s+months(?:\\s+(?:of\\s+)?(?:(this\\s+year)|${Y}))?`, (m, c) =>
    monthsP(countNumber(m[1]), m[3] ? Number(m[3]) : c.year),
  ),
  rule(`(?:the\\s+)?(first|second)\\s+half(?:\\s+(?:of\\s+)?(?:(this\\s+year)|${Y}))?`, (m, c) =>
    halfP(m[1].toLowerCase() === 'first' ? 1 : 2, m[3] ? Number(m[3]) : c.year),
  ),
  rule(`(?:H([12])|([12])H)\\s*(?:of\\s+)?${Y}`, (m) => halfP(Number(m[1] ?? m[2]) as 1 | 2, Number(m[3]))),
  rule(`Q([1-4])\\s*(?:\\/|-|of)?\\s*${Y}`, (m) => quarterP(Number(m[1]), Number(m[2]))),
  rule(`(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter\\s+(?:of\\s+)?(?:(this\\s+year)|${Y})`, (m, c) =>
    quarterP(ordinalNumber(m[1]), m[3] ? Number(m[3]) : c.year),
  ),
  rule(`(?:between\\s+${Y}\\s+and\\s+${Y}|from\\s+${Y}\\s+(?:to|until|through)\\s+${Y}|${Y}\\s*(?:-|–|—)\\s*${Y})`, (m) =>
    rangeP(Number(m[1] ?? m[3] ?? m[5]), Number(m[2] ?? m[4] ?? m[6])),
  ),
  rule(`as\\s+(?:of|at)\\s+(\\d{1,2})\\s+(${MONTH_NAME})\\.?,?\\s+${Y}`, (m) =>
    dateP(Number(m[3]), MONTHS_EN[m[2].toLowerCase()], Number(m[1])),
  ),
  rule(`as\\s+(?:of|at)\\s+(${MONTH_NAME})\\.?\\s+(\\d{1,2}),?\\s+${Y}`, (m) =>
    dateP(Number(m[3]), MONTHS_EN[m[1].toLowerCase()], Number(m[2])),
  ),
  // "as of June 20": a day of the publication's year.
  rule(`as\\s+(?:of|at)\\s+(?:(\\d{1,2})\\s+(${MONTH_NAME})|(${MONTH_NAME})\\.?\\s+(\\d{1,2}))(?!\\d)`, (m, c) =>
    c.year === undefined ? NO_PERIOD : dateP(c.year, MONTHS_EN[(m[2] ?? m[3]).toLowerCase()], Number(m[1] ?? m[4])),
  ),
  rule(`as\\s+(?:of|at)\\s+${Y}-(\\d{2})-(\\d{2})`, (m) => dateP(Number(m[1]), Number(m[2]), Number(m[3]))),
  rule(`as\\s+(?:of|at)\\s+(\\d{1,2})\\/(\\d{1,2})\\/${Y}`, (m) => dateP(Number(m[3]), Number(m[2]), Number(m[1]))),
  rule(`as\\s+(?:of|at)\\s+(?:the\\s+)?end(?:\\s+of|-)\\s*${Y}`, (m) => endOfYearP(Number(m[1]))),
  rule(`as\\s+(?:of|at)\\s+(?:the\\s+)?end(?:\\s+of|-)\\s*(${MONTH_NAME})\\.?,?\\s+${Y}`, (m) =>
    endOfMonthP(Number(m[2]), MONTHS_EN[m[1].toLowerCase()]),
  ),
  // "in the January-October period of 2024", "January-June 2024": the first months.
  rule(`(?:jan(?:uary)?\\.?)\\s*(?:-|–|—|to|through)\\s*(${MONTH_NAME})\\.?(?:\\s+period)?(?:\\s+(?:of|in))?,?\\s+(?:(this\\s+year)|${Y})`, (m, c) =>
    monthsP(MONTHS_EN[m[1].toLowerCase()], m[3] ? Number(m[3]) : c.year),
  ),
  rule(`(?:as\\s+of\\s+(?:now|today)|so\\s+far|to\\s+date|currently|at\\s+present)`, (_m, c) => nowP(c)),
  rule(`(?:in|for|during|of|since|by)\\s+(?:fiscal\\s+)?${Y}`, (m) => yearP(Number(m[1]))),
  // "in July 2024", "December 2024": a single month; "8 January 2024" is a day.
  rule(`(?:in\\s+)?(${MONTH_NAME})\\.?,?\\s+${Y}`, (m, _c, before) =>
    DAY_BEFORE.test(before) ? NO_PERIOD : monthP(Number(m[2]), MONTHS_EN[m[1].toLowerCase()]),
  ),
  // "in December alone", "in December this year": the month of the publication's year (or the year before).
  rule(`(?:in\\s+)?(${MONTH_NAME})\\.?\\s+(?:alone|this\\s+year)`, (m, c) => recentMonthP(MONTHS_EN[m[1].toLowerCase()], c)),
  rule(`(this|last)\\s+year`, (m, c) => relativeYearP(c, m[1].toLowerCase() === 'this' ? 0 : 1)),
];

/**
 * All rules of a language as one regex (one pass over the text), each rule wrapped in a group so the match says
 * which rule it is; rules come most specific first. Each rule also gets a sticky regex, tried in order at the
 * same place when the first match turns out not to be a period ("năm 2025 - 2021" is still "năm 2025").
 */
interface Compiled {
  all: RegExp;
  rules: { rule: Rule; group: number; size: number; sticky: RegExp }[];
}
function compile(rules: Rule[]): Compiled {
  let group = 1;
  const out: Compiled['rules'] = [];
  for (const r of rules) {
    const size = new RegExp(`${r.src}|`, 'u').exec('')!.length - 1;
    out.push({ rule: r, group, size, sticky: new RegExp(r.src, 'iuy') });
    group += size + 1;
  }
  return { all: new RegExp(rules.map((r) => `(${r.src})`).join('|'), 'giu'), rules: out };
}
const COMPILED: Record<Language, Compiled> = { vi: compile(VI_RULES), en: compile(EN_RULES) };

/** Just before a cue: it names the base of a comparison, not the figure's period. */
const BASE_BEFORE: Record<Language, RegExp> = {
  // "so với năm 2019", "so với cùng kỳ năm 2023", "bằng 97,6% năm 2019", "gấp 2 lần năm 2015".
  vi: /(?:so\s+với|so|cùng\s+kỳ|cùng\s+kì|bằng\s+\d[\d.,]*\s*%|gấp\s+\d[\d.,]*\s*lần)(?:\s+cùng\s+k[ỳì])?\s*(?:(?:cuối|đầu|hết)\s+)?$/iu,
  en: /(?:compared\s+(?:with|to)|than|versus|vs\.?|against|from)\s+(?:the\s+same\s+period\s+)?(?:of\s+|in\s+|last\s+)?$/iu,
};

/**
 * All period cues of a text, in order, none overlapping (the longer wins: "6 tháng đầu năm 2024" hides its
 * "năm 2024"). "đến nay" and friends need the publication date; without it they are left out.
 */
export function findPeriodCues(text: string, lang: Language, published?: string): PeriodCue[] {
  const ctx: Ctx = { published, year: yearOf(published) };
  const found: PeriodCue[] = [];
  const { all, rules } = COMPILED[lang];
  all.lastIndex = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const at = m.index;
    if (!wordStartAt(text, at)) {
      all.lastIndex = at + 1;
      continue;
    }
    const before = text.slice(Math.max(0, at - 12), at);
    let k = rules.findIndex((r) => m![r.group] !== undefined);
    let hit: PeriodCue | null = null;
    for (let sub: RegExpExecArray | null = subMatch(m, rules[k]); k < rules.length; ) {
      const period = sub ? rules[k].rule.make(sub, ctx, before) : null;
      if (period) {
        hit = { start: at, end: at + sub![0].length, period: period === NO_PERIOD ? null : period };
        break;
      }
      if (++k < rules.length) {
        rules[k].sticky.lastIndex = at;
        sub = rules[k].sticky.exec(text);
      }
    }
    if (hit) found.push(hit);
    all.lastIndex = hit ? hit.end : at + 1;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PeriodCue[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    const before = text.slice(Math.max(0, c.start - 40), c.start);
    if (BASE_BEFORE[lang].test(before)) c.base = true;
    out.push(c);
  }
  return out;
}

/** The groups of one rule out of a match of the combined regex, as if that rule's regex had matched. */
function subMatch(m: RegExpExecArray, r: Compiled['rules'][number]): RegExpExecArray {
  const sub = m.slice(r.group, r.group + r.size + 1) as RegExpExecArray;
  sub.index = m.index;
  return sub;
}

/** The period of a short text such as "năm 2021" or "Q2 2024": the first cue found, else null. */
export function readPeriod(text: string, lang: Language, published?: string): Period | null {
  return findPeriodCues(text.normalize('NFC'), lang, published)[0]?.period ?? null;
}
