import { describe, expect, it } from 'vitest';
import { GroupKeyTable } from '../../../shared/crosscheck/group-key-table';
import { prng } from './fixtures';

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
