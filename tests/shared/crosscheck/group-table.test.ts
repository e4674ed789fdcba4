import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../shared/crosscheck';
import { nameInterner, periodInterner } from '../../../shared/crosscheck/group-table';
import { prng } from './fixtures';


/** The rule normaliseName must keep, spelled out without its fast path. */
const fullNormalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('normaliseName', () => {
  it('equals NFC plus whitespace folding on names plain or not', () => {
    const names = [
      '', ' ', 'Thái Nguyên', 'Tha\u0301i Nguye\u0302n', ' Hà  Nội\t', 'Hà\u00a0Nội', 'Hà\u3000Nội', 'TP Hồ Chí Minh',
      'Bà Rịa - Vũng Tàu', 'Export value (industry)', 'ê\u0301', '\u1ec7\u0301', 'a\u0300', 'Việt Nam\n', 'x\u2028y',
      '\ufeffGRDP', 'Đắk Lắk', 'Ω', '\u212b', 'A\u030a', 'tab\there', 'end ', ' start',
    ];
    for (const n of names) expect(normaliseName(n), JSON.stringify(n)).toBe(fullNormalise(n));
  });
  it('equals the full rule on random strings of awkward characters', () => {
    const chars = ['a', ' ', ' ', '\t', '\u00a0', 'á', 'a\u0301', 'ồ', 'o\u0302\u0300', 'Đ', 'ư', '\u3000', '\n', '\u0301', 'ộ', '\u0000'];
    const rnd = prng(11);
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = Math.floor(rnd() * 7);
      for (let k = 0; k < len; k++) s += chars[Math.floor(rnd() * chars.length)];
      expect(normaliseName(s), JSON.stringify(s)).toBe(fullNormalise(s));
    }
  });
});

describe('Interner', () => {
  it('gives NFD and extra-space spellings of a name the id of its normal form, and none to an empty one', () => {
    const names = nameInterner();
    const id = names.id('Thái Nguyên');
    expect(names.id('Tha\u0301i  Nguye\u0302n ')).toBe(id);
    expect(names.id('Hà Nội')).not.toBe(id);
    expect(names.id('Thái Nguyên')).toBe(id); // after another name: not only the last one remembered
    expect(names.id('  ')).toBe(-1);
    expect(names.values[id]).toBe('Thái Nguyên');
    expect(names.idOfCanonical('Thái Nguyên')).toBe(id);
    expect(names.idOfCanonical('Cà Mau')).toBe(-1);
  });
  it('trims periods', () => {
    const periods = periodInterner();
    expect(periods.id(' 2021 ')).toBe(periods.id('2021'));
    expect(periods.id('')).toBe(-1);
  });
});
