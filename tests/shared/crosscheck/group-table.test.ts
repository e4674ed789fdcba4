import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../../shared/crosscheck';
import { GroupKeyTable, nameInterner, periodInterner } from '../../../shared/crosscheck/group-table';
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

describe('GroupKeyTable', () => {
  it('agrees with a Map through many adds and deletes (growth and deleted slots)', () => {
    const table = new GroupKeyTable();
    const reference = new Map<string, number>();
    const rnd = prng(5);
    for (let step = 0; step < 60000; step++) {
      const e = Math.floor(rnd() * 40);
      const i = Math.floor(rnd() * 40);
      const p = Math.floor(rnd() * 20);
      const k = `${e}/${i}/${p}`;
      if (rnd() < 0.3) {
        const g = table.find(e, i, p);
        expect(g).toBe(reference.get(k) ?? -1);
        if (g >= 0) {
          table.delete(g);
          reference.delete(k);
          expect(table.isLive(g)).toBe(false);
        }
      } else {
        const before = table.count;
        const g = table.idAt(e, i, p);
        if (reference.has(k)) expect(g).toBe(reference.get(k));
        else {
          expect(g).toBe(before); // a new id, never a reused one
          reference.set(k, g);
        }
      }
      expect(table.size).toBe(reference.size);
    }
    for (const [k, g] of reference) {
      const [e, i, p] = k.split('/').map(Number);
      expect(table.find(e, i, p)).toBe(g);
      expect([table.entity[g], table.indicator[g], table.period[g]]).toEqual([e, i, p]);
    }
  });
});
