import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../electron/backend/store/source-texts';
import { backendFor, bytes, datasetWithSource, fails, ok, quoteOf, SOURCE_TEXT, tempDirsPerTest } from './helpers';

const dirs = tempDirsPerTest();

async function withCitations() {
  const b = backendFor(dirs);
  const { dir, sourceId } = await datasetWithSource(b);
  const cite = async (exact: string, value: number, unit: string) =>
    (await ok(b, 'observations-create', { fields: { entity: 'Thái Nguyên', indicator: exact, period: '2021', value, unit, stated: exact, sourceId, quote: quoteOf(exact) } })).observation.id;
  const exports = await cite('gần 29 tỷ USD', 29e9, 'USD');
  const poor = await cite('2,16%', 2.16, '%');
  return { b, dir, sourceId, exports, poor };
}

describe('sources and their frozen texts', () => {
  it('stores the text as sources/<id>.v1.txt with its sha256 and serves it back', async () => {
    const { b, dir, sourceId } = await withCitations();
    const t = await ok(b, 'sources-text', { id: sourceId });
    expect(t.text).toBe(SOURCE_TEXT);
    expect(t.hash).toBe(hashText(SOURCE_TEXT));
    expect(readFileSync(path.join(dir, 'sources', `${sourceId}.v1.txt`), 'utf8')).toBe(SOURCE_TEXT);
    await fails(b, 'sources-text', { id: 'src-404' }, 'NOT_FOUND');
    await b.close();
  });

  it('a new version keeps v1 untouched, re-anchors quotes that moved, reports the lost ones and keeps them', async () => {
    const { b, dir, sourceId, exports, poor } = await withCitations();
    const v1 = bytes(path.join(dir, 'sources', `${sourceId}.v1.txt`));
    const corrected = `Bản cập nhật. ${SOURCE_TEXT.replace('2,16%', '2,17%')}`;
    const m = await ok(b, 'sources-add-version', { id: sourceId, text: corrected });
    expect(m.orphaned).toEqual([poor]);
    expect(bytes(path.join(dir, 'sources', `${sourceId}.v1.txt`)).equals(v1)).toBe(true);
    expect(readFileSync(path.join(dir, 'sources', `${sourceId}.v2.txt`), 'utf8')).toBe(corrected);
    const snap = await ok(b, 'dataset-snapshot');
    const moved = snap.doc.observations.find((o) => o.id === exports)!;
    expect(corrected.slice(moved.quote!.start, moved.quote!.end)).toBe('gần 29 tỷ USD');
    expect(snap.doc.observations.find((o) => o.id === poor)!.quote!.exact).toBe('2,16%'); // never dropped
    expect(snap.orphanedObservationIds).toEqual([poor]);
    expect(snap.doc.sources[0].versions.map((v) => v.file)).toEqual([`sources/${sourceId}.v1.txt`, `sources/${sourceId}.v2.txt`]);

    // Undo goes back to v1 (no orphans); a different v2 later does not overwrite the undone file.
    await ok(b, 'history-undo');
    expect((await ok(b, 'dataset-snapshot')).orphanedObservationIds).toEqual([]);
    await ok(b, 'sources-add-version', { id: sourceId, text: `${SOURCE_TEXT} Thêm một câu.` });
    expect(readFileSync(path.join(dir, 'sources', `${sourceId}.v2.txt`), 'utf8')).toBe(corrected);
    expect(existsSync(path.join(dir, 'sources', `${sourceId}.v3.txt`))).toBe(true);
    await b.close();

    const b2 = backendFor(dirs);
    expect((await ok(b2, 'datasets-open', { path: dir })).orphanedObservationIds).toEqual([]);
    await b2.close();
  });

  it('refuses to delete a cited source (SOURCE_CITED with the count); with force keeps the observations unsourced', async () => {
    const { b, dir, sourceId, exports } = await withCitations();
    const file = path.join(dir, 'dataset.json');
    const before = bytes(file);
    const err = await fails(b, 'sources-delete', { id: sourceId }, 'SOURCE_CITED');
    expect(err.message).toBe('source "Báo Thái Nguyên" is cited by 2 observations; delete with force to keep them without a source');
    expect(bytes(file).equals(before)).toBe(true);

    await ok(b, 'sources-delete', { id: sourceId, force: true });
    const snap = await ok(b, 'dataset-snapshot');
    expect(snap.doc.sources).toEqual([]);
    const o = snap.doc.observations.find((x) => x.id === exports)!;
    expect(o).toMatchObject({ sourceId: null, quote: null, stated: 'gần 29 tỷ USD' });
    expect(o.note).toContain('quote: "gần 29 tỷ USD"');
    await ok(b, 'history-undo');
    const back = await ok(b, 'dataset-snapshot');
    expect(back.doc.observations.find((x) => x.id === exports)!.quote?.exact).toBe('gần 29 tỷ USD');
    expect(back.doc.sources).toHaveLength(1);
    await b.close();
  });

  it('updates metadata and validates it', async () => {
    const { b, sourceId } = await withCitations();
    await ok(b, 'sources-update', { id: sourceId, patch: { author: 'Minh Hằng' } });
    await fails(b, 'sources-update', { id: sourceId, patch: { url: 'not a url' } }, 'INVALID_INPUT');
    await fails(b, 'sources-update', { id: sourceId, patch: { published: '2021-02-30' } }, 'INVALID_INPUT');
    expect((await ok(b, 'dataset-snapshot')).doc.sources[0].author).toBe('Minh Hằng');
    await b.close();
  });

  it('reads an article file sent as base64 into a draft', async () => {
    const b = backendFor(dirs);
    const draft = await ok(b, 'sources-parse-file', { fileName: 'bai-viet.txt', dataBase64: Buffer.from(SOURCE_TEXT, 'utf8').toString('base64') });
    expect(draft.text).toContain('gần 29 tỷ USD');
    expect(draft.language).toBe('vi');
    await fails(b, 'sources-parse-file', { fileName: 'x.bin', dataBase64: Buffer.from([0, 1, 2, 0xff]).toString('base64') }, 'NOT_TEXT');
    await b.close();
  });

  it('a change refused after storing its text leaves no new file behind; a kept change keeps its file', async () => {
    const b = backendFor(dirs);
    const { dir, sourceId } = await datasetWithSource(b);
    const store = b.context.store();
    const before = readdirSync(path.join(dir, 'sources')).sort();
    const refused = store.mutate('test', async () => {
      await store.storeSourceText(sourceId, 'Bản mới, bị huỷ.', store.doc.sources[0].versions);
      throw new Error('cancelled while building');
    });
    await expect(refused).rejects.toThrow('cancelled while building');
    expect(readdirSync(path.join(dir, 'sources')).sort()).toEqual(before);
    // The next real version takes the name the refused one had, and stays.
    await ok(b, 'sources-add-version', { id: sourceId, text: 'Bản mới.' });
    expect(readdirSync(path.join(dir, 'sources')).sort()).toEqual([...before, `${sourceId}.v2.txt`].sort());
    expect(readFileSync(path.join(dir, 'sources', `${sourceId}.v2.txt`), 'utf8')).toBe('Bản mới.');
    await b.close();
  });
});
