import { describe, expect, it } from 'vitest';
import { HalfUnits } from '../../../shared/crosscheck';
import { HalfUnitMemo } from '../../../shared/crosscheck/half-unit-memo';
import type { Language } from '../../../shared/model/vocab';
import { prng } from './fixtures';

const WORDS = ['tỷ USD', 'triệu đồng', '%', 'nghìn tỷ đồng', 'billion USD', 'dự án', ''];
const CUES = ['', 'gần ', 'khoảng ', 'trên ', 'nearly '];
const LANGS: (Language | null)[] = ['vi', 'en', null];

describe('HalfUnitMemo', () => {
  it('gives HalfUnits’ own half-unit for every (text, language, value), through growth and repeats', () => {
    const plain = new HalfUnits();
    const memo = new HalfUnitMemo(new HalfUnits());
    const rnd = prng(3);
    const asked: [string, Language | null, number, number][] = [];
    for (let step = 0; step < 20_000; step++) {
      // Few enough texts that they repeat, many enough that the memo grows and rehashes several times.
      const m = Math.floor(rnd() * 3000) / (rnd() < 0.5 ? 10 : 1);
      const text = `${CUES[Math.floor(rnd() * CUES.length)]}${String(m).replace('.', ',')} ${WORDS[Math.floor(rnd() * WORDS.length)]}`;
      const lang = LANGS[Math.floor(rnd() * LANGS.length)];
      // Mostly the value the words give, sometimes a value typed by hand over them.
      const value = rnd() < 0.8 ? m * (text.includes('tỷ') ? 1e9 : 1) : Math.floor(rnd() * 1e6);
      const e = memo.entry(text, lang, value);
      expect(memo.half(e)).toBe(plain.halfUnit(text, lang, value));
      asked.push([text, lang, value, e]);
    }
    // Entries never change: each still gives its own answer, and asking again gives the same entry.
    for (const [text, lang, value, e] of asked) {
      expect(memo.half(e)).toBe(plain.halfUnit(text, lang, value));
      expect(memo.entry(text, lang, value)).toBe(e);
    }
  });

  it('keeps texts apart that differ in one character, in language, or in value', () => {
    const memo = new HalfUnitMemo(new HalfUnits());
    const a = memo.entry('28,8 tỷ USD', 'vi', 28.8e9);
    const b = memo.entry('28,9 tỷ USD', 'vi', 28.9e9);
    const c = memo.entry('28,8 tỷ USD', 'en', 28.8e9);
    const d = memo.entry('28,8 tỷ USD', 'vi', 29.1e9);
    expect(new Set([a, b, c, d]).size).toBe(4);
    expect(memo.half(a)).toBe(0.05e9);
    // In English "28,8" is not a number as written, so the value's own precision stands.
    expect(memo.half(c)).toBe(new HalfUnits().halfUnit('28,8 tỷ USD', 'en', 28.8e9));
    // A value typed over the words: the words no longer describe it.
    expect(memo.half(d)).toBe(0.5e6); // 29.100.000.000: the last non-zero group is 100 (millions)
  });
});
