import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetView } from '../../electron/backend/export/read-dataset';
import { summariseDataset } from '../../electron/backend/store/dataset-summary';
import { main } from '../../electron/cli/main';
import { backendFor, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();
/** Every rewrite of dataset.json deferred: the log alone holds the edits, as a large dataset's does between rewrites. */
const DEFERRED = { deferWritesAboveBytes: 0, flushIdleMs: 60_000, flushMaxDelayMs: 60_000 };

/** A folder whose dataset.json holds no edit yet and whose log holds: 1 create obs-1, then updates of its value to 2, 3, 4. */
async function loggedOnly(): Promise<{ dir: string; log: string; lines: string[]; datasetJson: string }> {
  const b = backendFor(dirs, { store: DEFERRED });
  const { path: live } = await ok(b, 'datasets-create', { name: 'journal' });
  const id = (await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên', indicator: 'GRDP', period: '2021', value: 1, unit: '%' } })).observation.id;
  for (const value of [2, 3, 4]) await ok(b, 'observations-update', { id, patch: { value } });
  const dir = path.join(dirs.root, 'copy');
  cpSync(live, dir, { recursive: true, filter: (f) => !f.endsWith('.lock') });
  await b.close();
  const log = path.join(dir, 'history.jsonl');
  return { dir, log, lines: readFileSync(log, 'utf8').trim().split('\n'), datasetJson: readFileSync(path.join(dir, 'dataset.json'), 'utf8') };
}

const writeLines = (file: string, lines: string[]) => writeFileSync(file, `${lines.join('\n')}\n`);

describe('a damaged log opens read-only and is never written past', () => {
  it('a damaged line in the middle: read-only, the problem listed, edits refused, dataset.json untouched', async () => {
    const { dir, log, lines, datasetJson } = await loggedOnly();
    writeLines(log, [lines[0], lines[1].slice(0, 40), lines[2], lines[3]]);
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect(snap.readOnly).toBe(true);
    expect(snap.warnings.join('\n')).toMatch(/history\.jsonl entry 2 \(line 2\): not valid JSON/);
    expect(snap.warnings[0]).toMatch(/read-only/);
    expect(snap.doc.observations[0].value).toBe(1); // stops before the damage
    const err = await fails(b, 'observations-update', { id: 'obs-1', patch: { note: 'x' } }, 'READ_ONLY');
    expect(err.message).toMatch(/read-only/);
    await fails(b, 'history-undo', {}, 'READ_ONLY');
    await b.close();
    expect(readFileSync(path.join(dir, 'dataset.json'), 'utf8')).toBe(datasetJson);
    // The line restored, the edits come back.
    writeLines(log, lines);
    const b2 = backendFor(dirs);
    const again = await ok(b2, 'datasets-open', { path: dir });
    expect([again.readOnly, again.doc.observations[0].value]).toEqual([false, 4]);
    await b2.close();
  });

  it('a gap in the numbers: read-only, naming the missing entries', async () => {
    const { dir, log, lines } = await loggedOnly();
    writeLines(log, [lines[0], lines[1], lines[3]]);
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect(snap.readOnly).toBe(true);
    expect(snap.warnings.join('\n')).toMatch(/entries 3 are missing|entries 3–3 are missing|entries 3 are missing \(a gap between entry 2 and entry 4\)/);
    await b.close();
  });

  it('a line that parses but fails the schema is named by entry, line, field and what was expected', async () => {
    const { dir, log, lines } = await loggedOnly();
    const bad = JSON.parse(lines[2]);
    bad.changes[0].collection = 'observation';
    writeLines(log, [lines[0], lines[1], JSON.stringify(bad), lines[3]]);
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect(snap.readOnly).toBe(true);
    expect(snap.warnings.join('\n')).toMatch(/history\.jsonl entry 3 \(line 3\): changes\.0\.collection: .*expected one of/);
    await b.close();
  });
});

describe('one journal reader for the app, the CLI and the start screen', () => {
  const captured = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };
  const checkedValue = async (dir: string) => {
    const c = captured();
    expect(await main(['check', dir], c.io)).toBe(0);
    return { value: JSON.parse(c.out.join('')).groups[0].observations[0].value, err: c.err.join('\n') };
  };

  it('a repeated old line is ignored (and reported) by every reader', async () => {
    const { dir, log, lines } = await loggedOnly();
    writeLines(log, [...lines, lines[0]]);
    const view = await readDatasetView(dir);
    expect(view.doc.observations[0].value).toBe(4);
    expect(view.warnings.join('\n')).toMatch(/line 5 repeats entry 1/);
    const checked = await checkedValue(dir);
    expect(checked.value).toBe(4);
    expect(checked.err).toMatch(/repeats entry 1/);
    expect((await summariseDataset(dir, new Date())).observations).toBe(1);
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect([snap.readOnly, snap.doc.observations[0].value]).toEqual([false, 4]);
    await b.close();
  });

  it('lines out of order are applied in number order by every reader', async () => {
    const { dir, log, lines } = await loggedOnly();
    writeLines(log, [lines[0], lines[1], lines[3], lines[2]]);
    expect((await readDatasetView(dir)).doc.observations[0].value).toBe(4);
    expect((await checkedValue(dir)).value).toBe(4);
    const b = backendFor(dirs);
    const snap = await ok(b, 'datasets-open', { path: dir });
    expect(snap.doc.observations[0].value).toBe(4);
    expect(snap.warnings.join('\n')).toMatch(/entries are read in number order/);
    await b.close();
  });

  it('the CLI and export say when the log is damaged', async () => {
    const { dir, log, lines } = await loggedOnly();
    writeLines(log, [lines[0], lines[1], lines[3]]);
    expect((await readDatasetView(dir)).warnings.join('\n')).toMatch(/missing/);
    expect((await checkedValue(dir)).err).toMatch(/missing/);
  });
});
