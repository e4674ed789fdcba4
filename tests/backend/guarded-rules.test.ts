import { describe, expect, it } from 'vitest';
import { INTERCHANGE_COLUMNS } from '../../shared/interchange';
import { backendFor, datasetWithSource, fails, ok, quoteOf, SOURCE_TEXT, tempDirsPerTest } from './helpers';

// Three rules a mutation run could break without any test failing (issue 14 §6): each is pinned here.
const dirs = tempDirsPerTest();

const GROUP = { entity: 'Thái Nguyên', indicator: 'Poor household rate', period: '2021' };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('rules pinned after a mutation run', () => {
  it('a delete naming the same id twice deletes it once: one change, and one undo brings back one observation', async () => {
    const b = backendFor(dirs);
    const { sourceId } = await datasetWithSource(b);
    const { observation } = await ok(b, 'observations-create', {
      fields: { ...GROUP, value: 2.16, unit: '%', stated: '2,16%', sourceId, quote: quoteOf('2,16%') },
    });
    const m = await ok(b, 'observations-delete', { ids: [observation.id, observation.id] });
    expect(m.changes).toHaveLength(1);
    expect(m.changes[0]).toMatchObject({ collection: 'observations', id: observation.id, after: null });
    const history = await ok(b, 'history-list', {});
    expect(history.entries[0].label).toBe(`Delete observation ${observation.id}`);
    expect((await ok(b, 'dataset-snapshot')).doc.observations).toEqual([]);
    await ok(b, 'history-undo');
    expect((await ok(b, 'dataset-snapshot')).doc.observations.map((o) => o.id)).toEqual([observation.id]);
    await b.close();
  });

  it('a preview made in one dataset cannot be imported into another', async () => {
    const b = backendFor(dirs);
    await ok(b, 'datasets-create', { name: 'First' });
    const row = `a1,Việt Nam,Export value,2021,5,USD,exact,,,,,,,,,draft,`;
    const preview = await ok(b, 'interchange-preview', { fileName: 'one.csv', dataBase64: b64([INTERCHANGE_COLUMNS.join(','), row].join('\r\n')) });
    expect(preview.valid).toBe(1);
    await ok(b, 'datasets-create', { name: 'Second' });
    const refused = await fails(b, 'interchange-import', { previewId: preview.previewId }, 'NOT_FOUND');
    expect(refused.message).toBe('that preview was made for another dataset: preview the file again');
    expect((await ok(b, 'dataset-snapshot')).doc.observations).toEqual([]);
    await b.close();
  });

  it('the accepted observation cannot also be deprecated: refused, nothing changes', async () => {
    const b = backendFor(dirs);
    const { sourceId: a } = await datasetWithSource(b);
    const textB = 'Tỷ lệ hộ nghèo của tỉnh năm 2021 là 2,17%.';
    const { source } = await ok(b, 'sources-create', { meta: { title: 'Nguồn B', language: 'vi' }, text: textB });
    const obs = async (sourceId: string, stated: string, value: number, text: string) =>
      (await ok(b, 'observations-create', { fields: { ...GROUP, value, unit: '%', stated, sourceId, quote: quoteOf(stated, text) } })).observation.id;
    const first = await obs(a, '2,16%', 2.16, SOURCE_TEXT);
    const second = await obs(source.id, '2,17%', 2.17, textB);
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    const before = await ok(b, 'dataset-snapshot');
    const refused = await fails(
      b,
      'resolutions-create',
      { group: GROUP, observationId: first, rationale: 'newer', deprecate: [{ id: second, reason: 'outdated' }, { id: first, reason: 'outdated' }] },
      'INVALID_INPUT',
    );
    expect(refused.message).toBe(`deprecate: ${first} is the accepted observation`);
    const after = await ok(b, 'dataset-snapshot');
    expect(after.doc.observations).toEqual(before.doc.observations);
    expect(after.doc.resolutions).toEqual([]);
    await b.close();
  });
});
