import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { INTERCHANGE_COLUMNS } from '../../shared/interchange/columns';
import { expect, test } from './fixtures';
test.use({ startWith: 'sample', viewport: { width: 1280, height: 860 } });
test.setTimeout(180_000);
test('progress', async ({ page, server, datasetPath }) => {
  await expect(page.getByRole('grid', { name: 'Observations' })).toBeVisible();
  const job = await server.dispatch('export-start', { format: 'csv', table: 'full' });
  const st = await server.dispatch('jobs-status', { jobId: (job as any).data.jobId });
  await new Promise((r) => setTimeout(r, 500));
  const st2 = await server.dispatch('jobs-status', { jobId: (job as any).data.jobId });
  const file = ((st2 as any).data.result.files[0]) as string;
  const rows = Papa.parse<Record<string, string>>((await readFile(file)).subarray(3).toString('utf8'), { header: true, skipEmptyLines: true }).data;
  const big: Record<string, string>[] = [];
  for (let i = 0; i < 60000; i++) { const r = rows[i % rows.length]; big.push({ ...r, id: `obs-${String(100000 + i)}`, entity: `${r.entity} ${i}` }); }
  const csv = '\uFEFF' + Papa.unparse({ fields: [...INTERCHANGE_COLUMNS], data: big });
  const pv = await server.dispatch('interchange-preview', { fileName: 'big.csv', dataBase64: Buffer.from(csv).toString('base64') });
  const imp = await server.dispatch('interchange-import', { previewId: (pv as any).data.previewId, onlyValid: true });
  for (;;) { const s = await server.dispatch('jobs-status', { jobId: (imp as any).data.jobId }); if ((s as any).data.state !== 'running') { console.log((s as any).data.state, (s as any).data.message); break; } await new Promise((r) => setTimeout(r, 300)); }
  await page.reload();
  await page.getByRole('button', { name: 'Export…' }).click();
  const d = page.getByRole('dialog', { name: 'Export' });
  await d.getByRole('radio', { name: 'XLSX' }).click();
  await d.getByRole('button', { name: 'Export', exact: true }).click();
  const bar = d.getByRole('progressbar', { name: 'Export progress' });
  await expect(bar).toBeVisible();
  await d.getByRole('button', { name: 'Cancel' }).click();
  console.log('valuenow', await bar.getAttribute('aria-valuenow'));
  await page.screenshot({ path: '/tmp/shot-progress.png' });
  const { readdirSync } = await import('node:fs');
  await expect(d.getByText('Export cancelled: no file was written.')).toBeVisible({ timeout: 60000 });
  await page.screenshot({ path: '/tmp/shot-cancelled.png' });
  console.log('exports dir', readdirSync(datasetPath! + '/exports'));
  await d.getByText(/warnings \(do not/).click();
  await page.screenshot({ path: '/tmp/shot-warnings.png' });
});
