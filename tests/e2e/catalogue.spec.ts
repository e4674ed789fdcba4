import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from '../../electron/web/server';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'empty' });

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'catalogue-e2e');
const ARTICLES = [
  { file: 'bac-ninh-2023-baobacninh.html', title: 'Kinh tế Bắc Ninh năm 2023 phục hồi rõ nét' },
  { file: 'bac-ninh-2023-vneconomy.html', title: 'Bắc Ninh giữ vững vị thế trung tâm công nghiệp' },
];

type Obs = { id: string; entity: string; indicator: string; period: string; value: number | null; unit: string; qualifier: string; stated: string };
type Rec = { id: string; name: string; unit?: string; aliases: string[] };
type Doc = { observations: Obs[]; entities: Rec[]; indicators: Rec[] };

const reader = (page: Page) => page.getByRole('region', { name: 'Reader' });
const articleText = (page: Page) => reader(page).getByRole('document', { name: 'Article text' });
const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });
const counter = (page: Page) => reader(page).locator('.reader-counter');

async function openCatalogue(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Catalogue', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Catalogue' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Imports a catalogue JSON through the panel's file input, as a curator would. */
async function importCatalogue(page: Page, json: string): Promise<void> {
  const dialog = await openCatalogue(page);
  await dialog.getByLabel('Catalogue file to import').setInputFiles({ name: 'catalogue.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await expect(dialog.getByRole('status')).toContainText('Imported catalogue.json: 6 added, 0 updated.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}

async function importArticle(page: Page, article: { file: string; title: string }): Promise<void> {
  await page.getByRole('button', { name: 'Import article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByLabel('Article file (.txt, .md, .html)').setInputFiles(join(DIR, article.file));
  await expect(dialog.getByLabel('Title')).toHaveValue(article.title);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(reader(page).getByRole('combobox', { name: 'Source' }).locator('option:checked')).toHaveText(article.title);
}

/** Walks the article's suggestions with Enter alone, from the article text, until none is left. */
async function walkWithEnter(page: Page, expected: number): Promise<void> {
  await expect(counter(page)).toHaveText(`1 of ${expected}`);
  await articleText(page).focus();
  for (let left = expected; left > 0; left--) {
    await expect(counter(page)).toHaveText(`1 of ${left}`);
    await page.keyboard.press('Enter');
  }
  await expect(counter(page)).toHaveText('none left');
  // The keyboard never left the reader.
  await expect(articleText(page)).toBeFocused();
}

test('two articles walked with Enter alone become complete observations in the groups a curator would make', async ({ page, datasetPath, consoleErrors }) => {
  await importCatalogue(page, await readFile(join(DIR, 'catalogue.json'), 'utf8'));
  for (const a of ARTICLES) {
    await importArticle(page, a);
    // Each suggestion shows the keys it will give its row before it is accepted.
    await expect(reader(page).getByLabel('Current suggestion')).toHaveText('Bắc Ninh · GRDP growth · 2023');
    await walkWithEnter(page, 4);
  }

  // On disk: eight complete observations, the keys from the catalogue, the figures as the sources wrote them.
  const doc = (await readDatasetJson(datasetPath)) as Doc;
  const rows = doc.observations.map((o) => [o.entity, o.indicator, o.period, o.stated].join(' | ')).sort();
  expect(rows).toEqual(
    [
      'Bắc Ninh | Budget revenue | 2023 | 37.500 tỷ đồng',
      'Bắc Ninh | Budget revenue | 2023 | hơn 37.500 tỷ đồng',
      'Bắc Ninh | Export value | 2023 | 47,6 tỷ USD',
      'Bắc Ninh | Export value | 2023 | ước đạt 47,6 tỷ USD',
      'Bắc Ninh | FDI registered capital | 2023 | gần 4,7 tỷ USD',
      'Bắc Ninh | FDI registered capital | 2023 | trên 4,6 tỷ USD',
      'Bắc Ninh | GRDP growth | 2023 | 4,36%',
      'Bắc Ninh | GRDP growth | 2023 | 4,4%',
    ].sort(),
  );

  // In the grid: four groups of two, as a curator would file them; none left out, no row flagged.
  const status = (indicator: string) => grid(page).locator('.ag-row').filter({ hasText: indicator }).locator('[col-id="groupStatus"]');
  await expect(status('GRDP growth')).toHaveText(['≈compatible', '≈compatible']);
  await expect(status('Export value')).toHaveText(['=agree', '=agree']);
  await expect(status('FDI registered capital')).toHaveText(['≈compatible', '≈compatible']);
  await expect(status('Budget revenue')).toHaveText(['=agree', '=agree']);
  await expect(grid(page).getByText(/not grouped/)).toHaveCount(0);
  await expect(grid(page).locator('.cell-flagged')).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the Catalogue panel adds, filters, renames in one undo step, merges and deletes', async ({ page, datasetPath, server }) => {
  const made = await server.dispatch('catalogue-save-indicator', { name: 'Export value', unit: 'USD', aliases: ['kim ngạch xuất khẩu'] });
  expect(made.ok).toBe(true);
  const obs = await server.dispatch('observations-create', {
    fields: { entity: 'Bắc Ninh', indicator: 'Export value', period: '2023', stated: '47,6 tỷ USD', value: 47.6e9, unit: 'USD' },
  });
  if (!obs.ok) throw new Error(obs.error.message);
  const rowId = (obs.data as { observation: { id: string } }).observation.id;
  await page.reload();
  const indicatorCell = grid(page).locator(`.ag-row[row-id="${rowId}"] [col-id="indicator"]`);
  await expect(indicatorCell).toHaveText('Export value');
  // The entity is not in the catalogue yet: allowed, and offered for adding.
  await indicatorCell.click();
  await page.getByRole('button', { name: 'Add entity “Bắc Ninh” to catalogue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added the entity “Bắc Ninh” to the catalogue.' })).toBeVisible();

  const dialog = await openCatalogue(page);
  const indicators = dialog.getByRole('table', { name: 'Indicators list' });
  const entities = dialog.getByRole('table', { name: 'Entities list' });
  await expect(entities.getByRole('rowheader')).toHaveText(['Bắc Ninh']);

  // Add an indicator with an alias, from the keyboard.
  await dialog.getByRole('button', { name: 'Add indicator' }).click();
  const form = dialog.getByRole('form', { name: 'New indicator' });
  await form.getByLabel('Name').fill('Exports');
  await form.getByLabel('Unit').fill('USD');
  await form.getByLabel('New alias').fill('giá trị xuất khẩu');
  await form.getByLabel('New alias').press('Enter');
  await expect(form.getByRole('list', { name: 'Aliases' })).toContainText('giá trị xuất khẩu');
  await form.getByRole('button', { name: 'Add indicator' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Added indicator “Exports”.');
  await expect(indicators.getByRole('rowheader')).toHaveText(['Export value', 'Exports']);

  // The filter ignores diacritics and looks in aliases.
  await dialog.getByLabel('Filter catalogue').fill('gia tri xuat');
  await expect(indicators.getByRole('rowheader')).toHaveText(['Exports']);
  await dialog.getByLabel('Filter catalogue').fill('');

  // Rename: the observation follows, and one Undo takes both back.
  await dialog.getByRole('button', { name: 'Edit Export value' }).click();
  const edit = dialog.getByRole('form', { name: 'Edit indicator Export value' });
  await edit.getByLabel('Name').fill('Export turnover');
  await edit.getByRole('button', { name: 'Remove alias kim ngạch xuất khẩu' }).click();
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Saved indicator “Export turnover”.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(indicatorCell).toHaveText('Export turnover');
  let doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.observations[0].indicator).toBe('Export turnover');
  expect(doc.indicators.find((i) => i.name === 'Export turnover')?.aliases).toEqual([]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(indicatorCell).toHaveText('Export value');
  doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.observations[0].indicator).toBe('Export value');
  expect(doc.indicators.map((i) => [i.name, i.aliases])).toEqual([
    ['Export value', ['kim ngạch xuất khẩu']],
    ['Exports', ['giá trị xuất khẩu']],
  ]);

  // Merge "Exports" into "Export value": its name and aliases join the one kept.
  const again = await openCatalogue(page);
  await again.getByRole('button', { name: 'Merge Exports into…' }).click();
  await again.getByLabel('Merge into').selectOption({ label: 'Export value' });
  await again.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(again.getByRole('status')).toHaveText('Merged “Exports” into “Export value”.');
  await expect(indicators.getByRole('rowheader')).toHaveText(['Export value']);
  await expect(indicators.getByRole('row').filter({ hasText: 'Export value' })).toContainText('giá trị xuất khẩu');

  // Delete asks first; the observation keeps its name.
  await again.getByRole('button', { name: 'Delete Bắc Ninh' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete entity' });
  await expect(confirm).toContainText('1 observation keep the name');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(again.getByRole('status')).toHaveText('Deleted “Bắc Ninh”.');
  await expect(again.getByText('No entities yet.')).toBeVisible();
  doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.entities).toEqual([]);
  expect(doc.indicators.map((i) => i.name)).toEqual(['Export value']);
  expect(doc.observations[0].entity).toBe('Bắc Ninh');
});

test('a catalogue file with an alias claimed twice is refused with the entry named, and nothing changes', async ({ page, datasetPath }) => {
  const dialog = await openCatalogue(page);
  const bad = { indicators: [{ name: 'Export value', unit: 'USD', aliases: ['xuất khẩu'] }, { name: 'Exports', unit: 'USD', aliases: ['Xuat khau'] }] };
  await dialog.getByLabel('Catalogue file to import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('Not imported, nothing changed');
  await expect(alert).toContainText(/xuất khẩu|Xuat khau/);
  const doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.indicators).toEqual([]);
});

test('grid cells complete from the catalogue, an alias completing to its name; a misfit unit is marked on the row', async ({ page, server }) => {
  for (const [name, unit, aliases] of [['Export value', 'USD', ['kim ngạch xuất khẩu']], ['Budget revenue', 'VND', ['thu ngân sách']]] as const) {
    const r = await server.dispatch('catalogue-save-indicator', { name, unit, aliases: [...aliases] });
    expect(r.ok).toBe(true);
  }
  const obs = await server.dispatch('observations-create', { fields: { entity: 'Bắc Ninh', period: '2023' } });
  if (!obs.ok) throw new Error(obs.error.message);
  const rowId = (obs.data as { observation: { id: string } }).observation.id;
  await page.reload();
  const cell = (col: string) => grid(page).locator(`.ag-row[row-id="${rowId}"] [col-id="${col}"]`);
  await expect(cell('groupStatus')).toHaveText(/not grouped: needs indicator/);

  // "kim ngach" (no accents) finds the alias; taking it fills the record's name.
  await cell('indicator').click();
  await page.keyboard.type('kim ngach');
  const option = page.getByRole('listbox', { name: 'Indicator suggestions' }).getByRole('option');
  await expect(option).toHaveText(['Export value ← kim ngạch xuất khẩu']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(cell('indicator')).toHaveText('Export value');

  // Typing the words as written fills value, unit and qualifier; VND under a USD indicator is marked at once.
  await cell('stated').click();
  await page.keyboard.type('hơn 2.000 tỷ đồng');
  await page.keyboard.press('Enter');
  await expect(cell('value')).toHaveText(/^2\D000\D000\D000\D000$/);
  await expect(cell('unit')).toHaveText('VND');
  await expect(cell('qualifier')).toHaveText('over');
  await expect(cell('rowChecks')).toHaveText('unit misfit');
  await expect(cell('groupStatus')).toHaveText('•single');

  // A Value the Stated words cannot mean is marked too.
  await cell('indicator').click();
  await page.keyboard.type('Budget revenue');
  await page.keyboard.press('Enter');
  await expect(cell('rowChecks')).toHaveText('');
  await cell('value').click();
  await page.keyboard.type('-99');
  await page.keyboard.press('Enter');
  await expect(cell('rowChecks')).toHaveText('value ≠ stated');
});

test('the catalogue downloads as a JSON file with the records it holds, which imports back adding nothing', async ({ page }) => {
  const json = await readFile(join(DIR, 'catalogue.json'), 'utf8');
  await importCatalogue(page, json);
  const dialog = await openCatalogue(page);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export catalogue' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('E2E-dataset-catalogue.json');
  const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as { entities: Rec[]; indicators: Rec[] };
  await expect(dialog.getByRole('status')).toHaveText('Exported 2 entities and 4 indicators.');
  // The same records as the file that came in (the export sorts by name).
  const original = JSON.parse(json) as { entities: Rec[]; indicators: Rec[] };
  const names = (list: Rec[]) => list.map((r) => [r.name, r.unit ?? '', [...r.aliases].sort()]).sort();
  expect(names(saved.entities)).toEqual(names(original.entities));
  expect(names(saved.indicators)).toEqual(names(original.indicators));
  // Imported again, it changes nothing it did not have: every record is found and updated in place.
  await dialog.getByLabel('Catalogue file to import').setInputFiles({ name: 'again.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(dialog.getByRole('status')).toContainText('Imported again.json: 0 added');
});
