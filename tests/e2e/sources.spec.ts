import type { Page } from '@playwright/test';
import type { WebServer } from '../../electron/web/server';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'sample' });

type Doc = {
  sources: Array<{ id: string; title: string; publisher: string; url: string; published: string; language: string; updatedAt: string }>;
  observations: Array<{ id: string; sourceId: string | null }>;
};

async function openDoc(page: Page, server: WebServer): Promise<{ path: string; doc: () => Promise<Doc> }> {
  await expect(page.getByRole('grid', { name: 'Observations' })).toBeVisible();
  const snapshot = await server.dispatch('dataset-snapshot', {});
  if (!snapshot.ok) throw new Error(`no dataset open: ${snapshot.error.message}`);
  const path = (snapshot.data as { path: string }).path;
  return { path, doc: async () => (await readDatasetJson(path)) as Doc };
}

test('a source is added by pasting its text', async ({ page, server }) => {
  const { doc } = await openDoc(page, server);
  const before = (await doc()).sources.length;

  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await dialog.getByLabel('Title').fill('Kinh tế Thái Nguyên quý I');
  await dialog.getByLabel('Publisher').fill('Báo Thái Nguyên');
  await dialog.getByLabel('Author').fill('Minh Hằng');
  await dialog.getByLabel('URL').fill('https://baothainguyen.vn/kinh-te-quy-i');
  await dialog.getByLabel('Publication date').fill('2025-04-02');
  await dialog.getByLabel('Language').selectOption('vi');
  await dialog.getByLabel('Text').fill('Quý I/2025, giá trị xuất khẩu ước đạt 7,2 tỷ USD.\n\nThu ngân sách đạt 5.120 tỷ đồng.');
  await dialog.getByRole('button', { name: 'Add source' }).click();

  await expect(dialog.getByRole('table', { name: 'Sources list' })).toContainText('Kinh tế Thái Nguyên quý I');
  await expect(page.locator('.status-line')).toContainText(`${before + 1} sources`);
  const added = (await doc()).sources.find((s) => s.title === 'Kinh tế Thái Nguyên quý I');
  expect(added).toMatchObject({ publisher: 'Báo Thái Nguyên', url: 'https://baothainguyen.vn/kinh-te-quy-i', published: '2025-04-02', language: 'vi' });
  const text = await server.dispatch('sources-text', { id: added!.id });
  expect(text.ok && (text.data as { text: string }).text).toContain('7,2 tỷ USD');
});

test('a source with a bad URL is refused with a message naming the field', async ({ page, server }) => {
  const { doc } = await openDoc(page, server);
  const before = (await doc()).sources.length;
  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await dialog.getByLabel('Title').fill('Broken link');
  await dialog.getByLabel('URL').fill('not a url');
  await dialog.getByLabel('Text').fill('Some text.');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog.getByRole('alert')).toContainText('URL');
  expect((await doc()).sources.length).toBe(before);
});

test('editing a source changes its metadata only', async ({ page, server }) => {
  const { doc } = await openDoc(page, server);
  const source = (await doc()).sources[0];
  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await dialog.getByRole('button', { name: `Edit ${source.title}` }).click();
  await dialog.getByLabel('Publisher').fill('Cổng thông tin Thái Nguyên');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('table', { name: 'Sources list' })).toContainText('Cổng thông tin Thái Nguyên');
  const after = (await doc()).sources.find((s) => s.id === source.id)!;
  expect(after).toMatchObject({ ...source, publisher: 'Cổng thông tin Thái Nguyên', updatedAt: after.updatedAt });
});

test('deleting a cited source warns how many observations cite it', async ({ page, server }) => {
  const { doc } = await openDoc(page, server);
  const d = await doc();
  const source = d.sources[0];
  const citing = d.observations.filter((o) => o.sourceId === source.id).length;
  expect(citing).toBeGreaterThan(0);

  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Sources' }).click();
  const panel = page.getByRole('dialog', { name: 'Sources' });
  await panel.getByRole('button', { name: `Delete ${source.title}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete source' });
  await expect(confirm).toContainText(`${citing} observation${citing === 1 ? '' : 's'} cite`);
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  expect((await doc()).sources.some((s) => s.id === source.id)).toBe(true);

  await panel.getByRole('button', { name: `Delete ${source.title}` }).click();
  await confirm.getByRole('button', { name: /Delete and unlink/ }).click();
  await expect(panel.getByRole('table', { name: 'Sources list' })).not.toContainText(source.title);
  const after = await doc();
  expect(after.sources.some((s) => s.id === source.id)).toBe(false);
  expect(after.observations.length).toBe(d.observations.length); // the observations stay, without a source
  expect(after.observations.some((o) => o.sourceId === source.id)).toBe(false);
});

test("a source's address is shown as itself and opens in a new tab only after confirming", async ({ page, context, server }) => {
  const { doc } = await openDoc(page, server);
  const source = (await doc()).sources.find((s) => s.url)!;
  // No network here: the address answers from the test.
  await context.route(`${new URL(source.url).origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>article</title>' }));
  await page.getByRole('toolbar', { name: 'Main' }).getByRole('button', { name: 'Sources' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  const link = dialog.getByRole('button', { name: source.url, exact: true });
  await expect(link).toBeVisible();

  await link.click();
  const ask = page.getByRole('dialog', { name: 'Open this address?' });
  await expect(ask).toContainText(source.url);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect(context.pages()).toHaveLength(1);

  await link.click();
  const opened = context.waitForEvent('page');
  await page.getByRole('dialog', { name: 'Open this address?' }).getByRole('button', { name: 'Open in browser' }).click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(source.url);
  expect(await tab.evaluate(() => window.opener)).toBeNull();
});
