import type { Language, Qualifier } from '../model/vocab';
import { alternation, wordKey } from './word-regex';

/**
 * Hedges before a figure (domain.md, Qualifiers), keyed by wordKey. `đạt`/`là` are exact and carry no hedge,
 * so they are not listed: they never join the figure's span. "ít hơn"/"nhiều hơn" are the comparative forms
 * of under/over.
 */
export const QUALIFIER_CUES: Record<Language, Record<string, Qualifier>> = {
  vi: {
    khoảng: 'approx', 'khoảng chừng': 'approx', 'xấp xỉ': 'approx', ước: 'approx', 'ước đạt': 'approx',
    'ước tính': 'approx', 'ước tính đạt': 'approx', 'ước khoảng': 'approx', chừng: 'approx', 'trên dưới': 'approx',
    'độ chừng': 'approx', 'vào khoảng': 'approx', quanh: 'approx', 'quanh mức': 'approx', 'xung quanh': 'approx',
    'xung quanh mức': 'approx', 'ở mức khoảng': 'approx', tầm: 'approx', 'cỡ': 'approx',
    'gần': 'nearly', ngót: 'nearly', 'ngót nghét': 'nearly', 'xấp xỉ gần như': 'nearly', 'gần như': 'nearly', suýt: 'nearly', 'xấp xỉ gần': 'nearly',
    trên: 'over', hơn: 'over', vượt: 'over', 'nhiều hơn': 'over', 'vượt quá': 'over', 'vượt trên': 'over',
    dưới: 'under', 'chưa đến': 'under', 'chưa tới': 'under', 'không đến': 'under', 'không tới': 'under',
    'ít hơn': 'under', 'chưa đầy': 'under', 'không đầy': 'under',
    'tối thiểu': 'atLeast', 'ít nhất': 'atLeast', 'không dưới': 'atLeast', 'không ít hơn': 'atLeast',
    'tối đa': 'atMost', 'không quá': 'atMost', 'không vượt quá': 'atMost', 'nhiều nhất': 'atMost',
    // A negated comparison turns the cue round (domain.md): "không cao hơn 5%" is at most 5%.
    'không cao hơn': 'atMost', 'không hơn': 'atMost', 'không vượt': 'atMost', 'không nhiều hơn': 'atMost',
    'không lớn hơn': 'atMost', 'không vượt qua': 'atMost',
    'không thấp hơn': 'atLeast', 'không kém': 'atLeast', 'không kém hơn': 'atLeast', 'không nhỏ hơn': 'atLeast',
    // Passing a mark: "vượt mốc 1 tỷ USD" is just over it.
    'vượt mốc': 'over', 'vượt ngưỡng': 'over', 'vượt qua mốc': 'over', 'vượt qua ngưỡng': 'over',
    'vượt qua con số': 'over', 'vượt con số': 'over', 'vượt qua': 'over',
    '~': 'approx',
  },
  en: {
    about: 'approx', around: 'approx', approximately: 'approx', 'approx.': 'approx', approx: 'approx',
    roughly: 'approx', estimated: 'approx', 'an estimated': 'approx', 'est.': 'approx', some: 'approx', '~': 'approx',
    'an approximate': 'approx', circa: 'approx',
    nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just shy of': 'nearly',
    'just below': 'nearly',
    over: 'over', 'more than': 'over', above: 'over', exceeding: 'over', 'upwards of': 'over', 'just over': 'over',
    'in excess of': 'over', 'a little over': 'over', 'slightly more than': 'over', 'well over': 'over',
    'upward of': 'over', 'just above': 'over',
    under: 'under', below: 'under', 'less than': 'under', 'fewer than': 'under',
    'at least': 'atLeast', 'minimum of': 'atLeast', 'a minimum of': 'atLeast', 'no less than': 'atLeast',
    'no fewer than': 'atLeast', 'not less than': 'atLeast',
    'at most': 'atMost', 'up to': 'atMost', 'maximum of': 'atMost', 'a maximum of': 'atMost',
    'no more than': 'atMost', 'not more than': 'atMost', 'not exceeding': 'atMost', 'no higher than': 'atMost',
    'not higher than': 'atMost', 'not above': 'atMost', 'not over': 'atMost',
    'no lower than': 'atLeast', 'not lower than': 'atLeast', 'not below': 'atLeast', 'not under': 'atLeast',
    'passed the mark of': 'over', 'surpassed the mark of': 'over', 'crossed the mark of': 'over',
    'topped the mark of': 'over', 'exceeded the mark of': 'over',
  },
};

/**
 * Verbs of reaching or change that may stand between a cue and its figure (domain.md, Qualifiers): "gần đạt 29 tỷ",
 * "ước tăng 5,78%", "nearly reached 29bn", "estimated to be at". At most two ("ước tính tăng lên").
 */
const LINK_VERBS: Record<Language, string> = {
  vi: alternation(['đạt', 'đạt mức', 'tăng', 'tăng lên', 'giảm', 'giảm xuống', 'lên', 'xuống', 'ở mức', 'là', 'lên tới', 'lên đến', 'tới', 'đến']),
  en: alternation([
    'reached', 'reach', 'reaching', 'rose', 'rise', 'rising', 'grew', 'grow', 'growing', 'increased', 'fell', 'fall',
    'falling', 'declined', 'decreased', 'dropped', 'stood at', 'stand at', 'to be at', 'to be', 'by', 'to', 'at',
    'totalled', 'totaled', 'totalling', 'totaling', 'hit',
  ]),
};

/**
 * Anchored at the end of the text before a figure: a cue, then optionally linking verbs, then spaces. Group 1 is
 * the cue and group 2 the verbs (may be empty); group 3 is "~". The cue must start a word, so "trên địa bàn" never
 * hedges and "chơn 5" is no "hơn".
 */
export const CUE_BEFORE: Record<Language, RegExp> = {
  vi: cueBefore('vi'),
  en: cueBefore('en'),
};

function cueBefore(lang: Language): RegExp {
  const words = alternation(Object.keys(QUALIFIER_CUES[lang]).filter((c) => c !== '~'));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(${words})((?:\\s+(?:${LINK_VERBS[lang]})(?![\\p{L}])){0,2})\\s*$|(~)\\s*$`, 'iud');
}

/** The qualifier a cue stands for; undefined for words that are not cues. */
export function qualifierOfCue(cue: string, lang: Language): Qualifier | undefined {
  return QUALIFIER_CUES[lang][wordKey(cue)];
}
