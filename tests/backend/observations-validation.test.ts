import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backendFor, bytes, datasetWithSource, fails, ok, quoteOf, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

async function setup() {
  const b = backendFor(dirs);
  const { dir, sourceId } = await datasetWithSource(b);
  const { observation } = await ok(b, 'observations-create', {
    fields: { entity: 'Thái Nguyên', indicator: 'Poor household rate', period: '2021', value: 2.16, unit: '%', stated: '2,16%', sourceId, quote: quoteOf('2,16%') },
  });
  const file = path.join(dir, 'dataset.json');
  const history = path.join(dir, 'history.jsonl');
  return { b, dir, sourceId, id: observation.id, file, history, before: bytes(file), historyBefore: bytes(history) };
}

describe('invalid edits are refused and nothing is written', () => {
  it('"abc" as a value', async () => {
    const s = await setup();
    const err = await fails(s.b, 'observations-update', { id: s.id, patch: { value: 'abc' } }, 'INVALID_INPUT');
    expect(err.message).toMatch(/^patch\.value: /);
    expect(err.issues?.[0].path).toBe('patch.value');
    expect(bytes(s.file).equals(s.before)).toBe(true);
    expect(bytes(s.history).equals(s.historyBefore)).toBe(true);
    await s.b.close();
  });

  it('period "2021-13", with the message that says why', async () => {
    const s = await setup();
    const err = await fails(s.b, 'observations-update', { id: s.id, patch: { period: '2021-13' } }, 'INVALID_INPUT');
    expect(err.message).toBe('period "2021-13": month 13 does not exist'); // 2024-12 is a month code now (domain.md, revised)
    expect(err.issues).toEqual([{ path: 'period', message: err.message }]);
    await fails(s.b, 'observations-create', { fields: { period: '2024-Q5' } }, 'INVALID_INPUT');
    await fails(s.b, 'observations-update', { id: s.id, patch: { period: '2021-02-30' } }, 'INVALID_INPUT');
    expect(bytes(s.file).equals(s.before)).toBe(true);
    expect(bytes(s.history).equals(s.historyBefore)).toBe(true);
    const snap = await ok(s.b, 'dataset-snapshot');
    expect(snap.doc.observations.map((o) => o.period)).toEqual(['2021']);
    await s.b.close();
  });

  it('a value without a unit, an unknown source, a quote not at its offsets, a non-finite value', async () => {
    const s = await setup();
    const unit = await fails(s.b, 'observations-update', { id: s.id, patch: { unit: '' } }, 'INVALID_INPUT');
    expect(unit.message).toBe('unit: a unit is required when a value is set');
    const src = await fails(s.b, 'observations-update', { id: s.id, patch: { sourceId: 'src-404' } }, 'INVALID_INPUT');
    expect(src.message).toBe('sourceId: source "src-404" does not exist');
    const moved = { ...quoteOf('2,16%'), start: 3, end: 8 };
    const quote = await fails(s.b, 'observations-update', { id: s.id, patch: { quote: moved } }, 'INVALID_INPUT');
    expect(quote.message).toBe('quote: the quote is not at 3–8 in the source text');
    await fails(s.b, 'observations-update', { id: s.id, patch: { value: Number.POSITIVE_INFINITY } }, 'INVALID_INPUT');
    await fails(s.b, 'observations-update', { id: 'obs-999', patch: { note: 'x' } }, 'NOT_FOUND');
    expect(bytes(s.file).equals(s.before)).toBe(true);
    await s.b.close();
  });

  it('accepts a blank row, and an edit that changes nothing writes nothing', async () => {
    const s = await setup();
    const { observation } = await ok(s.b, 'observations-create', { fields: {} });
    expect(observation).toMatchObject({ entity: '', period: '', value: null, status: 'draft', qualifier: 'exact' });
    const now = bytes(s.file);
    const m = await ok(s.b, 'observations-update', { id: s.id, patch: { value: 2.16 } });
    expect(m.changes).toEqual([]);
    expect(bytes(s.file).equals(now)).toBe(true);
    await s.b.close();
  });

  it('keeps a name that is not in the catalogue on the observation without adding it to the catalogue (issue 9)', async () => {
    const s = await setup();
    const m = await ok(s.b, 'observations-update', { id: s.id, patch: { entity: 'Việt  Nam ' } });
    expect(m.changes.map((c) => c.collection)).toEqual(['observations']);
    const snap = await ok(s.b, 'dataset-snapshot');
    expect(snap.doc.observations.find((o) => o.id === s.id)?.entity).toBe('Việt  Nam');
    expect(snap.doc.entities).toEqual([]);
    await s.b.close();
  });
});
