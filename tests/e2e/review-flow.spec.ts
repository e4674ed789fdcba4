import type { Page } from '@playwright/test';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'sample' });

type Doc = {
  observations: Array<{ id: string; indicator: string; period: string; unit: string }>;
  resolutions: Array<{ id: string; group: { indicator: string }; rationale: string; decidedBy: string; status?: string; recheck?: boolean }>;
};

const queue = (page: Page) => page.getByRole('list', { name: 'Review queue' });
const view = (page: Page, name: 'Observations' | 'Review') => page.getByRole('navigation', { name: 'View' }).getByRole('button', { name });
const group = (page: Page, indicator: string) => page.getByRole('region', { name: `Group Thái Nguyên · ${indicator} · 2021` });
const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });

type Dispatch = (method: string, payload: unknown) => Promise<unknown>;

/** Adds figures to the sample through the backend (as another window would) and reloads the page on it. */
async function addFigures(page: Page, server: { dispatch: Dispatch }, indicator: string, figures: Array<[string, number, string, string]>) {
  // The page opens the dataset on load: wait for it before writing to it.
  await expect(page.getByRole('grid', { name: 'Observations' })).toBeVisible();
  for (const [stated, value, unit, qualifier] of figures) {
    const r = await server.dispatch('observations-create', {
      fields: { entity: 'Thái Nguyên', indicator, period: '2021', stated, value, unit, qualifier, sourceId: 'src-001' },
    });
    expect(r, `adding ${stated}`).toMatchObject({ ok: true });
  }
  await page.reload();
}

test('the conflict is explained in words, in the card and on the grid badge', async ({ page, consoleErrors }) => {
  const grid = page.getByRole('grid', { name: 'Observations' });
  await expect(grid).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search observations' }).fill('poor household 2021');
  const badge = grid.locator('.ag-cell[col-id="groupStatus"] .group-badge').first();
  await expect(badge).toHaveAccessibleDescription(/do not overlap: 2,155–2,165 % vs 2,165–2,175 %/);
  await expect(badge).toHaveAttribute('title', /Conflict: figures 1 and 2 do not overlap/);

  await view(page, 'Review').click();
  const why = group(page, 'Poor household rate').getByRole('region', { name: 'Why this status' });
  await expect(why).toContainText('Conflict: figures 1 and 2 do not overlap: 2,155–2,165 % vs 2,165–2,175 %.');
  await expect(why).toContainText('“2,16%”: 2,155 – 2,165 %');
  // The card's interval is written as a Vietnamese reader writes it, not "[29.5B, 30.29B)".
  await queue(page).getByRole('button', { name: /Export value · 2021/ }).click();
  await expect(group(page, 'Export value').getByRole('region', { name: 'Why this status' })).toContainText('overlap on 28,75–29,5 tỷ USD');
  await expect(group(page, 'Export value').getByRole('article').nth(1)).toContainText('28,75 – 30,29 tỷ USD');
  expect(consoleErrors).toEqual([]);
});

test('three compatible groups are resolved in one action, and the keyboard reaches the next conflict', async ({ page, server, datasetPath, consoleErrors }) => {
  // A third compatible group beside the sample's two (Export value, Industrial production value).
  await addFigures(page, server, 'Retail sales', [
    ['gần 100 nghìn tỷ đồng', 100e12, 'VND', 'nearly'],
    ['trên 99,8 nghìn tỷ đồng', 99.8e12, 'VND', 'over'],
  ]);
  await view(page, 'Review').click();
  const items = queue(page).getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.first()).toContainText('Poor household rate');

  // From here on, only the keyboard: focus follows the current group.
  await page.keyboard.press('j');
  await expect(group(page, 'Export value')).toBeVisible();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  const checks = queue(page).getByRole('checkbox');
  await expect(checks).toHaveCount(3);
  for (let i = 0; i < 3; i++) await expect(checks.nth(i)).toBeChecked();
  // Space takes the current group out of the selection and back in.
  await page.keyboard.press(' ');
  await expect(queue(page).getByRole('checkbox', { name: /Retail sales/ })).not.toBeChecked();
  await page.keyboard.press(' ');
  await expect(queue(page).getByRole('checkbox', { name: /Retail sales/ })).toBeChecked();

  await page.keyboard.press('r');
  await expect(page.getByLabel('Rationale for the selected groups')).toBeFocused();
  await page.keyboard.type('Rounding: the figures meet; the most precise wording is kept.');
  await page.keyboard.press('Control+Enter');

  // The reviewer's name is asked once, and typing goes straight into its field.
  const ask = page.getByRole('dialog', { name: 'Your name as reviewer' });
  await expect(ask).toBeVisible();
  await expect(ask.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Lan');
  await page.keyboard.press('Enter');

  // On to the next open group, the conflict, with focus there.
  await expect(group(page, 'Poor household rate')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Thái Nguyên · Poor household rate · 2021' })).toBeFocused();
  await expect(items).toHaveCount(1);
  await expect(saveState(page)).toHaveText('Saved');
  let doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.resolutions.map((r) => r.group.indicator).sort()).toEqual(['Export value', 'Industrial production value', 'Retail sales']);
  expect(new Set(doc.resolutions.map((r) => r.id)).size).toBe(3);
  for (const r of doc.resolutions) expect(r).toMatchObject({ rationale: 'Rounding: the figures meet; the most precise wording is kept.', decidedBy: 'Lan', status: 'compatible' });

  // One undo step takes back all three.
  await page.keyboard.press('Control+z');
  await expect(items).toHaveCount(4);
  await expect(saveState(page)).toHaveText('Saved');
  doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.resolutions).toHaveLength(0);
  expect(consoleErrors).toEqual([]);
});

test('Shift+click on a queue checkbox selects the compatible groups between', async ({ page, server }) => {
  await addFigures(page, server, 'Retail sales', [
    ['gần 100 nghìn tỷ đồng', 100e12, 'VND', 'nearly'],
    ['trên 99,8 nghìn tỷ đồng', 99.8e12, 'VND', 'over'],
  ]);
  await view(page, 'Review').click();
  const box = (name: RegExp) => queue(page).getByRole('checkbox', { name });
  await box(/Export value/).check();
  await box(/Retail sales/).click({ modifiers: ['Shift'] });
  await expect(box(/Industrial production value/)).toBeChecked();
  await expect(box(/Retail sales/)).toBeChecked();
  await expect(page.getByRole('button', { name: 'Resolve 3 selected groups' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await expect(queue(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('an incomparable group is fixed by changing a unit, never resolved as it is', async ({ page, server, datasetPath, consoleErrors }) => {
  await addFigures(page, server, 'Active FDI projects', [
    ['164 dự án', 164, 'project', 'exact'],
    ['168', 168, 'count', 'exact'],
  ]);
  await view(page, 'Review').click();
  await queue(page).getByRole('button', { name: /Active FDI projects/ }).click();
  const detail = group(page, 'Active FDI projects');
  await expect(detail.getByRole('region', { name: 'Why this status' })).toContainText('units differ: project vs count — fix the unit or the indicator');
  await expect(detail.getByRole('button', { name: /^Resolve/ })).toHaveCount(0);
  await expect(detail.getByRole('button', { name: 'Accept this value' })).toHaveCount(0);
  await expect(detail).toContainText("The units differ (project vs count): change a figure's unit so they agree, then resolve.");

  await detail.getByRole('article', { name: /Observation 2/ }).getByRole('button', { name: "Change this figure's unit to project" }).click();
  // The hidden conflict (164 vs 168 projects) shows, and can now be decided.
  await expect(detail.getByRole('region', { name: 'Why this status' })).toContainText('do not overlap: 163,5–164,5 project vs 167,5–168,5 project');
  await expect(detail.getByRole('button', { name: /^Resolve/ })).toBeVisible();
  await expect(saveState(page)).toHaveText('Saved');
  const doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.observations.filter((o) => o.indicator === 'Active FDI projects' && o.period === '2021').map((o) => o.unit)).toEqual(['project', 'project']);
  expect(consoleErrors).toEqual([]);
});

test('a tolerance change keeps decisions but marks those whose status it changes, and says how many', async ({ page, server, datasetPath, consoleErrors }) => {
  expect(await server.dispatch('settings-update', { reviewerName: 'Kim' })).toMatchObject({ ok: true });
  await page.reload();
  await view(page, 'Review').click();
  await queue(page).getByRole('button', { name: /Industrial production value/ }).click();
  const detail = group(page, 'Industrial production value');
  // The deprecation note stays inside its card.
  const card = detail.getByRole('article').first();
  await card.getByRole('checkbox', { name: 'Deprecate' }).check();
  const note = card.getByLabel('Note');
  const [cardBox, noteBox] = [await card.boundingBox(), await note.boundingBox()];
  expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width);
  await card.getByRole('checkbox', { name: 'Deprecate' }).uncheck();

  await page.getByRole('heading', { name: 'Thái Nguyên · Industrial production value · 2021' }).focus();
  await page.keyboard.press('2');
  await detail.getByLabel(/^Rationale/).fill('The later figure is exact.');
  await detail.getByLabel(/^Rationale/).press('Control+Enter');
  await expect(queue(page)).not.toContainText('Industrial production value');

  // At 0 % "hơn 840 nghìn tỷ" no longer reaches 844: the decision stands, marked for a second look.
  const tolerance = page.getByLabel('Tolerance (%)');
  await tolerance.fill('0');
  await tolerance.press('Enter');
  const count = page.getByRole('button', { name: "1 decision to look at again: the tolerance changed their group's status" });
  await expect(count).toBeVisible();
  await expect(queue(page)).not.toContainText('Industrial production value');
  await expect(saveState(page)).toHaveText('Saved');
  let doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.resolutions[0]).toMatchObject({ status: 'compatible', recheck: true, decidedBy: 'Kim' });

  await count.click();
  await expect(detail.getByRole('alert')).toContainText('the group is now conflict, it was compatible when decided');
  await detail.getByRole('button', { name: 'Keep this decision' }).click();
  await expect(count).toBeHidden();
  await expect(saveState(page)).toHaveText('Saved');
  doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.resolutions).toHaveLength(2);
  expect(doc.resolutions[1]).toMatchObject({ status: 'conflict', rationale: 'The later figure is exact.' });
  expect(doc.resolutions[1].recheck).toBeUndefined();
  expect(consoleErrors).toEqual([]);
});
