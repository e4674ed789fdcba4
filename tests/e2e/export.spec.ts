import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import Papa from 'papaparse';
import type { ValidationReport } from '../../shared/api/contract';
import { INTERCHANGE_COLUMNS } from '../../shared/interchange/columns';
import type { WebServer } from '../../electron/web/server';
import { expect, readDatasetJson, test } from './fixtures';

test.use({ startWith: 'sample' });

type Doc = { observations: Array<{ id: string; value: number | null; stated: string }> };

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const grid = (page: Page) => page.getByRole('grid', { name: 'Observations' });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
const importDialog = (page: Page) => page.getByRole('dialog', { name: 'Import observations' });

async function openExport(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

async function report(server: WebServer): Promise<ValidationReport> {
  const r = await server.dispatch('validation-report', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.data as ValidationReport;
}

/** Clicks Export and returns the file the dialog says it wrote (and the size it shows). */
async function exportAndGetPath(dialog: Locator): Promise<{ file: string; size: string }> {
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const done = dialog.getByRole('status').filter({ hasText: 'Exported to' });
  await expect(done).toBeVisible();
  const m = /Exported to (.+) \((\d[\d.]* (?:bytes?|KB|MB|GB))\)$/.exec((await done.textContent()) ?? '');
  if (!m) throw new Error(`unexpected export message: ${await done.textContent()}`);
  return { file: m[1], size: m[2] };
}

async function exportSampleCsv(page: Page): Promise<Buffer> {
  const dialog = await openExport(page);
  const { file } = await exportAndGetPath(dialog);
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
  return readFile(file);
}

/** Opens a new, empty dataset behind the page's back and reloads: the page shows whatever the backend has open. */
async function switchToEmptyDataset(page: Page, server: WebServer, name: string): Promise<string> {
  const created = await server.dispatch('datasets-create', { name });
  if (!created.ok) throw new Error(created.error.message);
  await page.reload();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return (created.data as { path: string }).path;
}

/** Drops a file on the import dialog's drop zone, as dragging it from a file manager does. */
async function dropFile(zone: Locator, name: string, content: string) {
  await zone.evaluate(
    (el, { name, content }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: 'text/csv' }));
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, content },
  );
}

async function chooseImportFile(page: Page, file: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import observations (CSV/JSON)…' }).click();
  const dialog = importDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Choose a CSV or JSON file in the interchange columns').setInputFiles(file);
  return dialog;
}

test('the Export dialog says the sample cannot be published and each problem leads to its place', async ({ page, server }) => {
  await expect(grid(page)).toBeVisible();
  const expected = await report(server);
  expect(expected.publishable).toBe(false);
  // The last group problem: the link must select that group in Review, not merely open the view on the first one.
  const firstGroup = expected.problems.filter((p) => p.severity === 'blocking' && p.location.group && !p.location.observationId).at(-1)!;
  const rowWarning = expected.problems.find((p) => p.severity === 'warning' && p.location.observationId)!;

  let dialog = await openExport(page);
  await expect(dialog.getByRole('status').first()).toHaveText(new RegExp(`^${expected.blocking} problems block publishing`));
  await expect(dialog.getByText('Ready to publish')).toHaveCount(0);
  const blocking = dialog.getByRole('list', { name: 'Blocking problems' }).getByRole('listitem');
  await expect(blocking).toHaveCount(expected.blocking);

  // A group's problem goes to the Review view.
  await dialog.getByRole('button', { name: firstGroup.message }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Review', exact: true })).toHaveAttribute('aria-pressed', 'true');
  const { entity, indicator, period } = firstGroup.location.group!;
  const groupLabel = `${entity} · ${indicator} · ${period}`;
  await expect(page.getByRole('navigation', { name: 'Groups' }).getByRole('button', { name: groupLabel })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('region', { name: `Group ${groupLabel}` })).toBeVisible();

  // An observation's problem goes back to the Observations view, with that row selected and focused.
  dialog = await openExport(page);
  await dialog.getByText(/warnings? \(do not block publishing\)/).click();
  await dialog.getByRole('list', { name: 'Warnings' }).getByRole('button', { name: rowWarning.message }).click();
  await expect(dialog).toBeHidden();
  const rowId = rowWarning.location.observationId!;
  await expect(grid(page).locator(`.ag-row[row-id="${rowId}"]`).first()).toHaveClass(/ag-row-selected/);
  await expect(grid(page).locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="entity"]`)).toBeFocused();
});

test('exports the full table as CSV and XLSX, and the validated table only as a draft while problems block', async ({ page, server, datasetPath }) => {
  await expect(grid(page)).toBeVisible();
  const doc = (await readDatasetJson(datasetPath!)) as Doc;
  const dialog = await openExport(page);
  await expect(dialog.getByRole('radio', { name: 'CSV' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Full table of observations' })).toBeChecked();

  // Full table, CSV, default place: <dataset>/exports/.
  const csv = await exportAndGetPath(dialog);
  expect(csv.file.startsWith(join(datasetPath!, 'exports') + sep)).toBe(true);
  expect(csv.file.endsWith('.csv')).toBe(true);
  expect(existsSync(csv.file)).toBe(true);
  const bytes = await readFile(csv.file);
  expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
  const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true });
  expect(parsed.data[0]).toEqual([...INTERCHANGE_COLUMNS]);
  expect(parsed.data.length - 1).toBe(doc.observations.length);
  expect(parsed.data.slice(1).map((r) => r[0]).sort()).toEqual(doc.observations.map((o) => o.id).sort());

  // The validated table: refused while problems block, unless it is a draft.
  await dialog.getByRole('radio', { name: /^Validated table/ }).click();
  const exportButton = dialog.getByRole('button', { name: 'Export', exact: true });
  const draft = dialog.getByRole('checkbox', { name: 'Draft export (marked as draft)' });
  await expect(exportButton).toBeDisabled();
  await expect(dialog.getByText(/cannot be exported while \d+ problems? block publishing/)).toBeVisible();
  await expect(draft).toBeEnabled();
  const refused = await server.dispatch('export-start', { format: 'csv', table: 'validated' });
  expect(refused.ok ? 'accepted' : refused.error.code).toBe('BLOCKED');
  await draft.check();
  await expect(exportButton).toBeEnabled();
  const validated = await exportAndGetPath(dialog);
  expect(validated.file).toMatch(/-draft\.csv$/);
  expect(existsSync(validated.file)).toBe(true);
  expect((await readFile(validated.file)).subarray(0, 3).equals(BOM)).toBe(true);

  // The full table as an Excel workbook, to a path the user typed.
  await dialog.getByRole('radio', { name: 'Full table of observations' }).click();
  await expect(draft).toBeDisabled();
  await dialog.getByRole('radio', { name: 'XLSX' }).click();
  // Outside the dataset folder: only its exports/ takes exports.
  const target = join(dirname(datasetPath!), 'out', 'sample workbook.xlsx');
  await dialog.getByRole('textbox', { name: 'Output file' }).fill(target);
  const xlsx = await exportAndGetPath(dialog);
  expect(xlsx.file).toBe(target);
  expect(existsSync(target)).toBe(true);
  expect((await readFile(target)).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip container
});

test('exporting over an existing file asks first; the dataset\'s own files are refused', async ({ page, datasetPath }) => {
  await expect(grid(page)).toBeVisible();
  const dialog = await openExport(page);
  const first = await exportAndGetPath(dialog);
  await writeFile(first.file, 'my own notes');

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const ask = dialog.getByRole('alertdialog', { name: 'Replace the existing file?' });
  await expect(ask).toContainText(`${first.file} already exists`);
  await ask.getByRole('button', { name: 'Keep the existing file' }).click();
  await expect(ask).toBeHidden();
  expect(await readFile(first.file, 'utf8')).toBe('my own notes');

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('alertdialog', { name: 'Replace the existing file?' }).getByRole('button', { name: 'Replace it' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  expect((await readFile(first.file)).subarray(0, 3).equals(BOM)).toBe(true);

  const datasetJson = await readFile(join(datasetPath!, 'dataset.json'));
  await dialog.getByRole('textbox', { name: 'Output file' }).fill(join(datasetPath!, 'dataset.json'));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText("inside the dataset's own folder");
  expect(await readFile(join(datasetPath!, 'dataset.json'))).toEqual(datasetJson);
});

test('a CSV exported from the sample imports into an empty dataset as one undo step', async ({ page, server, datasetPath }) => {
  await expect(grid(page)).toBeVisible();
  const original = (await readDatasetJson(datasetPath!)) as Doc;
  const csv = await exportSampleCsv(page);
  const temp = await mkdtemp(join(tmpdir(), 'tally-e2e-csv-'));
  try {
    const file = join(temp, 'sample.csv');
    await writeFile(file, csv);
    const rows = Papa.parse<Record<string, string>>(csv.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true }).data;

    const emptyPath = await switchToEmptyDataset(page, server, 'Round trip');
    const dialog = await chooseImportFile(page, file);
    await expect(dialog.getByRole('status').filter({ hasText: 'sample.csv' })).toHaveText(`sample.csv: ${rows.length} rows, ${rows.length} valid`);
    await expect(dialog.getByRole('table', { name: 'Rows with errors' })).toHaveCount(0);
    const preview = dialog.getByRole('table', { name: 'Preview of the first rows' });
    await expect(preview.getByRole('row').nth(1)).toContainText(rows[0].stated);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(`Imported ${rows.length} observations (one undo step)`);
    await expect(grid(page).locator(`.ag-row[row-id="${rows[0].id}"]`).first()).toBeVisible();
    const imported = (await readDatasetJson(emptyPath)) as Doc;
    const figures = (d: Doc) => new Map(d.observations.map((o) => [o.id, { value: o.value, stated: o.stated }]));
    expect(figures(imported)).toEqual(figures(original));

    // One Undo removes the whole import.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => ((await readDatasetJson(emptyPath)) as Doc).observations.length).toBe(0);
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
});

test('a file with a bad row shows the row error and imports only when asked for the valid rows', async ({ page, server }) => {
  await expect(grid(page)).toBeVisible();
  const csv = await exportSampleCsv(page);
  const parsed = Papa.parse<Record<string, string>>(csv.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true });
  const rows = parsed.data.slice(0, 5);
  rows[2] = { ...rows[2], period: 'sometime soon' };
  const content = '\uFEFF' + Papa.unparse({ fields: [...INTERCHANGE_COLUMNS], data: rows });

  const emptyPath = await switchToEmptyDataset(page, server, 'Bad rows');
  await page.getByRole('button', { name: 'Import observations (CSV/JSON)…' }).click();
  const dialog = importDialog(page);
  const zone = dialog.getByRole('group', { name: 'File to import' });
  await dropFile(zone, 'notes.txt', 'not an interchange file');
  await expect(dialog.getByRole('alert')).toHaveText('notes.txt is not a .csv or .json file');

  await dropFile(zone, 'with-bad-row.csv', content);
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('status').filter({ hasText: 'with-bad-row.csv' })).toHaveText('with-bad-row.csv: 5 rows, 4 valid, 1 row with errors');
  const errorRow = dialog.getByRole('table', { name: 'Rows with errors' }).getByRole('row').nth(1);
  await expect(errorRow.getByRole('cell').nth(0)).toHaveText('3');
  await expect(errorRow.getByRole('cell').nth(1)).toHaveText('period');
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();

  await dialog.getByRole('checkbox', { name: 'Import only the 4 valid rows' }).check();
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText('Imported 4 observations (one undo step)');
  const imported = (await readDatasetJson(emptyPath)) as Doc;
  expect(imported.observations.map((o) => o.id).sort()).toEqual([rows[0], rows[1], rows[3], rows[4]].map((r) => r.id).sort());
});

test('once every group is resolved the dataset is ready to publish and the validated table exports without a draft', async ({ page, server, datasetPath }) => {
  await expect(grid(page)).toBeVisible();
  const doc = (await readDatasetJson(datasetPath!)) as { observations: Array<{ id: string; entity: string; indicator: string; period: string }> };
  const named = await server.dispatch('settings-update', { reviewerName: 'E2E reviewer' });
  if (!named.ok) throw new Error(named.error.message);
  for (const p of (await report(server)).problems.filter((x) => x.kind === 'unresolved-group')) {
    const g = p.location.group!;
    const first = doc.observations.find((o) => o.entity === g.entity && o.indicator === g.indicator && o.period === g.period)!;
    const r = await server.dispatch('resolutions-create', { group: g, observationId: first.id, rationale: 'e2e: the first source' });
    if (!r.ok) throw new Error(r.error.message);
  }
  expect((await report(server)).publishable).toBe(true);

  const dialog = await openExport(page);
  await expect(dialog.getByRole('status').first()).toContainText('Ready to publish');
  await expect(dialog.getByRole('list', { name: 'Blocking problems' })).toHaveCount(0);
  await dialog.getByRole('radio', { name: /^Validated table/ }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Draft export (marked as draft)' })).toBeDisabled();
  await dialog.getByRole('radio', { name: 'JSON' }).click();
  const { file } = await exportAndGetPath(dialog);
  expect(file).toMatch(/-validated-[\d-]+\.json$/);
  expect(existsSync(file)).toBe(true);
  expect(JSON.stringify(JSON.parse(await readFile(file, 'utf8')))).not.toContain('"draft":true');
});
