import { describe, expect, it } from 'vitest';
import { comparativeDifference, cueIsNoHedge, exceededPlan, NO_HEDGE_RULES, onSmallCount } from '../../../shared/numbers/hedge-rules';
import { parseFigure } from '../../../shared/numbers/parse-figure';

const qualifier = (text: string) => parseFigure(text, 'vi')?.qualifier;

describe('hedge rules: cue words that say no hedge where they stand', () => {
  it('comparativeDifference: "cao hơn 5% so với cùng kỳ" is a difference; "hơn 5%" is more than 5%', () => {
    expect(qualifier('cao hơn 5% so với cùng kỳ')).toBe('exact');
    expect(qualifier('nhiều hơn 500 người')).toBe('over');
    expect(qualifier('hơn 5%')).toBe('over');
  });
  it('exceededPlan: "vượt 27,7% kế hoạch" exceeded the plan by 27.7%; "vượt 27,7%" alone is over', () => {
    expect(qualifier('vượt 27,7% kế hoạch')).toBe('exact');
    expect(qualifier('vượt 27,7%')).toBe('over');
  });
  it('onSmallCount: "trên 3 nền tảng" is on three platforms; "trên 30 nền tảng" and "trên 3 tỷ đồng" are over', () => {
    expect(qualifier('trên 3 nền tảng')).toBe('exact');
    expect(qualifier('trên 30 nền tảng')).toBe('over');
    expect(qualifier('trên 3 tỷ đồng')).toBe('over');
  });
  it('the rules are tried together, and only where a cue was read', () => {
    expect(NO_HEDGE_RULES).toEqual([comparativeDifference, exceededPlan, onSmallCount]);
    const site = { cueWord: '', lang: 'vi' } as Parameters<typeof cueIsNoHedge>[0];
    expect(cueIsNoHedge(site)).toBe(false);
  });
});
