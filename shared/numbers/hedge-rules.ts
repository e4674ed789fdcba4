import { BASE_AFTER, COMPARATIVE_BEFORE_CUE, PLAN_AFTER_PERCENT } from './context-words';
import { isSmallWhole } from './number-facts';
import type { TailSite } from './word-rules';

/** A figure with its qualifier cue word ('' when none): the rules below decide the cue says no hedge there. */
export interface CueSite extends TailSite {
  cueWord: string;
}

const at = (re: RegExp, text: string, pos: number) => ((re.lastIndex = pos), re.test(text));

/**
 * domain.md line 66 (where a cue counts): "cao hơn 5% so với cùng kỳ", "cao hơn 2 điểm phần trăm": after a
 * comparative, "hơn" states a difference, not "more than".
 */
export const comparativeDifference = (s: CueSite) =>
  s.lang === 'vi' &&
  s.cueWord.toLowerCase() === 'hơn' &&
  COMPARATIVE_BEFORE_CUE.test(s.lead) &&
  (s.tail.unit === 'pp' || s.tail.unit === 'bp' || s.tail.unit === 'point' || at(BASE_AFTER, s.text, s.tail.end));

/** domain.md line 66 (where a cue counts): "vượt 27,7% kế hoạch" (exceeded the plan by 27.7%) is a difference, not "over 27.7%". */
export const exceededPlan = (s: CueSite) =>
  s.lang === 'vi' && s.cueWord.toLowerCase() === 'vượt' && s.tail.kind === 'percent' && at(PLAN_AFTER_PERCENT, s.text, s.tail.end);

/** domain.md line 68 (`trên địa bàn` is no qualifier): "trên 3 nền tảng" is on three platforms, a small whole count. */
export const onSmallCount = (s: CueSite) =>
  s.cueWord.toLowerCase() === 'trên' && !s.strong && s.tail.kind !== 'times' && isSmallWhole(s.raw, s.wn);

/** Where the cue before a figure is no hedge: the figure is then exact and starts at its number. */
export const NO_HEDGE_RULES: readonly ((s: CueSite) => boolean)[] = [comparativeDifference, exceededPlan, onSmallCount];

export const cueIsNoHedge = (s: CueSite) => s.cueWord !== '' && NO_HEDGE_RULES.some((rule) => rule(s));
