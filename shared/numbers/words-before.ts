import type { Language, Qualifier } from '../model/vocab';
import { decreaseVerbAt } from './change-sign';
import { CURRENCY_BEFORE } from './context-words';
import { CUE_BEFORE, qualifierOfCue } from './qualifier-cues';
import { CURRENCY_PREFIXES } from './units';

/** How far back the words of a figure are looked for. */
const LOOKBACK = 40;
/** "âm 2,5%" (minus): the word right before the digits. */
const MINUS_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])(âm\s+)$/iu;

/** What the words right before a number say of it: its currency, sign and qualifier, and where its words start. */
export interface WordsBefore {
  /** Where the look-back starts, and the text from there to the digits. */
  from: number;
  before: string;
  /** Where the currency or minus sign starts (the digits when there is none). */
  start: number;
  currency: string | undefined;
  negative: boolean;
  qualifier: Qualifier;
  /** The cue word and where it starts (-1 when there is none). */
  cueWord: string;
  cueStart: number;
  /** The words before the cue (or before the sign): rank, range, "gấp" and name words are read there. */
  lead: string;
  /** Where a verb of decrease that made the figure negative starts, when it stands before the cue; else -1. */
  fallStart: number;
}

/**
 * Reads the currency sign or code, or a minus sign (domain.md line 48, Signs: `âm 2,5%`), right before the digits at
 * `at`; then the qualifier cue (domain.md lines 55-71); then a verb of decrease (line 48: `giảm 5,3%` → −5.3), which
 * joins the figure's words so that they read back the same; a level reached by a fall (`giảm còn 2,16%`) stays.
 */
export function readWordsBefore(text: string, at: number, lang: Language): WordsBefore {
  const from = Math.max(0, at - LOOKBACK);
  const before = text.slice(from, at);
  const prev = at > 0 ? text[at - 1] : '';
  const prev2 = at > 1 ? text[at - 2] : '';
  let start = at;
  let currency: string | undefined;
  let negative = false;
  const cb = CURRENCY_BEFORE.exec(before);
  if (cb) {
    currency = CURRENCY_PREFIXES[cb[1].toLowerCase()];
    start = at - cb[2].length - cb[1].length;
  } else if (prev === '−' || (prev === '-' && (prev2 === '' || /[\s(]/.test(prev2)))) {
    negative = true;
    start = at - 1;
  } else if (lang === 'vi') {
    const minus = MINUS_WORD_BEFORE.exec(before);
    if (minus) {
      negative = true;
      start = at - minus[1].length;
    }
  }

  const head = start === at ? before : text.slice(from, start);
  let qualifier: Qualifier = 'exact';
  let cueStart = -1;
  let cueWord = '';
  const cue = CUE_BEFORE[lang].exec(head);
  if (cue) {
    const group = cue[1] !== undefined ? 1 : 3;
    cueWord = cue[group];
    qualifier = qualifierOfCue(cueWord, lang) ?? 'exact';
    cueStart = from + cue.indices![group][0];
  }
  const lead = cueStart >= 0 ? text.slice(from, cueStart) : head;
  let fallStart = -1;
  if (!negative) {
    if (cue?.[2] && decreaseVerbAt(cue[2], lang) >= 0) negative = true;
    else {
      const v = decreaseVerbAt(lead, lang);
      if (v >= 0) {
        negative = true;
        fallStart = from + v;
      }
    }
  }
  return { from, before, start, currency, negative, qualifier, cueWord, cueStart, lead, fallStart };
}
