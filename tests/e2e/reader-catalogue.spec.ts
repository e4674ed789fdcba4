import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../../electron/web/server';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'empty' });

const DIR = join(REPO_ROOT, 'tests', 'fixtures', 'catalogue-e2e');
const TITLE = 'Bắc Ninh giữ vững vị thế trung tâm công nghiệp';

type Quote = { exact: string; start: number; end: number };
type Obs = { id: string; entity: string; indicator: string; period: string; stated: string; sourceId: string | null; quote: Quote | null };
type Rec = { id: string; name: string; aliases: string[] };
type Doc = { observations: Obs[]; indicators: Rec[]; sources: Array<{ id: string; versions: Array<{ file: string }> }> };

const reader = (page: Page) => page.getByRole('region', { name: 'Reader' });
const articleText = (page: Page) => reader(page).getByRole('document', { name: 'Article text' });
const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });
const counter = (page: Page) => reader(page).locator('.reader-counter');
const keysLine = (page: Page) => reader(page).getByLabel('Current suggestion');

/** Selects `wanted` in the article text as a mouse would, the keyboard in the text. */
async function selectPassage(page: Page, wanted: string): Promise<void> {
  await articleText(page).focus();
  await articleText(page).evaluate((root, w) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += n.textContent ?? '';
    }
    const from = all.indexOf(w);
    if (from < 0) throw new Error(`"${w}" is not in the text`);
    const point = (at: number): [Text, number] => {
      let seen = 0;
      for (const n of nodes) {
        if (at <= seen + n.length) return [n, at - seen];
        seen += n.length;
      }
      throw new Error('offset out of range');
    };
    const [a, ao] = point(from);
    const [b, bo] = point(from + w.length);
    window.getSelection()!.setBaseAndExtent(a, ao, b, bo);
  }, wanted);
}

test('Enter accepts and moves on, e edits the new row’s keys in place, l learns the clause’s words as an alias, skips survive a reload', async ({ page, server, datasetPath }) => {
  // A catalogue that does not know the wording "vốn đầu tư trực tiếp nước ngoài đăng ký".
  await server.dispatch('catalogue-save-entity', { name: 'Bắc Ninh', kind: 'province', aliases: ['tỉnh Bắc Ninh'] });
  for (const [name, unit, aliases] of [
    ['GRDP growth', '%', ['tăng trưởng kinh tế']],
    ['Export value', 'USD', ['giá trị xuất khẩu hàng hóa']],
    ['FDI registered capital', 'USD', ['vốn FDI đăng ký']],
    ['Budget revenue', 'VND', ['thu ngân sách']],
  ] as const) {
    expect((await server.dispatch('catalogue-save-indicator', { name, unit, aliases: [...aliases] })).ok).toBe(true);
  }
  await page.reload();
  await page.getByRole('button', { name: 'Import article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import article' });
  await dialog.getByLabel('Article file (.txt, .md, .html)').setInputFiles(join(DIR, 'bac-ninh-2023-vneconomy.html'));
  await expect(dialog.getByLabel('Title')).toHaveValue(TITLE);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();

  await articleText(page).focus();
  await expect(counter(page)).toHaveText('1 of 4');
  // Two quick presses accept two suggestions: the second waits for the first to be saved.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(counter(page)).toHaveText('1 of 2');
  await expect(keysLine(page)).toHaveText('Bắc Ninh · needs an indicator · 2023');
  await page.keyboard.press('Enter');
  await expect(reader(page).getByRole('status')).toContainText('needs indicator (press e to edit)');
  await expect(counter(page)).toHaveText('1 of 1');
  await expect(articleText(page)).toBeFocused();

  // e: the keys of the row just added, in the reader; the indicator completes from the catalogue.
  await page.keyboard.press('e');
  const form = reader(page).getByRole('form', { name: 'Edit keys of the new observation' });
  await expect(form.getByRole('combobox', { name: 'Entity' })).toHaveValue('Bắc Ninh');
  await expect(form.getByLabel('Period')).toHaveValue('2023');
  const indicator = form.getByRole('combobox', { name: 'Indicator' });
  await expect(indicator).toBeFocused();
  await page.keyboard.type('von fdi');
  await expect(form.getByRole('option')).toHaveText(['FDI registered capital ← vốn FDI đăng ký']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(indicator).toHaveValue('FDI registered capital');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(articleText(page)).toBeFocused();
  const fdiRow = grid(page).locator('.ag-row').filter({ hasText: 'trên 4,6 tỷ USD' });
  await expect(fdiRow.locator('[col-id="indicator"]')).toHaveText('FDI registered capital');

  // The clause's words named no indicator: Tally offers to remember them, and l takes the offer.
  const offer = reader(page).getByRole('group', { name: 'Learn an alias' });
  const phrase = 'đầu tư trực tiếp nước ngoài đăng ký';
  await expect(offer.getByRole('button', { name: `Remember “${phrase}” as an alias of FDI registered capital` })).toBeVisible();
  await page.keyboard.press('l');
  await expect(offer).toBeHidden();
  await expect(reader(page).getByRole('status')).toHaveText(`Remembered “${phrase}” as an alias of FDI registered capital.`);
  let doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.indicators.find((i) => i.name === 'FDI registered capital')?.aliases).toEqual(['vốn FDI đăng ký', phrase]);
  expect(doc.observations.map((o) => o.indicator).sort()).toEqual(['Export value', 'FDI registered capital', 'GRDP growth']);

  // Skipping the last suggestion is remembered across a reload.
  await expect(articleText(page).locator('.is-current')).toHaveText('hơn 37.500 tỷ đồng');
  await page.keyboard.press('s');
  await expect(counter(page)).toHaveText('none left');
  await page.reload();
  await reader(page).getByRole('combobox', { name: 'Source' }).selectOption({ label: TITLE });
  await expect(articleText(page).locator('.fig--skipped')).toHaveText('hơn 37.500 tỷ đồng');
  await expect(counter(page)).toHaveText('none left');
  doc = (await readDatasetJson(datasetPath)) as Doc;
  expect(doc.observations).toHaveLength(3);
});

test('a hand-entered observation gets its quote with a, and an orphaned quote is anchored again the same way', async ({ page, server, datasetPath }) => {
  const text = await readFile(join(DIR, 'bac-ninh-2023-baobacninh.html'), 'utf8');
  expect(text).toContain('Kim ngạch xuất khẩu năm 2023 đạt 47,6 tỷ USD');
  const created = await server.dispatch('sources-create', {
    meta: { title: 'Báo cáo KT-XH Bắc Ninh', language: 'vi', published: '2024-01-05' },
    text: 'Năm 2023, kim ngạch xuất khẩu đạt 47,6 tỷ USD. Thu ngân sách đạt 37.500 tỷ đồng.',
  });
  if (!created.ok) throw new Error(created.error.message);
  const sourceId = (created.data as { source: { id: string } }).source.id;
  const obs = await server.dispatch('observations-create', {
    fields: { entity: 'Bắc Ninh', indicator: 'Export value', period: '2023', stated: '47,6 tỷ USD', value: 47.6e9, unit: 'USD' },
  });
  if (!obs.ok) throw new Error(obs.error.message);
  const id = (obs.data as { observation: { id: string } }).observation.id;
  await page.reload();

  const row = grid(page).locator(`.ag-row[row-id="${id}"]`);
  await row.locator('[col-id="stated"]').click();
  await reader(page).getByRole('combobox', { name: 'Source' }).selectOption({ label: 'Báo cáo KT-XH Bắc Ninh' });
  const passage = 'kim ngạch xuất khẩu đạt 47,6 tỷ USD';
  await selectPassage(page, passage);
  await page.keyboard.press('a');
  await expect(row.locator('[col-id="quote"]')).toHaveText(passage);
  let doc = (await readDatasetJson(datasetPath)) as Doc;
  let o = doc.observations.find((x) => x.id === id)!;
  expect(o.sourceId).toBe(sourceId);
  expect(o.quote).toMatchObject({ exact: passage, start: 10, end: 10 + passage.length });

  // A corrected text loses the quote (orphaned); selecting it in the new text and pressing a anchors it again.
  const moved = await server.dispatch('sources-add-version', { id: sourceId, text: 'Bản sửa. Năm 2023, kim ngạch xuất khẩu đạt 47,6 tỷ USD (số liệu ước tính).' });
  expect(moved.ok).toBe(true);
  const edited = await server.dispatch('sources-add-version', { id: sourceId, text: 'Bản sửa lần hai: xuất khẩu cả năm 2023 ước 47,6 tỷ USD.' });
  expect(edited.ok && (edited.data as { orphaned: string[] }).orphaned).toEqual([id]);
  await page.reload();
  await row.locator('[col-id="stated"]').click();
  await expect(reader(page).getByText('1 quote not found in the current text')).toBeVisible();
  await selectPassage(page, 'xuất khẩu cả năm 2023 ước 47,6 tỷ USD');
  await page.keyboard.press('a');
  await expect(row.locator('[col-id="quote"]')).toHaveText('xuất khẩu cả năm 2023 ước 47,6 tỷ USD');
  await expect(reader(page).getByText('1 quote not found in the current text')).toHaveCount(0);
  doc = (await readDatasetJson(datasetPath)) as Doc;
  o = doc.observations.find((x) => x.id === id)!;
  expect(o.quote?.exact).toBe('xuất khẩu cả năm 2023 ước 47,6 tỷ USD');
});
