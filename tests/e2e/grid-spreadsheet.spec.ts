import type { Locator, Page } from '@playwright/test';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'empty' });

type Obs = { id: string; entity: string; indicator: string; period: string; value: number | null; unit: string; note: string };

const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });
const cell = (page: Page, rowId: string, colId: string): Locator => grid(page).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });
const onDisk = async (datasetPath: string) => ((await readDatasetJson(datasetPath)) as { observations: Obs[] }).observations;

/** Rows made through the backend, then the page reloaded to show them. */
async function withRows(page: Page, server: { dispatch: (m: string, p: unknown) => Promise<{ ok: boolean; data?: unknown }> }, fields: Partial<Obs>[]) {
  const ids: string[] = [];
  for (const f of fields) {
    const r = await server.dispatch('observations-create', { fields: f });
    if (!r.ok) throw new Error('could not create a row');
    ids.push((r.data as { observation: { id: string } }).observation.id);
  }
  await page.reload();
  await expect(grid(page).locator('.ag-row')).toHaveCount(fields.length);
  return ids;
}

test('Ctrl+Enter adds a row from a cell and from an open editor', async ({ page, server, datasetPath }) => {
  const [id] = await withRows(page, server, [{ entity: 'Thái Nguyên', indicator: 'GRDP', period: '2021' }]);
  await cell(page, id, 'note').click();
  await page.keyboard.press('Control+Enter');
  const editor = grid(page).locator('.ag-cell-inline-editing input');
  await expect(editor).toBeFocused();
  await editor.fill('Hà Nội');
  // Ctrl+Enter in an editor commits it and adds another row.
  await page.keyboard.press('Control+Enter');
  await expect(grid(page).locator('.ag-row')).toHaveCount(3);
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await onDisk(datasetPath)).map((o) => o.entity)).toEqual(['Thái Nguyên', 'Hà Nội', '']);
});

test('Tab commits and moves without opening the next cell, so typing there replaces its text', async ({ page, server, datasetPath }) => {
  const [id] = await withRows(page, server, [{ entity: 'Thái Nguyên', indicator: 'GRDP growth', period: '2021' }]);
  await cell(page, id, 'entity').click();
  await page.keyboard.press('F2');
  await page.keyboard.press('End');
  await page.keyboard.type(' tỉnh');
  await page.keyboard.press('Escape'); // Esc cancels: nothing changes
  await expect(cell(page, id, 'entity')).toHaveText('Thái Nguyên');
  await page.keyboard.press('Enter');
  await expect(grid(page).locator('.ag-cell-inline-editing input')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(grid(page).locator('.ag-cell-inline-editing')).toHaveCount(0);
  await expect(cell(page, id, 'indicator')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.type('tăng trưởng', { delay: 40 }); // a person's pace: the editor opens on the first key
  await page.keyboard.press('Tab');
  await expect(cell(page, id, 'indicator')).toHaveText('tăng trưởng');
  await expect(cell(page, id, 'period')).toHaveClass(/ag-cell-focus/);
  await expect.poll(async () => (await onDisk(datasetPath))[0].indicator).toBe('tăng trưởng');
});

test('the unit box takes the highlighted suggestion on Enter; Up goes back to the typed text', async ({ page, server, datasetPath }) => {
  const [a, b] = await withRows(page, server, [
    { entity: 'Thái Nguyên', indicator: 'Dự án', period: '2021', value: 7, unit: 'project' } as Partial<Obs>,
    { entity: 'Hà Nội', indicator: 'Dự án', period: '2021' },
  ]);
  await cell(page, b, 'unit').click();
  await page.keyboard.type('proj');
  await expect(page.getByRole('option', { name: 'project' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(cell(page, b, 'unit')).toHaveText('project');
  await expect.poll(async () => (await onDisk(datasetPath))[1].unit).toBe('project');
  await cell(page, a, 'note').click();
  await page.keyboard.press('Escape');
  await cell(page, b, 'unit').click();
  await page.keyboard.type('proj');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(cell(page, b, 'unit')).toHaveText('proj');
});

test('a 3×3 range is copied as TSV and pasted back elsewhere, in one undo step', async ({ page, server, datasetPath }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const rows = [
    { entity: 'Thái Nguyên', indicator: 'GRDP', period: '2021', note: 'một' },
    { entity: 'Bắc Kạn', indicator: 'Dân số', period: '2022', note: 'hai\tba' },
    { entity: 'Hà Giang', indicator: 'FDI', period: '2023', note: 'bốn "năm"' },
    { entity: '', indicator: '', period: '', note: '' },
    { entity: '', indicator: '', period: '', note: '' },
  ];
  const ids = await withRows(page, server, rows);
  // Entity, Indicator and Period (three adjacent editable columns) over three rows.
  await cell(page, ids[0], 'entity').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(grid(page).locator('.cell-in-range')).toHaveCount(9);
  await page.keyboard.press('Control+c');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('Thái Nguyên\tGRDP\t2021\r\nBắc Kạn\tDân số\t2022\r\nHà Giang\tFDI\t2023');

  // Pasted from row 4: two rows land on the empty rows, the third is a new row.
  await cell(page, ids[3], 'entity').click();
  await page.keyboard.press('Control+v');
  await expect(grid(page).locator('.ag-row')).toHaveCount(6);
  await expect(page.getByRole('status').filter({ hasText: 'Pasted into 3 rows' })).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');
  const after = await onDisk(datasetPath);
  expect(after.slice(3).map((o) => [o.entity, o.indicator, o.period])).toEqual([
    ['Thái Nguyên', 'GRDP', '2021'],
    ['Bắc Kạn', 'Dân số', '2022'],
    ['Hà Giang', 'FDI', '2023'],
  ]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(grid(page).locator('.ag-row')).toHaveCount(5);
  await expect.poll(async () => (await onDisk(datasetPath)).slice(3).map((o) => o.entity)).toEqual(['', '']);
});

test('a pasted block with one invalid cell: that cell refused with a summary, the rest kept, one undo', async ({ page, server, datasetPath }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const ids = await withRows(page, server, [
    { entity: 'A', indicator: 'GRDP', period: '2021' },
    { entity: 'B', indicator: 'GRDP', period: '2021' },
  ]);
  // As a spreadsheet puts it on the clipboard: tabs, CRLF, a trailing line break; "20x1" is no period.
  await page.evaluate(() => navigator.clipboard.writeText('Thái Nguyên\tGRDP\t2022\r\nHà Nội\tFDI\t20x1\r\n'));
  await cell(page, ids[1], 'indicator').click();
  await cell(page, ids[0], 'entity').click({ modifiers: ['Shift'] }); // the paste starts at the range's top-left cell
  await page.keyboard.press('Control+v');
  await expect(page.getByRole('alert')).toContainText('1 cell was refused (row 2, Period');
  const rows = async () => (await onDisk(datasetPath)).map((o) => [o.entity, o.indicator, o.period]);
  await expect.poll(rows).toEqual([
    ['Thái Nguyên', 'GRDP', '2022'],
    ['Hà Nội', 'FDI', '2021'],
  ]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(rows).toEqual([
    ['A', 'GRDP', '2021'],
    ['B', 'GRDP', '2021'],
  ]);
});

test('Ctrl+D fills the range’s first row down, in one undo step', async ({ page, server, datasetPath }) => {
  const ids = await withRows(page, server, [
    { entity: 'Thái Nguyên', indicator: 'GRDP', period: '2021' },
    { entity: 'Bắc Kạn', indicator: 'FDI', period: '2020' },
    { entity: 'Hà Giang', indicator: 'FDI', period: '2019' },
  ]);
  await cell(page, ids[0], 'period').click();
  await cell(page, ids[2], 'period').click({ modifiers: ['Shift'] });
  await expect(grid(page).locator('.cell-in-range')).toHaveCount(3);
  await page.keyboard.press('Control+d');
  await expect(page.getByRole('status').filter({ hasText: 'Filled 2 rows' })).toBeVisible();
  await expect.poll(async () => (await onDisk(datasetPath)).map((o) => o.period)).toEqual(['2021', '2021', '2021']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await onDisk(datasetPath)).map((o) => o.period)).toEqual(['2021', '2020', '2019']);
});
