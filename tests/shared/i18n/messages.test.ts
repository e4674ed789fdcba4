import { describe, expect, it } from 'vitest';
import { createTranslator, en, languageOfLocale, resolveLanguage, SAME_ON_PURPOSE, vi, formatNumber } from '../../../shared/i18n';

type Tree = { [k: string]: string | Tree };

/** Every leaf as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}

const PLURAL = /_(one|other)$/;
const base = (k: string) => k.replace(PLURAL, '');

describe('interface messages', () => {
  const enLeaves = leaves(en as unknown as Tree);
  const viMap = new Map(leaves(vi as unknown as Tree));

  it('every English message has a non-empty Vietnamese one, different unless listed as the same on purpose', () => {
    const missing: string[] = [];
    const untranslated: string[] = [];
    for (const [key, text] of enLeaves) {
      // Vietnamese has one plural form: en's x_one and x_other both map to vi's x_other.
      const viKey = key.endsWith('_one') ? `${base(key)}_other` : key;
      const viText = viMap.get(viKey);
      if (!viText?.trim()) missing.push(key);
      else if (viText === text && !key.endsWith('_one') && !SAME_ON_PURPOSE.has(base(key) as never)) untranslated.push(key);
    }
    expect(missing).toEqual([]);
    expect(untranslated).toEqual([]);
  });

  it('keeps the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of enLeaves) {
      if (key.endsWith('_one')) continue;
      expect([key, names(viMap.get(key) ?? '')]).toEqual([key, names(text)]);
    }
  });

  it('translates with plurals and interpolation, without HTML escaping', () => {
    const tEn = createTranslator('en');
    const tVi = createTranslator('vi');
    expect(tEn('start.sourceCount', { count: 1 })).toBe('1 source');
    expect(tEn('start.sourceCount', { count: 3 })).toBe('3 sources');
    expect(tVi('start.sourceCount', { count: 1 })).toBe('1 nguồn');
    expect(tEn('start.openNamed', { name: 'A & B <x>' })).toBe('Open A & B <x>');
    expect(tVi('toolbar.undo')).toBe('Hoàn tác');
  });
});

describe('interface language', () => {
  it('is Vietnamese where the system locale is, English elsewhere', () => {
    expect(languageOfLocale('vi')).toBe('vi');
    expect(languageOfLocale('vi-VN')).toBe('vi');
    expect(languageOfLocale('vi_VN.UTF-8')).toBe('vi');
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('video')).toBe('en');
    expect(languageOfLocale(null)).toBe('en');
    expect(resolveLanguage('en', 'vi-VN')).toBe('en');
    expect(resolveLanguage('system', 'vi-VN')).toBe('vi');
  });

  it('formats figures with the language decimal mark and no grouping', () => {
    expect(formatNumber(28.8, 'en')).toBe('28.8');
    expect(formatNumber(28.8, 'vi')).toBe('28,8');
    expect(formatNumber(12345.5, 'vi')).toBe('12345,5');
  });
});
