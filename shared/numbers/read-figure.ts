import type { Language, Qualifier } from '../model/vocab';
import type { ParsedFigure } from './figure';
import { CUE_AFTER, RANGE_JOIN, RANGE_OPEN_BEFORE, RANK_BEFORE, TIMES_BEFORE } from './context-words';
import { halfUnitOf } from './half-unit';
import { readWordsBefore } from './words-before';
import { cueIsNoHedge } from './hedge-rules';
import { firstRule, GO_ON, TOKEN_RULES } from './token-rules';
import { BARE_RULES, NAME_RULES, PERIOD_RULES, type TailSite, type WordSite } from './word-rules';
import { isGroupHead, isIdentifierLength, isPlain } from './number-facts';
import { NUMBER_TOKEN_AT, type WrittenNumber, readWrittenNumber, scaledValue } from './number-syntax';
import { estimatedInClause } from './estimate-marker';
import { readTail, type Tail } from './read-tail';
import { SCALE_WORDS } from './scale-words';
import { PER_AFTER } from './units';
import { bareTurnsUnit } from './visit-turns';

/** A figure found in a text (NFC): its span and what it says (the text itself is the caller's slice). */
export type FigureAt = Omit<ParsedFigure, 'text'> & { start: number; end: number };

/** A figure, or — when the number is not one (a date, a year, a name) — the offset to resume scanning from. */
export type ReadOutcome = FigureAt | number;

const isDigit = (ch: string) => ch >= '0' && ch <= '9';

const FRACTION_AFTER = /\/(\d{1,7})(?![\d/]|[.,]\d)/y;
const SPACE_GROUPS = { vi: /(?: \d{3})+(?:,\d+)?(?![\d]|[.,]\d)/y, en: /(?: \d{3})+(?:\.\d+)?(?![\d]|[.,]\d)/y };
/** Words before an amount that make it one per person: "bình quân đầu người", "GDP per capita". */
const PER_PERSON_BEFORE = /(?:bình\s+quân|trung\s+bình)\s+(?:đầu\s+người|một\s+người|mỗi\s+người)|per[\s-]+capita|per\s+person/iu;

const strongUnit = (t: Tail) => t.scaleExp > 0 || t.kind === 'currency' || t.kind === 'percent' || t.kind === 'measure';
/** A digit run and a space right before a number: it continues a longer digit sequence (a phone number). */
const DIGITS_SPACE_BEFORE = /\d[ \u00a0]$/;
/** Sentence punctuation closing a number, then a space or the end of the text. */
const CLOSE_AFTER = /[ \u00a0]*(?:[.;)!?](?=\s|$)|$)/y;

/** Whether space-separated digit groups ending at `pos` are one number: a unit or counted noun follows, or nothing. */
function spaceGroupsEnd(text: string, pos: number, lang: Language): boolean {
  const tail = readTail(text, pos, lang, undefined);
  if (strongUnit(tail) || tail.kind === 'count') return true;
  CLOSE_AFTER.lastIndex = pos;
  return CLOSE_AFTER.test(text);
}


/**
 * Reads the figure whose first digit is at `at`, looking back for its cue, sign or currency and forward for its
 * scale, unit and range end, so that parseFigure and extractFigures agree. The "not a figure" rules of domain.md are
 * named functions tried in order, the first that applies saying where to resume: TOKEN_RULES on the token alone
 * (token-rules.ts), then PERIOD_RULES on the words around it, NAME_RULES once its unit is read and BARE_RULES after
 * ranks (word-rules.ts); NO_HEDGE_RULES (hedge-rules.ts) drop a cue that is no hedge. A rule that looks at the
 * number's own digits asks a fact of number-facts.ts, whose answers are the class the shape reader
 * (shared/crosscheck/shape-reader.ts) reuses readings by.
 */
export function readFigureAt(text: string, at: number, lang: Language): ReadOutcome {
  NUMBER_TOKEN_AT.lastIndex = at;
  const tok = NUMBER_TOKEN_AT.exec(text);
  if (!tok) return at + 1;
  let raw = tok[0];
  let tokEnd = at + tok[0].length;
  const prev = at > 0 ? text[at - 1] : '';
  const prev2 = at > 1 ? text[at - 2] : '';
  const notFigure = firstRule(TOKEN_RULES, { text, at, lang, tokEnd, prev, prev2, next: text[tokEnd] ?? '' });
  if (notFigure !== GO_ON) return notFigure;

  const plainInt = isPlain(raw);
  if (isGroupHead(raw)) {
    // "19 680 tỷ", "19 680 lao động", a lone "19 680": plain spaces group thousands only where a scale, unit or
    // counted noun follows, or nothing does; "năm 2021 150 dự án" and phone numbers stay apart.
    const groups = SPACE_GROUPS[lang];
    groups.lastIndex = tokEnd;
    const g = groups.exec(text);
    if (g && !DIGITS_SPACE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) && spaceGroupsEnd(text, tokEnd + g[0].length, lang)) {
      raw += g[0].replace(/ /g, '\u00a0');
      tokEnd += g[0].length;
    }
  }
  const wn = readWrittenNumber(raw, lang);
  if (!wn) return tokEnd;
  if (isIdentifierLength(raw)) return tokEnd; // identifiers, timestamps

  let of: number | undefined;
  let numEnd = tokEnd;
  PER_AFTER.lastIndex = tokEnd;
  if (text[tokEnd] === '/' && !PER_AFTER.test(text)) {
    // "8/63" is a share or rank; "$627/tonne" is a price per unit, read with the tail below.
    if (!plainInt) return tokEnd;
    FRACTION_AFTER.lastIndex = tokEnd;
    const f = FRACTION_AFTER.exec(text);
    if (!f) return tokEnd;
    of = Number(f[1]);
    numEnd = FRACTION_AFTER.lastIndex;
  }

  // The words before: currency, sign, qualifier cue, a verb of decrease.
  const words = readWordsBefore(text, at, lang);
  const { from, before, start, currency, negative, cueWord, lead, fallStart } = words;
  let { qualifier, cueStart } = words;
  const rankWord = RANK_BEFORE[lang].exec(lead);

  const site: WordSite = { text, lang, raw, wn, numEnd, before, lead, prev, currency, cueStart, of };
  const period = firstRule(PERIOD_RULES, site);
  if (period !== GO_ON) return period;

  let tail = readTail(text, numEnd, lang, currency);
  if (tail.name) return numEnd;
  const scaleExp = tail.scaleExp;
  // "1 tỷ 200 triệu đồng": the parts after the first, with their unit; the figure is read to the last.
  const compound = lang === 'vi' && scaleExp > 0 && !tail.unit ? readCompound(text, tail, lang, currency) : null;
  if (compound) tail = compound.tail;
  if (lang === 'vi' && !tail.unit && !currency) {
    const turns = bareTurnsUnit(text, start, tail.end); // "khách quốc tế đạt 248.000 lượt"
    if (turns) tail = { ...tail, unit: turns.unit, kind: 'count', end: turns.end };
  }
  const strong = strongUnit(tail);
  const tailSite: TailSite = { ...site, tail, strong };
  const named = firstRule(NAME_RULES, tailSite);
  if (named !== GO_ON) return named;

  // Ranks: "thứ 8/63", "đứng thứ hơn 40", "5th".
  if (rankWord || tail.rank) {
    const rankStart = rankWord ? from + rankWord.indices![1][0] : cueStart >= 0 ? cueStart : start;
    return figure(rankStart, tail.rank ? tail.end : numEnd, wn, 0, 'rank', qualifier, negative, of ?? tail.of);
  }

  const bare = firstRule(BARE_RULES, tailSite);
  if (bare !== GO_ON) return bare;

  if (cueIsNoHedge({ ...tailSite, cueWord })) {
    qualifier = 'exact';
    cueStart = -1;
  }

  let figStart = cueStart >= 0 ? cueStart : start;
  if (fallStart >= 0) figStart = Math.min(figStart, fallStart);
  const times = TIMES_BEFORE.exec(lead);
  let unit = currency ? currency + (tail.per ?? '') : tail.unit ?? 'count';
  // "GRDP bình quân đầu người đạt 120 triệu đồng": an amount per person, as "120 triệu đồng/người" says it.
  if ((currency || tail.kind === 'currency') && !unit.includes('/') && PER_PERSON_BEFORE.test(lead)) unit += '/person';
  if (times) {
    figStart = Math.min(figStart, from + times.indices![1][0]);
    unit = 'times';
  }

  if (of === undefined && !times && !compound && (!tail.kind || tail.kind !== 'count')) {
    const ranged = readRangeEnd(text, tail, wn, lang, currency, lead);
    if (ranged) {
      const open = RANGE_OPEN_BEFORE.exec(lead);
      if (open) figStart = Math.min(figStart, from + open.indices![1][0]);
      const q = qualifier === 'exact' && estimatedInClause(text, figStart, lang) ? 'approx' : qualifier;
      if (!negative) return { ...ranged, start: figStart, qualifier: q };
      // "giảm 10-15%": a fall of 10 to 15, i.e. −15 to −10.
      return { ...ranged, start: figStart, qualifier: q, value: -ranged.value, range: [-ranged.range![1], -ranged.range![0]] };
    }
  }
  let end = tail.end;
  if (qualifier === 'exact' && (tail.kind || currency)) {
    // "từ 10% trở lên", "18 tuổi trở xuống", "50 workers or more": the hedge follows the figure.
    const after = CUE_AFTER[lang];
    after.lastIndex = end;
    const c = after.exec(text);
    if (c) {
      qualifier = /^(?:lên|more|above|higher|over)$/i.test(c[1]) ? 'atLeast' : 'atMost';
      end = after.lastIndex;
    }
  }
  // "ước cả năm tăng 17,75%", "is estimated to have reached …": an estimate marker anywhere earlier in the clause.
  if (qualifier === 'exact' && estimatedInClause(text, figStart, lang)) qualifier = 'approx';
  return figure(figStart, end, wn, scaleExp, unit, qualifier, negative, of, compound);
}

const COMPOUND_PART = /[ \u00a0]+(\d{1,3})(?=[ \u00a0])/y;

/**
 * The parts that follow a scaled number in "1 tỷ 200 triệu đồng" or "4 triệu 500 nghìn": whole numbers of up to
 * three digits, each with a smaller scale than the one before. The unit follows the last part, whose half-unit is
 * the figure's.
 */
function readCompound(text: string, first: Tail, lang: Language, currency: string | undefined): Compound | null {
  let tail = first;
  let add = 0;
  let halfUnit = 0;
  for (let i = 0; i < 2 && !tail.unit; i++) {
    COMPOUND_PART.lastIndex = tail.end;
    const m = COMPOUND_PART.exec(text);
    if (!m) break;
    const next = readTail(text, COMPOUND_PART.lastIndex, lang, currency);
    if (next.name || !(next.scaleExp > 0 && next.scaleExp < tail.scaleExp)) break;
    add += Number(m[1]) * 10 ** next.scaleExp;
    halfUnit = halfUnitOf({ digits: m[1], exp: 0 }, next.scaleExp);
    tail = next;
  }
  return tail === first ? null : { tail, add, halfUnit };
}

interface Compound {
  /** The tail of the last part: its unit, per-part and end. */
  tail: Tail;
  /** The parts' value after the first number's. */
  add: number;
  halfUnit: number;
}

function figure(
  start: number,
  end: number,
  wn: WrittenNumber,
  scaleExp: number,
  unit: string,
  qualifier: Qualifier,
  negative: boolean,
  of: number | undefined,
  compound: Compound | null = null,
): FigureAt {
  const v = scaledValue(wn, scaleExp) + (compound?.add ?? 0);
  const halfUnit = compound ? compound.halfUnit : halfUnitOf(wn, scaleExp);
  const out: FigureAt = { start, end, value: negative ? -v : v, unit, qualifier, halfUnit };
  if (of !== undefined) out.of = of;
  return out;
}

/** Whether `words` (after a number) start with a scale word worth 10^exp ("nghìn tỷ" starts with "nghìn"). */
function startsWithScale(words: string, exp: number, lang: Language): boolean {
  const w = words.trim().toLowerCase();
  return Object.entries(SCALE_WORDS[lang]).some(([word, e]) => e === exp && (w === word || w.startsWith(`${word} `)));
}

/** The far end of "10-15%", "từ 10 đến 15 tỷ đồng", "between 10 and 15": same unit, larger value. */
function readRangeEnd(
  text: string,
  first: Tail,
  wn: WrittenNumber,
  lang: Language,
  currency: string | undefined,
  lead: string,
): Omit<FigureAt, 'start' | 'qualifier'> | null {
  RANGE_JOIN.lastIndex = first.end;
  const join = RANGE_JOIN.exec(text);
  if (!join) return null;
  if (/\band\b/i.test(join[0]) && !/between\s*$/i.test(lead)) return null;
  const at = RANGE_JOIN.lastIndex;
  NUMBER_TOKEN_AT.lastIndex = at;
  const tok = NUMBER_TOKEN_AT.exec(text);
  if (!tok) return null;
  const tokEnd = at + tok[0].length;
  const after = text[tokEnd] ?? '';
  if (after === '/' || after === ':' || (after === '-' && isDigit(text[tokEnd + 1] ?? ''))) return null;
  const wn2 = readWrittenNumber(tok[0], lang);
  if (!wn2) return null;
  const tail2 = readTail(text, tokEnd, lang, currency);
  if (tail2.name || tail2.rank) return null;
  if (first.kind && first.unit !== tail2.unit) return null;
  if (first.scaleExp && !tail2.scaleExp) return null;
  // "10 nghìn - 12 nghìn tỷ": the far end's "tỷ" multiplies both ends (its scale starts with the near end's word).
  const sharedScale = first.scaleExp > 0 && tail2.scaleExp > first.scaleExp && startsWithScale(text.slice(tokEnd, tail2.end), first.scaleExp, lang);
  const scale1 = sharedScale ? tail2.scaleExp : first.scaleExp || tail2.scaleExp;
  const lo = scaledValue(wn, scale1);
  const hi = scaledValue(wn2, tail2.scaleExp);
  if (!(hi > lo)) return null;
  const bothYears = /^\d{4}$/.test(tok[0]) && wn.exp === 0 && lo >= 1900 && hi <= 2100 && !strongUnit(tail2);
  if (bothYears) return null;
  const h = Math.max(halfUnitOf(wn, scale1), halfUnitOf(wn2, tail2.scaleExp));
  return {
    end: tail2.end,
    value: (lo + hi) / 2,
    halfUnit: (hi - lo) / 2 + h,
    unit: currency ? currency + (tail2.per ?? '') : tail2.unit ?? 'count',
    range: [lo, hi],
  };
}
