import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'sample' });

type Obs = { id: string; entity: string; indicator: string; period: string; value: number | null; stated: string; note: string };

const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });
/** The cell of one observation (row id = observation id) in one column. */
const cell = (page: Page, rowId: string, colId: string): Locator => grid(page).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });

async function observations(datasetPath: string): Promise<Obs[]> {
  return ((await readDatasetJson(datasetPath)) as { observations: Obs[] }).observations;
}

/**
 * The rows the grid has rendered, in row-index order; empty while two rendered rows still claim one index (the grid
 * moving rows after a sort).
 */
async function renderedRows(page: Page): Promise<{ id: string; indicator: string }[]> {
  const rows = await grid(page)
    .locator('.ag-row')
    .evaluateAll((els) =>
      els.map((r) => ({
        index: Number(r.getAttribute('row-index')),
        id: r.getAttribute('row-id') ?? '',
        indicator: r.querySelector('.ag-cell[col-id="indicator"]')?.textContent ?? '',
      })),
    );
  const byIndex = new Map<number, { id: string; indicator: string }>();
  for (const { index, id, indicator } of rows) {
    if (byIndex.has(index) && byIndex.get(index)!.id !== id) return [];
    byIndex.set(index, { id, indicator });
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
}

/** Edits one cell from the keyboard as a spreadsheet user would: focus, Enter, replace the text, Enter. */
async function typeInto(page: Page, target: Locator, text: string) {
  await target.click();
  await page.keyboard.press('Enter');
  const editor = grid(page).locator('.ag-cell-inline-editing input');
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

test('an edited cell is saved to disk and still there after a reload', async ({ page, datasetPath }) => {
  const [first] = await observations(datasetPath);
  await expect(grid(page)).toBeVisible();
  const onDisk = async () => (await observations(datasetPath)).find((o) => o.id === first.id)!;
  await typeInto(page, cell(page, first.id, 'note'), 'checked against the print edition');
  await expect(saveState(page)).toHaveText('Saved');
  expect((await onDisk()).note).toBe('checked against the print edition');

  await typeInto(page, cell(page, first.id, 'value'), '6,6');
  await expect(cell(page, first.id, 'value')).toHaveText('6.6');
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await onDisk()).value).toBe(6.6);
  expect((await onDisk()).note).toBe('checked against the print edition'); // editing one field leaves the others alone

  await page.reload();
  await expect(cell(page, first.id, 'note')).toHaveText('checked against the print edition');
  await expect(cell(page, first.id, 'value')).toHaveText('6.6');
});

test('an invalid edit is refused on the spot with a message, and nothing is written', async ({ page, datasetPath }) => {
  const [first, second] = await observations(datasetPath);
  const file = join(datasetPath, 'dataset.json');
  const before = await readFile(file);
  await expect(grid(page)).toBeVisible();

  const valueCell = cell(page, first.id, 'value');
  const shownValue = await valueCell.textContent();
  await typeInto(page, valueCell, 'abc');
  await expect(page.getByRole('alert')).toContainText('Value "abc" is not a number');
  await expect(valueCell).toHaveClass(/cell-invalid/);
  await expect(valueCell).toHaveText(shownValue ?? '');

  const periodCell = cell(page, second.id, 'period');
  await typeInto(page, periodCell, '2021-13');
  await expect(page.getByRole('alert')).toContainText('Period "2021-13"');
  await expect(periodCell).toHaveClass(/cell-invalid/);
  await expect(periodCell).toHaveText(second.period);

  await expect(saveState(page)).not.toHaveText(/Saving|Saved/);
  expect((await readFile(file)).equals(before)).toBe(true);
});

test('quick search ignores Vietnamese diacritics', async ({ page, datasetPath }) => {
  const all = await observations(datasetPath);
  const search = page.getByRole('searchbox', { name: 'Search observations' });
  await expect(grid(page)).toBeVisible();

  await search.fill('thai nguyen');
  const thaiNguyen = all.find((o) => o.entity === 'Thái Nguyên')!;
  await expect(cell(page, thaiNguyen.id, 'entity')).toHaveText('Thái Nguyên');

  await search.fill('dong');
  const dong = all.find((o) => o.stated.includes('đồng'))!;
  await expect(cell(page, dong.id, 'stated')).toBeVisible();

  await search.fill('zzqx nothing like this');
  await expect(page.locator('.status-line')).toContainText('0 shown');
  await expect(grid(page).locator('.ag-row')).toHaveCount(0);

  await search.fill('');
  await expect(page.locator('.status-line')).not.toContainText('shown');
});

test('a row is added, deleted after confirming, and the deletion is undone', async ({ page, datasetPath }) => {
  const count = (await observations(datasetPath)).length;
  const status = page.locator('.status-line');
  await expect(status).toContainText(`${count} observations`);

  await page.getByRole('button', { name: '+ Add row' }).click();
  const editor = grid(page).locator('.ag-cell-inline-editing input');
  await expect(editor).toBeFocused();
  await editor.fill('Hà Nội');
  await page.keyboard.press('Enter');
  await expect(status).toContainText(`${count + 1} observations`);
  await expect(grid(page).locator('.ag-cell[col-id="entity"]', { hasText: 'Hà Nội' })).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');
  await expect.poll(async () => (await observations(datasetPath)).some((o) => o.entity === 'Hà Nội')).toBe(true);
  const added = (await observations(datasetPath)).find((o) => o.entity === 'Hà Nội');

  // The new row keeps the keyboard focus after its first edit.
  await expect(cell(page, added!.id, 'entity')).toHaveClass(/ag-cell-focus/);
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete observation' });
  await expect(dialog).toContainText('Hà Nội');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText(`${count + 1} observations`);

  await page.keyboard.press('Delete');
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(status).toContainText(`${count} observations`);
  await expect(grid(page).locator(`.ag-row[row-id="${added!.id}"]`)).toHaveCount(0);
  expect((await observations(datasetPath)).some((o) => o.id === added!.id)).toBe(false);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status).toContainText(`${count + 1} observations`);
  await expect(cell(page, added!.id, 'entity')).toHaveText('Hà Nội');
  expect((await observations(datasetPath)).some((o) => o.id === added!.id)).toBe(true);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(status).toContainText(`${count} observations`);
});

test('typing starts editing, Escape cancels, and names complete without diacritics', async ({ page, datasetPath }) => {
  const [first, second] = await observations(datasetPath);
  const file = join(datasetPath, 'dataset.json');
  const before = await readFile(file);

  await cell(page, first.id, 'note').click();
  await page.keyboard.type('draft words');
  await expect(grid(page).locator('.ag-cell-inline-editing input')).toHaveValue('draft words');
  await page.keyboard.press('Escape');
  await expect(cell(page, first.id, 'note')).toHaveText(first.note);
  expect((await readFile(file)).equals(before)).toBe(true);

  await cell(page, second.id, 'entity').click();
  await page.keyboard.type('thai ng');
  const suggestions = page.getByRole('listbox', { name: 'Entity suggestions' });
  await expect(suggestions.getByRole('option', { name: second.entity })).toBeVisible();
  await suggestions.getByRole('option', { name: second.entity }).click();
  await expect(cell(page, second.id, 'entity')).toHaveText(second.entity);
});

test('an undone deletion brings the row back in its place, unsorted and sorted', async ({ page, datasetPath }) => {
  const all = await observations(datasetPath);
  const status = page.locator('.status-line');
  const deleteAndUndo = async (id: string) => {
    // While rows move after a sort the grid can keep a row's old element for its animation; clicking that one
    // scrolls the grid to where it is going away. Click only once the row has a single element.
    await expect(grid(page).locator(`.ag-row[row-id="${id}"]`)).toHaveCount(1);
    await cell(page, id, 'entity').click();
    await page.keyboard.press('Delete');
    await page.getByRole('dialog', { name: 'Delete observation' }).getByRole('button', { name: 'Delete' }).click();
    await expect(status).toContainText(`${all.length - 1} observations`);
    await expect(grid(page).locator(`.ag-row[row-id="${id}"]`)).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(status).toContainText(`${all.length} observations`);
  };
  await expect(status).toContainText(`${all.length} observations`);

  // No sort: the grid shows the dataset's order; the third row comes back third.
  const third = all[2];
  await expect(grid(page).locator(`.ag-row[row-id="${third.id}"]`).first()).toHaveAttribute('row-index', '2');
  await deleteAndUndo(third.id);
  await expect(grid(page).locator(`.ag-row[row-id="${third.id}"]`).first()).toHaveAttribute('row-index', '2');
  await expect(grid(page).locator('.ag-row[row-index="3"]').first()).toHaveAttribute('row-id', all[3].id);

  // Sorted by indicator (descending): the row comes back where the sort puts it.
  const header = grid(page).locator('.ag-header-cell[col-id="indicator"]');
  await header.click();
  await header.click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  // aria-sort changes before the rows move: wait until the rendered rows show the sorted order, or the row read
  // at index 3 may be the one that was there before the sort (and is then scrolled out of the DOM).
  const byIndicatorDesc = all.map((o) => o.indicator).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const sortShown = async () => {
    const shown = (await renderedRows(page)).map((r) => r.indicator);
    return shown.length > 3 && shown.every((indicator, i) => indicator === byIndicatorDesc[i]);
  };
  await expect.poll(sortShown, { message: 'the rendered rows are in descending indicator order' }).toBe(true);
  const fourth = (await renderedRows(page))[3].id;
  await deleteAndUndo(fourth);
  await expect(grid(page).locator(`.ag-row[row-id="${fourth}"]`).first()).toHaveAttribute('row-index', '3');
});
