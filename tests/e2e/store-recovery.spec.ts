import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** A closed dataset with two observations, arranged through the backend. */
async function datasetWithTwo(server: { dispatch: (m: string, p: unknown) => Promise<{ ok: boolean; data?: unknown }> }, name: string) {
  const created = await server.dispatch('datasets-create', { name });
  const dir = (created.data as { path: string }).path;
  for (const note of ['một', 'hai']) await server.dispatch('observations-create', { fields: { entity: 'Huế', note } });
  await server.dispatch('datasets-close', {});
  return dir;
}

test.describe('damaged datasets in the UI (issue 10.3, 10.9)', () => {
  test('an empty dataset.json: the open says why, and Recover from history rebuilds it', async ({ page, server }) => {
    const dir = await datasetWithTwo(server, 'Hỏng');
    writeFileSync(join(dir, 'dataset.json'), '');
    await page.reload();
    await page.getByRole('textbox', { name: 'Dataset folder' }).fill(dir);
    await page.getByRole('button', { name: 'Open folder' }).click();
    await expect(page.getByRole('alert')).toContainText('not valid JSON');
    await page.getByRole('button', { name: 'Recover from history' }).click();
    await expect(page.getByRole('alert', { name: 'Dataset warnings' })).toContainText('rebuilt from dataset.json.bak and history.jsonl');
    await expect(page.getByRole('contentinfo')).toContainText('2 observations');
    expect(JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')).observations).toHaveLength(2);
  });

  test('a damaged history line: the dataset opens read-only, saying so', async ({ page, server }) => {
    const dir = await datasetWithTwo(server, 'Nhật ký');
    const log = join(dir, 'history.jsonl');
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    writeFileSync(log, `${lines[0].slice(0, 30)}\n${lines.slice(1).join('\n')}\n`);
    await page.reload();
    await page.getByRole('textbox', { name: 'Dataset folder' }).fill(dir);
    await page.getByRole('button', { name: 'Open folder' }).click();
    const banner = page.getByRole('alert', { name: 'Read-only dataset' });
    await expect(banner).toContainText('Read-only');
    await expect(banner).toContainText('history.jsonl entry 1 (line 1)');
    await expect(page.getByRole('contentinfo')).toContainText('Read-only');
  });
});
