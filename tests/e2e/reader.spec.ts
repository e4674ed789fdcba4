import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from '../../electron/web/server';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'empty' });

const ARTICLE = join(REPO_ROOT, 'tests', 'fixtures', 'articles', 'thai-nguyen-2021.html');
const TITLE = 'Thái Nguyên: Kinh tế năm 2021 tăng trưởng 6,51%';
const EXPORT_QUOTE = 'Kim ngạch xuất khẩu cả năm đạt gần 29 tỷ USD, đứng thứ 3 cả nước sau TP Hồ Chí Minh và Bắc Ninh.';

type Quote = { exact: string; start: number; end: number; prefix: string; suffix: string };
type Obs = { id: string; value: number | null; unit: string; qualifier: string; stated: string; period: string; status: string; sourceId: string; quote: Quote | null };
type Src = { id: string; title: string; url: string; published: string; language: string; versions: Array<{ file: string }> };
type Doc = { observations: Obs[]; sources: Src[] };

const reader = (page: Page) => page.getByRole('region', { name: 'Reader' });
const articleText = (page: Page) => reader(page).getByRole('document', { name: 'Article text' });
const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });

async function openImport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Imports the Thái Nguyên article through the file input, checking the draft shown before it is saved. */
async function importArticle(page: Page) {
  const dialog = await openImport(page);
  await dialog.getByLabel('Article file (.txt, .md, .html)').setInputFiles(ARTICLE);
  await expect(dialog.getByLabel('Title')).toHaveValue(TITLE); // og:title, not the <title> with the site name
  await expect(dialog.getByLabel('Publisher')).toHaveValue('Báo Thái Nguyên Điện tử');
  await expect(dialog.getByLabel('Author')).toHaveValue('Ngọc Hà');
  await expect(dialog.getByLabel('Publication date')).toHaveValue('2022-01-05');
  await expect(dialog.getByLabel('Language')).toHaveValue('vi');
  await expect(dialog.getByLabel('URL')).toHaveValue(/^https:\/\/baothainguyen\.vn\/kinh-te\//);
  const preview = dialog.getByLabel('Text to import (frozen as is)');
  await expect(preview).toContainText(EXPORT_QUOTE);
  // Scripts (their text and what they would write) never reach the text.
  await expect(preview).not.toContainText('123 tỷ USD');
  await expect(preview).not.toContainText('777 tỷ USD');
  await expect(preview).not.toContainText('__tallyScriptRan');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(reader(page).getByRole('combobox', { name: 'Source' }).locator('option:checked')).toHaveText(TITLE);
  await expect(articleText(page)).toContainText(EXPORT_QUOTE);
}

test('import an article, accept a suggested figure from the keyboard, and show its quote in the source', async ({ page, datasetPath, consoleErrors }) => {
  await importArticle(page);
  const text = articleText(page);
  await expect(text.locator('.fig--suggested').first()).toBeVisible();
  await expect(text.locator('script')).toHaveCount(0);

  // Review with the keyboard: next until the export figure is the current suggestion, then Enter.
  await text.focus();
  const current = text.locator('.is-current');
  for (let i = 0; i < 15 && (await current.textContent()) !== 'gần 29 tỷ USD'; i++) await page.keyboard.press('n');
  await expect(current).toHaveText('gần 29 tỷ USD');
  const counter = reader(page).locator('.reader-counter');
  const before = await counter.textContent();
  await page.keyboard.press('Enter');

  // The new observation is in the grid with its quote and value, and the figure is now shown as cited.
  const row = grid(page).locator('.ag-row').filter({ hasText: 'gần 29 tỷ USD' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[col-id="quote"]')).toHaveText(EXPORT_QUOTE);
  await expect(row.locator('[col-id="value"]')).toHaveText(/^29\D000\D000\D000$/);
  await expect(row.locator('[col-id="period"]')).toHaveText('2021');
  await expect(row.locator('[col-id="qualifier"]')).toHaveText('nearly');
  await expect(text.locator('.fig--cited')).toHaveText('gần 29 tỷ USD');
  await expect(counter).not.toHaveText(before ?? '');

  // On disk: the figure's words, its number, and a quote anchored at the right offsets of the frozen text.
  const doc = (await readDatasetJson(datasetPath!)) as Doc;
  expect(doc.observations).toHaveLength(1);
  const o = doc.observations[0];
  expect(o).toMatchObject({ value: 29e9, unit: 'USD', qualifier: 'nearly', stated: 'gần 29 tỷ USD', period: '2021', status: 'draft', sourceId: doc.sources[0].id });
  const frozen = await readFile(join(datasetPath!, doc.sources[0].versions[0].file), 'utf8');
  expect(o.quote?.exact).toBe(EXPORT_QUOTE);
  expect(frozen.slice(o.quote!.start, o.quote!.end)).toBe(EXPORT_QUOTE);

  // "Show in source" on the row: the reader highlights the quote and says so.
  await row.locator('[col-id="stated"]').click();
  await page.getByRole('button', { name: 'Show in source', exact: true }).click();
  await expect(reader(page).getByRole('status')).toContainText('Showing the quote');
  const shown = text.locator('.is-shown');
  await expect(shown.first()).toBeVisible();
  expect((await shown.allTextContents()).join('')).toBe(EXPORT_QUOTE);
  expect(consoleErrors).toEqual([]);
});

test('a file that is not text is refused with a message and nothing is created', async ({ page, server }) => {
  const dialog = await openImport(page);
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x01]);
  await dialog.getByLabel('Article file (.txt, .md, .html)').setInputFiles({ name: 'scan.html', mimeType: 'text/html', buffer: png });
  await expect(dialog.getByRole('alert')).toContainText('scan.html is not a UTF-8 text file');
  await expect(dialog.getByLabel('Title')).toHaveCount(0);
  const snapshot = await server.dispatch('dataset-snapshot', {});
  expect(snapshot.ok && (snapshot.data as { doc: Doc }).doc.sources).toEqual([]);
});

test('a selected passage becomes an observation quoting exactly the selection', async ({ page, datasetPath }) => {
  await importArticle(page);
  const passage = 'tỷ lệ hộ nghèo giảm còn 2,17%';
  // Select the passage as a mouse would: a DOM range over the reader's text nodes.
  await articleText(page).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += n.textContent ?? '';
    }
    const from = all.indexOf(wanted);
    const point = (at: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        const len = n.length;
        if (at <= seen + len) return [n, at - seen];
        seen += len;
      }
      throw new Error('offset out of range');
    };
    const [a, ao] = point(from);
    const [b, bo] = point(from + wanted.length);
    window.getSelection()!.setBaseAndExtent(a, ao, b, bo);
  }, passage);
  await reader(page).getByRole('button', { name: 'Cite as observation' }).click();
  const row = grid(page).locator('.ag-row').filter({ hasText: passage });
  await expect(row.locator('[col-id="quote"]')).toHaveText(passage);
  await expect(row.locator('[col-id="stated"]')).toHaveText('2,17%');

  const doc = (await readDatasetJson(datasetPath!)) as Doc;
  const o = doc.observations[0];
  expect(o).toMatchObject({ value: 2.17, unit: '%', qualifier: 'exact', stated: '2,17%', period: '2021' });
  const frozen = await readFile(join(datasetPath!, doc.sources[0].versions[0].file), 'utf8');
  expect(frozen.slice(o.quote!.start, o.quote!.end)).toBe(passage);
});

test('pasted English text is imported with its language guessed, and a skipped suggestion is passed over', async ({ page }) => {
  const dialog = await openImport(page);
  await dialog.getByLabel('Pasted text').fill(
    'Vietnam exports hit a record\n\nVietnam’s exports reached about $355.5 billion in 2022, up 10.6% from a year earlier. ' +
      'The trade surplus was over $11 billion, while FDI disbursement rose to $22.4 billion.',
  );
  await dialog.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(dialog.getByLabel('Title')).toHaveValue('Vietnam exports hit a record');
  await expect(dialog.getByLabel('Language')).toHaveValue('en');
  await dialog.getByLabel('Publication date').fill('2023-01-03');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  const text = articleText(page);
  const counter = reader(page).locator('.reader-counter');
  await expect(counter).toHaveText('1 of 4');
  await expect(text.locator('.is-current')).toHaveText('about $355.5 billion');
  await reader(page).getByRole('button', { name: 'Skip suggestion' }).click();
  await expect(counter).toHaveText('1 of 3');
  await expect(text.locator('.fig--skipped')).toHaveText('about $355.5 billion');
  await expect(text.locator('.is-current')).toHaveText('10.6%');
  await reader(page).getByRole('button', { name: 'Next suggestion' }).click();
  await expect(text.locator('.is-current')).toHaveText('over $11 billion');
  await expect(counter).toHaveText('2 of 3');
});

test('an orphaned citation shows a note instead of a highlight', async ({ page, server }) => {
  const created = await server.dispatch('sources-create', {
    meta: { title: 'Báo cáo quý', language: 'vi', published: '2024-07-01' },
    text: 'Quý II/2024, doanh thu du lịch đạt 1.250 tỷ đồng. Lượng khách tăng 12%.',
  });
  if (!created.ok) throw new Error(created.error.message);
  const sourceId = (created.data as { source: { id: string } }).source.id;
  const quote = { exact: 'doanh thu du lịch đạt 1.250 tỷ đồng', prefix: 'Quý II/2024, ', suffix: '. Lượng khách tăng 12%.', start: 13, end: 48 };
  const obs = await server.dispatch('observations-create', { fields: { sourceId, quote, stated: '1.250 tỷ đồng', value: 1.25e12, unit: 'VND' } });
  if (!obs.ok) throw new Error(obs.error.message);
  const id = (obs.data as { observation: { id: string } }).observation.id;
  const moved = await server.dispatch('sources-add-version', { id: sourceId, text: 'Bản sửa: lượng khách tăng 12% so với cùng kỳ.' });
  expect(moved.ok && (moved.data as { orphaned: string[] }).orphaned).toEqual([id]);

  await page.reload();
  await grid(page).locator(`.ag-row[row-id="${id}"] [col-id="stated"]`).click();
  await reader(page).getByRole('button', { name: 'Show selected in source' }).click();
  await expect(reader(page).getByRole('note')).toContainText('Quote not found in the current text');
  await expect(articleText(page)).toContainText('Bản sửa');
  await expect(articleText(page).locator('.is-shown')).toHaveCount(0);
  await expect(reader(page).getByText('1 quote not found in the current text')).toBeVisible();
});

test('a file dropped on the reader opens the import dialog with it read', async ({ page }) => {
  await expect(articleText(page)).toHaveCount(0);
  const html = await readFile(ARTICLE, 'utf8');
  const transfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'thai-nguyen-2021.html', { type: 'text/html' }));
    return dt;
  }, html);
  await reader(page).dispatchEvent('dragover', { dataTransfer: transfer });
  await reader(page).dispatchEvent('drop', { dataTransfer: transfer });
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await expect(dialog.getByLabel('Title')).toHaveValue(TITLE);
});
