import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';

const SAMPLE = path.resolve(__dirname, '../../data/sample');

let tmp: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'tally-validate-'));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

async function tally(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('tally validate reports the figure checks of issue 9', () => {
  it('a misread value and a misfit unit block; a row in no group is a warning naming it', async () => {
    const dir = path.join(tmp, 'sample');
    await fs.cp(SAMPLE, dir, { recursive: true });
    const file = path.join(dir, 'dataset.json');
    const doc = JSON.parse(await fs.readFile(file, 'utf8'));
    const byId = (id: string) => doc.observations.find((o: { id: string }) => o.id === id);
    const grdp = doc.observations.find((o: { indicator: string; stated: string }) => o.indicator === 'GRDP growth' && o.stated === '6,51%');
    grdp.value = -99;
    const exports = doc.observations.find((o: { indicator: string }) => o.indicator === 'Export value');
    exports.unit = 'VND';
    const loose = byId('obs-001');
    loose.entity = '';
    loose.period = '';
    await fs.writeFile(file, JSON.stringify(doc));

    const r = await tally('validate', dir);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`  x [stated-mismatch] Thái Nguyên · GRDP growth · 2021 · "6,51%": the value -99 % is not what "6,51%" says (it reads as 6.51 %)`);
    expect(r.out).toContain(`  x [unit-misfit] Thái Nguyên · Export value · ${exports.period} · "${exports.stated}": unit VND cannot be the unit of indicator "Export value" (USD)`);
    expect(r.out).toContain(`  ! [not-grouped] — · ${loose.indicator} · — · "${loose.stated}" is not grouped (no entity, no period): cross-checking leaves it out`);

    const check = await tally('check', dir);
    expect(JSON.parse(check.out).ungrouped).toEqual([{ id: 'obs-001', stated: loose.stated, missing: ['entity', 'period'] }]);
    expect(check.err).toBe('tally check: 1 observation of 55 not grouped (no entity, indicator or period): see "ungrouped"');
  });
});
