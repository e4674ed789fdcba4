import type { Locator, Page } from '@playwright/test';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'sample' });

type Obs = { id: string; entity: string; indicator: string; period: string; stated: string; status: string };
type Doc = { observations: Obs[]; resolutions: Array<{ id: string; value: number; decidedBy: string; rationale: string }>; meta: { tolerance: number } };

const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });
const statusCell = (page: Page, rowId: string): Locator => grid(page).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="groupStatus"]`);
const queue = (page: Page) => page.getByRole('list', { name: 'Review queue' });
const view = (page: Page, name: 'Observations' | 'Review' | 'History') => page.getByRole('navigation', { name: 'View' }).getByRole('button', { name });
const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });
/** Narrows the grid with its quick search, so the rows looked at are rendered (the grid virtualises rows). */
const search = (page: Page, text: string) => page.getByRole('searchbox', { name: 'Search observations' }).fill(text);

/** Opens a decided group from the folded "Resolved" list (the view itself moves on after each decision). */
async function openResolved(page: Page, name: RegExp) {
  const list = page.getByRole('list', { name: 'Resolved groups' });
  if (!(await list.isVisible())) await page.getByRole('navigation', { name: 'Groups' }).getByText(/^Resolved \(/).click();
  await list.getByRole('button', { name }).click();
}

/** The sample's observations of one group, found by indicator and period (ids are the sample's business). */
async function groupRows(datasetPath: string, indicator: string, period: string): Promise<Obs[]> {
  const doc = (await readDatasetJson(datasetPath)) as Doc;
  const rows = doc.observations.filter((o) => o.entity === 'Thái Nguyên' && o.indicator === indicator && o.period === period);
  expect(rows.length, `sample rows for ${indicator} ${period}`).toBeGreaterThan(1);
  return rows;
}

test('a conflict is resolved with a rationale, reopens when one of its figures is edited, and the edit is undone', async ({ page, datasetPath, consoleErrors }) => {
  expect(datasetPath).not.toBeNull();
  const exports = await groupRows(datasetPath!, 'Export value', '2021');
  const poverty = await groupRows(datasetPath!, 'Poor household rate', '2021');
  const low = poverty.find((o) => o.stated === '2,16%')!;
  const high = poverty.find((o) => o.stated === '2,17%')!;

  // The grid labels each row with its group's status: words, not colour only.
  await expect(grid(page)).toBeVisible();
  await search(page, 'export value 2021');
  for (const o of exports) await expect(statusCell(page, o.id)).toContainText('compatible');
  await search(page, 'poor household 2021');
  for (const o of poverty) await expect(statusCell(page, o.id)).toContainText('conflict');
  await expect(page.getByLabel('Open groups')).toContainText('1 conflict');

  // The conflict comes first in the queue.
  await view(page, 'Review').click();
  await expect(queue(page).getByRole('listitem').first()).toContainText('Thái Nguyên · Poor household rate · 2021');
  await expect(queue(page).getByRole('listitem').first()).toContainText('conflict');
  const detail = page.getByRole('region', { name: 'Group Thái Nguyên · Poor household rate · 2021' });
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('img', { name: /Interval chart/ })).toHaveAttribute('aria-label', /2,16%.*2,17%|2,17%.*2,16%/);

  // Accept 2,17%: the button says why it cannot resolve until a rationale is written.
  await detail.getByRole('article', { name: /2,17%/ }).getByRole('button', { name: 'Accept this value' }).click();
  const resolve = detail.getByRole('button', { name: /^Resolve/ });
  await expect(resolve).toBeDisabled();
  await expect(detail).toContainText('Write a rationale: it is required because the group is conflict');
  await detail.getByLabel(/Rationale/).fill('The 2022 article gives the statistics office’s final 2021 rate.');
  await expect(resolve).toBeEnabled();
  await resolve.click();

  // First resolution: the reviewer's name is asked once.
  const ask = page.getByRole('dialog', { name: 'Your name as reviewer' });
  await expect(ask).toBeVisible();
  await ask.getByLabel('Name').fill('Lan Test');
  await ask.getByRole('button', { name: 'Save and resolve' }).click();
  await expect(ask).toBeHidden();

  // The view moves on to the next open group (changed behaviour, issue 11); the decided one leaves the queue and,
  // opened from the resolved list, shows who decided.
  await expect(page.getByRole('region', { name: 'Group Thái Nguyên · Export value · 2021' })).toBeVisible();
  await openResolved(page, /Poor household rate · 2021/);
  await expect(detail.getByRole('status')).toContainText('Resolved by Lan Test');
  await expect(detail.getByRole('status')).toContainText('2.17 %');
  await expect(queue(page)).not.toContainText('Poor household rate');
  await expect(saveState(page)).toHaveText('Saved');
  let doc = (await readDatasetJson(datasetPath!)) as Doc;
  expect(doc.resolutions).toHaveLength(1);
  expect(doc.resolutions[0]).toMatchObject({ value: 2.17, decidedBy: 'Lan Test' });
  expect(doc.observations.find((o) => o.id === high.id)?.status).toBe('preferred');

  // Editing one of its figures in the grid reopens the group.
  await view(page, 'Observations').click();
  await search(page, 'poor household 2021');
  await expect(statusCell(page, low.id)).toContainText('resolved');
  const valueCell = grid(page).locator(`.ag-row[row-id="${low.id}"] .ag-cell[col-id="value"]`);
  await valueCell.click();
  await page.keyboard.press('Enter');
  const editor = grid(page).locator('.ag-cell-inline-editing input');
  await expect(editor).toBeFocused();
  await editor.fill('2.15');
  await page.keyboard.press('Enter');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(statusCell(page, low.id)).toContainText('stale');
  await expect(statusCell(page, high.id)).toContainText('stale');

  // Back in the queue, with the old decision visible.
  await view(page, 'Review').click();
  await expect(queue(page).getByRole('listitem').first()).toContainText('Poor household rate');
  await queue(page).getByRole('button', { name: /Poor household rate/ }).click();
  await expect(detail.getByRole('note')).toContainText('Previously resolved by Lan Test');
  await expect(detail.getByRole('note')).toContainText('the group has changed since');

  // Undo the edit (Ctrl+Z outside text fields): resolved again, out of the queue.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(detail.getByRole('status')).toContainText('Resolved by Lan Test');
  await expect(queue(page)).not.toContainText('Poor household rate');
  doc = (await readDatasetJson(datasetPath!)) as Doc;
  expect(doc.observations.find((o) => o.id === low.id)).toMatchObject({ stated: '2,16%' });

  // The history lists the decision and the undone edit, newest first.
  await view(page, 'History').click();
  const entries = page.getByRole('list', { name: 'History entries' }).getByRole('listitem').filter({ has: page.locator('time') });
  await expect(entries.first()).toContainText('undo');
  await expect(page.getByRole('list', { name: 'History entries' })).toContainText('Resolve Thái Nguyên · Poor household rate · 2021');
  await expect(page.getByRole('button', { name: /^Redo: / })).toBeEnabled();
  expect(consoleErrors).toEqual([]);
});

test('the keyboard walks the queue and resolves; the tolerance changes statuses live; a decision can be reopened', async ({ page, datasetPath, consoleErrors }) => {
  await expect(grid(page)).toBeVisible();
  await view(page, 'Review').click();
  const items = queue(page).getByRole('listitem');
  const count = await items.count();
  expect(count).toBeGreaterThan(1);
  await expect(items.nth(0).getByRole('button')).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('j');
  await expect(items.nth(1).getByRole('button')).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('k');
  await expect(items.nth(0).getByRole('button')).toHaveAttribute('aria-current', 'true');
  await page.getByRole('button', { name: 'Next group' }).click();
  await expect(items.nth(1).getByRole('button')).toHaveAttribute('aria-current', 'true');

  // Export value 2021 is compatible: choose the first figure with "1", write why, Ctrl+Enter.
  await queue(page).getByRole('button', { name: /Export value · 2021/ }).click();
  const detail = page.getByRole('region', { name: 'Group Thái Nguyên · Export value · 2021' });
  await expect(detail).toContainText('compatible');
  await page.keyboard.press('2');
  await expect(detail.getByRole('article').nth(1).getByRole('button', { name: 'Accept this value' })).toHaveAttribute('aria-pressed', 'true');
  await detail.getByRole('checkbox', { name: 'Deprecate' }).first().check();
  await detail.getByLabel('Reason').selectOption('rounded');
  const rationale = detail.getByLabel(/Rationale/);
  await rationale.fill('Both agree within rounding; the later article is more precise.');
  await rationale.press('Control+Enter');
  const ask = page.getByRole('dialog', { name: 'Your name as reviewer' });
  await ask.getByLabel('Name').fill('Minh');
  await ask.getByLabel('Name').press('Enter');
  // On to the next open group; the decision is in the resolved list.
  await expect(page.getByRole('region', { name: 'Group Thái Nguyên · Industrial production value · 2021' })).toBeVisible();
  await openResolved(page, /Export value · 2021/);
  await expect(detail.getByRole('status')).toContainText('Resolved by Minh');
  await expect(queue(page)).not.toContainText('Export value · 2021');
  const doc = (await readDatasetJson(datasetPath!)) as Omit<Doc, 'observations'> & { observations: Array<Obs & { deprecation: { reason: string } | null }> };
  const deprecated = doc.observations.filter((o) => o.indicator === 'Export value' && o.period === '2021' && o.status === 'deprecated');
  expect(deprecated).toHaveLength(1);
  expect(deprecated[0].deprecation?.reason).toBe('rounded');

  // Reopen puts it back in the queue.
  await detail.getByRole('button', { name: 'Reopen' }).click();
  await expect(queue(page)).toContainText('Export value · 2021');

  // Tolerance 0: "hơn 840 nghìn tỷ" ([839.5, 840.5) × 10¹²) no longer reaches 844 nghìn tỷ: a second conflict.
  await expect(queue(page).getByRole('button', { name: /Industrial production value · 2021/ })).toContainText('compatible');
  const tolerance = page.getByLabel('Tolerance (%)');
  await expect(tolerance).toHaveValue('5');
  await tolerance.fill('0');
  await tolerance.press('Enter');
  await expect(queue(page).getByRole('button', { name: /Industrial production value · 2021/ })).toContainText('conflict');
  await expect(page.getByLabel('Open groups')).toContainText('2 conflict');
  expect(((await readDatasetJson(datasetPath!)) as Doc).meta.tolerance).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('the review state is set to verified in the grid; quick search finds rows by group status', async ({ page, datasetPath }) => {
  const [poorLow] = (await groupRows(datasetPath!, 'Poor household rate', '2021')).filter((o) => o.status === 'draft');
  await expect(grid(page)).toBeVisible();
  await search(page, 'poor household 2021');
  const cell = grid(page).locator(`.ag-row[row-id="${poorLow.id}"] .ag-cell[col-id="status"]`);
  await cell.click();
  await page.keyboard.press('Enter');
  await page.getByRole('listbox').getByRole('option', { name: 'verified' }).click();
  await expect(cell).toHaveText('verified');
  await expect(saveState(page)).toHaveText('Saved');
  expect(((await readDatasetJson(datasetPath!)) as Doc).observations.find((o) => o.id === poorLow.id)?.status).toBe('verified');

  // Marking a figure verified is not a claim: the group keeps its status.
  await expect(statusCell(page, poorLow.id)).toContainText('conflict');
  await search(page, 'conflict');
  await expect(page.locator('.status-line')).toContainText('2 shown');

  // An edit that makes the group agree takes both rows out of the search, the edited one and the untouched one
  // (whose searchable text the grid had cached with the old status).
  const rows = await groupRows(datasetPath!, 'Poor household rate', '2021');
  expect(rows, 'the sample poverty group has two rows').toHaveLength(2);
  const edited = rows.find((o) => o.id !== poorLow.id)!;
  const sameValue = String((poorLow as Obs & { value: number }).value);
  const valueCell = grid(page).locator(`.ag-row[row-id="${edited.id}"] .ag-cell[col-id="value"]`);
  await valueCell.click();
  await page.keyboard.press('Enter');
  const editor = grid(page).locator('.ag-cell-inline-editing input');
  await expect(editor).toBeFocused();
  await editor.fill(sameValue);
  await page.keyboard.press('Enter');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(page.locator('.status-line')).toContainText('0 shown');
  await search(page, 'poor household 2021');
  await expect(statusCell(page, poorLow.id)).toContainText('agree');
  await expect(statusCell(page, edited.id)).toContainText('agree');
});

test('the Group status cell opens its group in Review, by double-click or Enter, for queued and resolved groups', async ({ page, datasetPath, server }) => {
  const [exportRow] = await groupRows(datasetPath!, 'Export value', '2021');
  const [povertyRow] = await groupRows(datasetPath!, 'Poor household rate', '2021');
  await expect(grid(page)).toBeVisible();

  // A queued group, by double-click: the Review view opens on it (it is not the queue's first).
  await search(page, 'export value 2021');
  await statusCell(page, exportRow.id).dblclick();
  await expect(view(page, 'Review')).toHaveAttribute('aria-pressed', 'true');
  await expect(queue(page).getByRole('button', { name: /Export value · 2021/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: 'Group Thái Nguyên · Export value · 2021' })).toBeVisible();

  // A resolved group, from the keyboard: the folded "Resolved" list opens on it.
  const members = await groupRows(datasetPath!, 'Poor household rate', '2021');
  const settings = await server.dispatch('settings-update', { reviewerName: 'Kim' });
  expect(settings.ok).toBe(true);
  await view(page, 'Observations').click();
  await search(page, 'poor household 2021');
  await expect(statusCell(page, povertyRow.id)).toContainText('conflict');
  await view(page, 'Review').click();
  const detail = page.getByRole('region', { name: 'Group Thái Nguyên · Poor household rate · 2021' });
  await queue(page).getByRole('button', { name: /Poor household rate · 2021/ }).click();
  await detail.getByRole('article').first().getByRole('button', { name: 'Accept this value' }).click();
  await detail.getByLabel(/Rationale/).fill(`Checked against the ${members.length} sources.`);
  await detail.getByRole('button', { name: /^Resolve/ }).click();
  await expect(queue(page)).not.toContainText('Poor household rate');
  await view(page, 'Observations').click();
  await search(page, 'poor household 2021');
  await statusCell(page, povertyRow.id).click();
  await page.keyboard.press('Enter');
  await expect(view(page, 'Review')).toHaveAttribute('aria-pressed', 'true');
  const resolvedList = page.getByRole('list', { name: 'Resolved groups' });
  await expect(resolvedList).toBeVisible();
  await expect(resolvedList.getByRole('button', { name: /Poor household rate · 2021/ })).toHaveAttribute('aria-current', 'true');
  await expect(detail.getByRole('status')).toContainText('Resolved by Kim');
});
