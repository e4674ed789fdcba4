import type { Locator, Page } from '@playwright/test';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'sample' });

type Obs = { id: string; note: string };

const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });
const cell = (page: Page, rowId: string, colId: string): Locator => grid(page).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });

async function typeInto(page: Page, target: Locator, text: string) {
  await target.click();
  await page.keyboard.press('Enter');
  const editor = grid(page).locator('.ag-cell-inline-editing input');
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await page.keyboard.press('Enter');
}

async function firstTwo(datasetPath: string): Promise<[Obs, Obs]> {
  const { observations } = (await readDatasetJson(datasetPath)) as { observations: Obs[] };
  return [observations[0], observations[1]];
}

/** A second tab on the same server (its own sessionStorage, so its own client id); `offline` blocks its push stream. */
async function secondTab(page: Page, url: string, opts: { offline?: boolean } = {}): Promise<Page> {
  const b = await page.context().newPage();
  if (opts.offline) await b.route('**/api/events', (route) => route.abort());
  await b.goto(url);
  await expect(grid(b)).toBeVisible();
  return b;
}

test('an edit in one tab appears in the other without a reload', async ({ page, url, datasetPath }) => {
  const [first] = await firstTwo(datasetPath);
  await expect(grid(page)).toBeVisible();
  const b = await secondTab(page, url);
  await typeInto(page, cell(page, first.id, 'note'), 'seen live in tab B');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(cell(b, first.id, 'note')).toHaveText('seen live in tab B');
  // And back: B's edit reaches A.
  await typeInto(b, cell(b, first.id, 'note'), 'B answers');
  await expect(saveState(b)).toHaveText('Saved');
  await expect(cell(page, first.id, 'note')).toHaveText('B answers');
  await b.close();
});

test('a stale edit is refused with a message and the tab shows the other tab’s value', async ({ page, url, datasetPath }) => {
  const [first] = await firstTwo(datasetPath);
  await expect(grid(page)).toBeVisible();
  // B hears nothing live (its push stream is blocked), so it edits an old version of the cell.
  const b = await secondTab(page, url, { offline: true });
  await typeInto(page, cell(page, first.id, 'note'), 'A was first');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(cell(b, first.id, 'note')).not.toHaveText('A was first');

  await typeInto(b, cell(b, first.id, 'note'), 'B overwrites');
  await expect(saveState(b)).toContainText(`Not saved: ${first.id} was changed in another window or tab ("Edit note of ${first.id}"`);
  await expect(cell(b, first.id, 'note')).toHaveText('A was first');
  expect((await firstTwo(datasetPath))[0].note).toBe('A was first');
  // The refreshed tab can edit again, and its edit goes through.
  await typeInto(b, cell(b, first.id, 'note'), 'B, having seen A');
  await expect(saveState(b)).toHaveText('Saved');
  await expect(cell(page, first.id, 'note')).toHaveText('B, having seen A');
  await b.close();
});

test('Undo in a tab undoes that tab’s own change, as its label says', async ({ page, url, datasetPath }) => {
  const [first, second] = await firstTwo(datasetPath);
  await expect(grid(page)).toBeVisible();
  const b = await secondTab(page, url);
  await typeInto(page, cell(page, first.id, 'note'), 'A edit');
  await expect(saveState(page)).toHaveText('Saved');
  await typeInto(b, cell(b, second.id, 'note'), 'B edit');
  await expect(saveState(b)).toHaveText('Saved');
  await expect(cell(page, second.id, 'note')).toHaveText('B edit');

  const undoA = page.getByRole('button', { name: 'Undo' });
  await expect(undoA).toHaveAttribute('title', `Undo: Edit note of ${first.id} (Ctrl+Z)`);
  await undoA.click();
  await expect(saveState(page)).toHaveText('Saved');
  await expect(cell(page, first.id, 'note')).toHaveText(first.note);
  await expect(cell(page, second.id, 'note')).toHaveText('B edit'); // B's change stays
  await expect(cell(b, first.id, 'note')).toHaveText(first.note); // and B sees A's undo live
  await expect(b.getByRole('button', { name: 'Undo' })).toHaveAttribute('title', `Undo: Edit note of ${second.id} (Ctrl+Z)`);
  await b.close();
});

test('Undo is shown as unavailable, saying why, once another tab changed the same record', async ({ page, url, datasetPath }) => {
  const [first] = await firstTwo(datasetPath);
  await expect(grid(page)).toBeVisible();
  const b = await secondTab(page, url);
  await typeInto(page, cell(page, first.id, 'note'), 'A edit');
  await expect(saveState(page)).toHaveText('Saved');
  const undoA = page.getByRole('button', { name: 'Undo' });
  await expect(undoA).toHaveAttribute('title', `Undo: Edit note of ${first.id} (Ctrl+Z)`);
  await expect(cell(b, first.id, 'note')).toHaveText('A edit');
  await typeInto(b, cell(b, first.id, 'note'), 'B builds on it');
  await expect(saveState(b)).toHaveText('Saved');
  await expect(undoA).toHaveAttribute('title', `Undo: Edit note of ${first.id} (${first.id} was changed since in another window or tab) (Ctrl+Z)`);
  await expect(undoA).toBeDisabled();
  await b.close();
});

test('a tab whose dataset another client replaced follows, saying so', async ({ page, server, datasetPath }) => {
  const [first] = await firstTwo(datasetPath);
  await expect(cell(page, first.id, 'note')).toBeVisible();
  // Another client (here the server's own caller) opens a new dataset: the backend has one open, and the tab learns it live.
  const y = await server.dispatch('datasets-create', { name: 'Dataset Y' });
  if (!y.ok) throw new Error(y.error.message);
  await expect(page.getByRole('alert').filter({ hasText: 'Another window or tab opened "Dataset Y"; this one shows it now.' })).toBeVisible();
  await expect(grid(page).locator('.ag-row')).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss notice' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Dataset Y' })).toHaveCount(0);
});

test('a duplicated tab (its sessionStorage copied, client id included) takes an id of its own', async ({ page, url }) => {
  await expect(page.getByRole('heading').first()).toBeVisible();
  const idA = await page.evaluate(() => sessionStorage.getItem('tally.client'));
  expect(idA).toMatch(/^tab-/);
  const b = await page.context().newPage();
  await b.addInitScript((id) => sessionStorage.setItem('tally.client', id), idA!);
  await b.goto(url);
  await expect.poll(() => b.evaluate(() => sessionStorage.getItem('tally.client'))).not.toBe(idA);
  expect(await page.evaluate(() => sessionStorage.getItem('tally.client'))).toBe(idA);
  await b.close();
});
