import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend/create-backend';
import type { JobState } from '../../shared/api';
import { INTERCHANGE_COLUMNS } from '../../shared/interchange';
import { backendFor, fails, ok, SAMPLE_DIR, tempDirs, type TempDirs } from './helpers';

// Issue 11 §4: a quote whose source has no text (a CSV from another tool, or Tally's own CSV imported into a new
// dataset) is unanchored: it never blocks an edit, and it anchors itself when the source's text is added.

let dirs: TempDirs;
let b: Backend;
beforeEach(() => {
  dirs = tempDirs();
  b = backendFor(dirs, { sampleDir: SAMPLE_DIR });
});
afterEach(async () => {
  await b.close();
  dirs.cleanup();
});

const finished = (jobId: string): Promise<JobState> => b.context.jobs.wait(jobId);
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function importText(fileName: string, text: string) {
  const preview = await ok(b, 'interchange-preview', { fileName, dataBase64: b64(text) });
  expect(preview.errors).toEqual([]);
  const job = await finished((await ok(b, 'interchange-import', { previewId: preview.previewId })).jobId);
  expect(job.state).toBe('done');
}

const ARTICLE = 'Theo báo cáo, trong năm 2021 kim ngạch xuất khẩu của tỉnh đạt 28,8 tỷ USD, tăng 9% so với năm trước.';
const QUOTE = 'đạt 28,8 tỷ USD';

/** One interchange row citing source src-x by id and title, its quote with or without offsets. */
function csvRow(quote: string, start = '', end = ''): string {
  const cells: Record<string, string> = {
    id: 'o1', entity: 'Thái Nguyên', indicator: 'Export value', period: '2021', value: '28.8', unit: 'tỷ USD', qualifier: 'exact',
    stated: '28,8 tỷ USD', source_id: 'src-x', source_title: 'Báo cáo', quote, quote_start: start, quote_end: end, status: 'draft',
  };
  return [INTERCHANGE_COLUMNS.join(','), INTERCHANGE_COLUMNS.map((c) => `"${cells[c] ?? ''}"`).join(',')].join('\r\n');
}

describe('unanchored quotes', () => {
  it("rows of Tally's full CSV imported into a new dataset (sources without text) can have every field edited", async () => {
    await ok(b, 'datasets-open-sample');
    const out = path.join(dirs.root, 'all.csv');
    await finished((await ok(b, 'export-start', { format: 'csv', table: 'full', outPath: out })).jobId);
    await ok(b, 'datasets-create', { name: 'Copy' });
    await importText('all.csv', await fs.readFile(out, 'utf8'));
    const quoted = (await ok(b, 'dataset-snapshot')).doc.observations.filter((o) => o.quote !== null && o.quote.start > 0);
    expect(quoted.length).toBeGreaterThan(0);
    const o = quoted[0];
    const patches = [{ value: 1234 }, { unit: 'USD' }, { entity: 'Hà Nội' }, { indicator: 'Other' }, { period: '2022' }, { note: 'checked' }, { qualifier: 'approx' as const }, { stated: 'khoảng 1.234 USD' }];
    for (const patch of patches) await ok(b, 'observations-update', { id: o.id, patch });
    const after = (await ok(b, 'dataset-snapshot')).doc.observations.find((x) => x.id === o.id)!;
    expect(after).toMatchObject({ value: 1234, unit: 'USD', entity: 'Hà Nội', period: '2022', note: 'checked', quote: o.quote });
  });

  it('a new quote at the wrong offsets of a known text is still refused', async () => {
    const snap = await ok(b, 'datasets-open-sample');
    const o = snap.doc.observations.find((x) => x.quote !== null)!;
    const moved = { ...o.quote!, start: o.quote!.start + 1, end: o.quote!.end + 1 };
    const refused = await fails(b, 'observations-update', { id: o.id, patch: { quote: moved } }, 'INVALID_INPUT');
    expect(refused.message).toMatch(/^quote: the quote is not at/);
  });

  it('a quote without offsets, source without text: imported unanchored, then anchored (with its context) when the text is added', async () => {
    await ok(b, 'datasets-create', { name: 'Other tool' });
    await importText('other.csv', csvRow(QUOTE));
    const imported = (await ok(b, 'dataset-snapshot')).doc.observations[0];
    expect(imported.quote?.exact).toBe(QUOTE);
    await ok(b, 'observations-update', { id: imported.id, patch: { note: 'from the other tool' } });

    await ok(b, 'sources-add-version', { id: 'src-x', text: ARTICLE });
    const snap = await ok(b, 'dataset-snapshot');
    const at = ARTICLE.indexOf(QUOTE);
    expect(snap.orphanedObservationIds).toEqual([]);
    expect(snap.doc.observations[0].quote).toEqual({ exact: QUOTE, start: at, end: at + QUOTE.length, prefix: ARTICLE.slice(at - 32, at), suffix: ARTICLE.slice(at + QUOTE.length, at + QUOTE.length + 32) });
  });

  it('a quote without offsets into a dataset whose source has its text: anchored by finding it', async () => {
    await ok(b, 'datasets-create', { name: 'Has text' });
    const created = await ok(b, 'sources-create', { meta: { title: 'Báo cáo', language: 'vi' }, text: ARTICLE });
    await importText('other.csv', csvRow(QUOTE).replace('src-x', created.source.id));
    const q = (await ok(b, 'dataset-snapshot')).doc.observations[0].quote!;
    expect(ARTICLE.slice(q.start, q.end)).toBe(QUOTE);
    expect(q.prefix).toBe(ARTICLE.slice(q.start - 32, q.start));
  });

  it('one offset without the other is refused, naming the blank column', async () => {
    await ok(b, 'datasets-create', { name: 'Typo' });
    const preview = await ok(b, 'interchange-preview', { fileName: 'typo.csv', dataBase64: b64(csvRow(QUOTE, '45', '')) });
    expect(preview.errors).toEqual([{ row: 1, column: 'quote_end', message: 'quote_end is empty but quote_start is given' }]);
  });
});
