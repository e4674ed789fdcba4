import { expect, test } from './fixtures';

test.use({ startWith: 'sample', viewport: { width: 1280, height: 800 } });

const LONG_NAME = 'Thái Nguyên provincial economy and public finance figures, 2020–2024, from three articles';

test('the toolbar stays on one line at 1280 px with a long dataset name, and every command keeps its full name', async ({ page, server }) => {
  await expect(page.getByRole('grid', { name: 'Observations' })).toBeVisible();
  const renamed = await server.dispatch('dataset-update-meta', { name: LONG_NAME });
  expect(renamed.ok, JSON.stringify(renamed)).toBe(true);
  await page.reload();
  const toolbar = page.getByRole('toolbar', { name: 'Main' });
  await expect(toolbar.getByRole('heading', { name: LONG_NAME })).toBeVisible();

  // The accessible names the other specs and screen-reader users rely on.
  for (const name of ['Close dataset', 'Sources', 'Add source', 'Import article…', 'Import observations (CSV/JSON)…', 'Export…', 'Undo', 'Redo']) {
    await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible();
  }

  // One line: every control sits on the same row, nothing spills past the bar's right edge.
  const boxes = await toolbar.locator('button, h1').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  const bar = (await toolbar.boundingBox())!;
  const middles = boxes.map((b) => Math.round(b.top + b.height / 2));
  expect(Math.max(...middles) - Math.min(...middles)).toBeLessThanOrEqual(2);
  for (const b of boxes) expect(b.right).toBeLessThanOrEqual(bar.x + bar.width);
  expect(bar.height).toBeLessThan(50);
  // The name gives way (cut with an ellipsis) and keeps its full text as a tooltip.
  await expect(toolbar.getByRole('heading', { name: LONG_NAME })).toHaveAttribute('title', /.+/);
});
