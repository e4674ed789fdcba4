import { describe, expect, it } from 'vitest';
import { backendFor, datasetWithSource, fails, ok, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

async function twoRows() {
  const b = backendFor(dirs);
  await datasetWithSource(b);
  const a = (await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên', indicator: 'GRDP', period: '2021' } })).observation;
  const c = (await ok(b, 'observations-create', { fields: { entity: 'Hà Nội', indicator: 'GRDP', period: '2021' } })).observation;
  return { b, a, c };
}

const rows = async (b: ReturnType<typeof backendFor>) => (await ok(b, 'dataset-snapshot')).doc.observations;

describe('observations-update-many', () => {
  it('patches several rows and adds new ones in one step that one undo reverses', async () => {
    const { b, a, c } = await twoRows();
    const m = await ok(b, 'observations-update-many', {
      updates: [
        { id: a.id, patch: { period: '2022' } },
        { id: c.id, patch: { period: '2022' } },
        { id: a.id, patch: { note: 'dán từ Excel' } },
      ],
      creates: [{ entity: 'Bắc Kạn', indicator: 'GRDP', period: '2022' }],
    });
    expect(m.created).toHaveLength(1);
    expect(m.created[0]).toMatchObject({ entity: 'Bắc Kạn', period: '2022' });
    const after = await rows(b);
    expect(after.map((o) => [o.entity, o.period, o.note])).toEqual([
      ['Thái Nguyên', '2022', 'dán từ Excel'],
      ['Hà Nội', '2022', ''],
      ['Bắc Kạn', '2022', ''],
    ]);
    const history = await ok(b, 'history-list', {});
    expect(history.entries[0].label).toMatch(/Edit 2 observations, add 1 observation/);
    await ok(b, 'history-undo');
    const undone = await rows(b);
    expect(undone.map((o) => [o.entity, o.period, o.note])).toEqual([
      ['Thái Nguyên', '2021', ''],
      ['Hà Nội', '2021', ''],
    ]);
  });

  it('refuses the whole change when one row would be invalid, writing nothing', async () => {
    const { b, a, c } = await twoRows();
    await fails(b, 'observations-update-many', { updates: [{ id: a.id, patch: { period: '2023' } }, { id: c.id, patch: { value: 5 } }] }, 'INVALID_INPUT');
    expect((await rows(b)).map((o) => o.period)).toEqual(['2021', '2021']);
    await fails(b, 'observations-update-many', { updates: [{ id: 'obs-missing', patch: { period: '2023' } }] }, 'NOT_FOUND');
    await fails(b, 'observations-update-many', {}, 'INVALID_INPUT');
  });
});
