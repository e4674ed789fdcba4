import { describe, expect, it } from 'vitest';
import { backendFor, datasetWithSource, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

// zod 4 fills defaults inside .partial(): these guard the patch schemas against blanking fields an edit leaves out.
describe('partial updates keep the fields they do not name', () => {
  it('dataset-update-meta with only a name keeps tolerance, title and licenses', async () => {
    const b = backendFor(dirs);
    await datasetWithSource(b);
    await ok(b, 'dataset-update-meta', { tolerance: 0.1, title: 'Số liệu', licenses: [{ name: 'CC-BY-4.0' }] });
    await ok(b, 'dataset-update-meta', { name: 'Đổi tên' });
    const { doc } = await ok(b, 'dataset-snapshot');
    expect(doc.meta).toMatchObject({ name: 'Đổi tên', tolerance: 0.1, title: 'Số liệu' });
    expect(doc.meta.licenses.map((l) => l.name)).toEqual(['CC-BY-4.0']);
    await b.close();
  });

  it('sources-update with only a title keeps publisher, URL, date and language', async () => {
    const b = backendFor(dirs);
    const { sourceId } = await datasetWithSource(b);
    await ok(b, 'sources-update', { id: sourceId, patch: { title: 'Tiêu đề mới' } });
    const { doc } = await ok(b, 'dataset-snapshot');
    expect(doc.sources.find((s) => s.id === sourceId)).toMatchObject({
      title: 'Tiêu đề mới',
      publisher: 'Báo Thái Nguyên',
      url: 'https://baothainguyen.vn/a',
      published: '2022-01-10',
      language: 'vi',
    });
    await b.close();
  });

  it('observations-update with only a value keeps the note', async () => {
    const b = backendFor(dirs);
    await datasetWithSource(b);
    const { observation } = await ok(b, 'observations-create', { fields: { note: 'kiểm tra lại', unit: '%', value: 1 } });
    await ok(b, 'observations-update', { id: observation.id, patch: { value: 2 } });
    const { doc } = await ok(b, 'dataset-snapshot');
    expect(doc.observations.find((o) => o.id === observation.id)).toMatchObject({ value: 2, note: 'kiểm tra lại' });
    await b.close();
  });
});
