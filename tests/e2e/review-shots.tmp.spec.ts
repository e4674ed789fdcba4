import { expect, test } from './fixtures';
test.use({ startWith: 'sample', viewport: { width: 1440, height: 900 } });
test('shots', async ({ page, server }) => {
  await server.dispatch('settings-update', { reviewerName: 'Lan' });
  await expect(page.getByRole('grid', { name: 'Observations' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'View' });
  await nav.getByRole('button', { name: 'Review' }).click();
  await page.keyboard.press('2');
  await page.getByLabel(/Rationale/).fill('later article');
  await page.getByRole('button', { name: /^Resolve/ }).click();
  await expect(page.getByText('Resolved by Lan')).toBeVisible();
  await nav.getByRole('button', { name: 'Observations' }).click();
  await page.getByRole('searchbox', { name: 'Search observations' }).fill('poor household');
  await page.waitForTimeout(600);
  await page.screenshot({ path: '/tmp/rv-grid2.png' });
  await server.dispatch('observations-update', { id: 'obs-037', patch: { stated: '2,16 %' } });
  await page.reload();
  await expect(page.getByRole('grid', { name: 'Observations' })).toBeVisible();
  await page.getByRole('navigation', { name: 'View' }).getByRole('button', { name: 'Review' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/rv-stale.png' });
  for (const q of ['Export value · 2021', 'Industrial production value · 2021', 'Poor household rate · 2021']) {
    await page.getByRole('list', { name: 'Review queue' }).getByRole('button', { name: new RegExp(q) }).click();
    await page.keyboard.press('1');
    await page.getByLabel(/Rationale/).fill('x');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByText('Resolved by Lan')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Next group' }).click().catch(() => {});
  await page.waitForTimeout(400);
  await page.screenshot({ path: '/tmp/rv-empty.png' });
});
