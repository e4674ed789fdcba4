import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../shared/crosscheck';
import { backendFor, bytes, datasetWithSource, fails, ok, quoteOf, SOURCE_TEXT, tempDirsPerTest } from './helpers';
import type { Backend } from '../../electron/backend/create-backend';

const dirs = tempDirsPerTest();

const payload = (fileName: string, json: unknown) => ({ fileName, dataBase64: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)).toString('base64') });

/** A dataset with a catalogue entry for Thái Nguyên and Export value, and two observations filed under them. */
async function setup() {
  const b = backendFor(dirs);
  const { dir, sourceId } = await datasetWithSource(b);
  const { entity } = await ok(b, 'catalogue-save-entity', { name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên'] });
  const { indicator } = await ok(b, 'catalogue-save-indicator', { name: 'Export value', unit: 'USD', definition: 'Goods exported', aliases: ['kim ngạch xuất khẩu'] });
  const obs = async (fields: object) => (await ok(b, 'observations-create', { fields: { sourceId, status: 'draft', ...fields } })).observation;
  const export2021 = await obs({ entity: 'Thái Nguyên', indicator: 'Export value', period: '2021', value: 29e9, unit: 'USD', qualifier: 'nearly', stated: 'gần 29 tỷ USD', quote: quoteOf('gần 29 tỷ USD') });
  const growth = await obs({ entity: 'thai nguyen', indicator: 'GRDP growth', period: '2021', value: 6.51, unit: '%', stated: '6,51%', quote: quoteOf('6,51%') });
  const file = path.join(dir, 'dataset.json');
  return { b, dir, sourceId, entity, indicator, export2021, growth, file, obs };
}

const snapshot = async (b: Backend) => (await ok(b, 'dataset-snapshot')).doc;

describe('catalogue records', () => {
  it('creates records with tidy aliases, in history and undoable', async () => {
    const { b, indicator } = await setup();
    expect(indicator).toMatchObject({ name: 'Export value', unit: 'USD', aliases: ['kim ngạch xuất khẩu'] });
    const m = await ok(b, 'catalogue-save-indicator', { name: '  GRDP   growth ', unit: '%', aliases: ['tăng trưởng GRDP', 'Tăng trưởng  GRDP', 'GRDP Growth'] });
    expect(m.indicator).toMatchObject({ name: 'GRDP growth', aliases: ['tăng trưởng GRDP'] });
    expect(m.undo.undoLabel).toBe('Add indicator "GRDP growth"');
    await ok(b, 'history-undo');
    expect((await snapshot(b)).indicators.map((i) => i.name)).toEqual(['Export value']);
    await b.close();
  });

  it('refuses a name equal to another after folding case and diacritics, naming the other; nothing is written', async () => {
    const { b, file } = await setup();
    const before = bytes(file);
    const err = await fails(b, 'catalogue-save-entity', { name: 'THAI NGUYEN', kind: 'city' }, 'INVALID_INPUT');
    expect(err.message).toBe('entity "THAI NGUYEN": same name as "Thái Nguyên" once case and accents are ignored');
    expect(bytes(file).equals(before)).toBe(true);
    await b.close();
  });

  it('refuses an alias another record holds or that is another record’s name', async () => {
    const { b } = await setup();
    const taken = await fails(b, 'catalogue-save-indicator', { name: 'Exports', unit: 'USD', aliases: ['Kim ngach xuat khau'] }, 'INVALID_INPUT');
    expect(taken.message).toBe('indicator "Exports": alias "Kim ngach xuat khau" is also an alias of "Export value"');
    const { indicator } = await ok(b, 'catalogue-save-indicator', { name: 'Import value', unit: 'USD' });
    const named = await fails(b, 'catalogue-add-alias', { collection: 'indicators', id: indicator.id, alias: 'export value' }, 'INVALID_INPUT');
    expect(named.message).toBe('indicator "Import value": alias "export value" is the name of another indicator, "Export value"');
    await b.close();
  });

  it('renames an indicator on every observation that uses it (case and diacritics aside) in one undo step', async () => {
    const { b, indicator, export2021, obs } = await setup();
    const other = await obs({ entity: 'Thái Nguyên', indicator: 'EXPORT VALUE', period: '2022', value: 30e9, unit: 'USD', stated: '30 tỷ USD' });
    const m = await ok(b, 'catalogue-save-indicator', { ...indicator, name: 'Goods export value' });
    expect(m.undo.undoLabel).toBe('Rename indicator "Export value" to "Goods export value" on 2 observations');
    let doc = await snapshot(b);
    expect(doc.observations.filter((o) => o.indicator === 'Goods export value').map((o) => o.id)).toEqual([export2021.id, other.id]);
    await ok(b, 'history-undo');
    doc = await snapshot(b);
    expect(doc.indicators[0].name).toBe('Export value');
    expect(doc.observations.find((o) => o.id === other.id)?.indicator).toBe('EXPORT VALUE');
    expect(doc.observations.find((o) => o.id === export2021.id)?.indicator).toBe('Export value');
    await b.close();
  });

  it('a rename carries a decided group along without reopening it', async () => {
    const { b, entity, export2021 } = await setup();
    await ok(b, 'settings-update', { reviewerName: 'Lan' });
    await ok(b, 'resolutions-create', { group: { entity: 'Thái Nguyên', indicator: 'Export value', period: '2021' }, observationId: export2021.id, rationale: 'the only source' });
    await ok(b, 'catalogue-save-entity', { ...entity, name: 'Tỉnh Thái Nguyên' });
    const doc = await snapshot(b);
    expect(doc.resolutions[0].group.entity).toBe('Tỉnh Thái Nguyên');
    const group = checkDataset(doc).groups.find((g) => g.key.indicator === 'Export value');
    expect(group).toMatchObject({ key: { entity: 'Tỉnh Thái Nguyên' }, resolved: true, stale: false });
    await b.close();
  });

  it('merges two indicators: name and aliases join the survivor, observations move, one undo step', async () => {
    const { b, indicator, obs } = await setup();
    const { indicator: dup } = await ok(b, 'catalogue-save-indicator', { name: 'Exports', unit: 'USD', definition: '', aliases: ['xuất khẩu hàng hóa'] });
    const moved = await obs({ entity: 'Thái Nguyên', indicator: 'Exports', period: '2021', value: 28.8e9, unit: 'USD', qualifier: 'over', stated: 'trên 28,8 tỷ USD' });
    const m = await ok(b, 'catalogue-merge', { collection: 'indicators', fromId: dup.id, intoId: indicator.id });
    expect(m.undo.undoLabel).toBe('Merge indicator "Exports" into "Export value", 1 observation moved');
    let doc = await snapshot(b);
    expect(doc.indicators).toEqual([{ ...indicator, aliases: ['kim ngạch xuất khẩu', 'Exports', 'xuất khẩu hàng hóa'] }]);
    expect(doc.observations.find((o) => o.id === moved.id)?.indicator).toBe('Export value');
    expect(checkDataset(doc).groups.find((g) => g.key.indicator === 'Export value')?.observationIds).toHaveLength(2);
    await ok(b, 'history-undo');
    doc = await snapshot(b);
    expect(doc.indicators.map((i) => i.name)).toEqual(['Export value', 'Exports']);
    expect(doc.observations.find((o) => o.id === moved.id)?.indicator).toBe('Exports');
    await b.close();
  });

  it('refuses to merge indicators whose units differ, or a record into itself', async () => {
    const { b, indicator } = await setup();
    const { indicator: vnd } = await ok(b, 'catalogue-save-indicator', { name: 'Export value (VND)', unit: 'VND' });
    const err = await fails(b, 'catalogue-merge', { collection: 'indicators', fromId: vnd.id, intoId: indicator.id }, 'INVALID_INPUT');
    expect(err.message).toBe('cannot merge indicator "Export value (VND)" (VND) into "Export value" (USD): their units differ; change one unit first');
    await fails(b, 'catalogue-merge', { collection: 'indicators', fromId: vnd.id, intoId: vnd.id }, 'INVALID_INPUT');
    await fails(b, 'catalogue-merge', { collection: 'entities', fromId: 'ent-404', intoId: vnd.id }, 'NOT_FOUND');
    await b.close();
  });

  it('merges two entities: observations move, the survivor keeps its kind or takes the other’s', async () => {
    const { b, entity, obs } = await setup();
    const { entity: other } = await ok(b, 'catalogue-save-entity', { name: 'TP Thái Nguyên', kind: 'city', aliases: ['thành phố Thái Nguyên'] });
    const moved = await obs({ entity: 'TP Thái Nguyên', indicator: 'Export value', period: '2022', value: 1e9, unit: 'USD', stated: '1 tỷ USD' });
    await ok(b, 'catalogue-merge', { collection: 'entities', fromId: other.id, intoId: entity.id });
    const doc = await snapshot(b);
    expect(doc.entities).toEqual([{ ...entity, aliases: ['tỉnh Thái Nguyên', 'TP Thái Nguyên', 'thành phố Thái Nguyên'] }]);
    expect(doc.observations.find((o) => o.id === moved.id)?.entity).toBe('Thái Nguyên');
    await b.close();
  });

  it('deletes a record; observations keep the name they carry', async () => {
    const { b, entity, export2021 } = await setup();
    await ok(b, 'catalogue-delete', { collection: 'entities', id: entity.id });
    const doc = await snapshot(b);
    expect(doc.entities).toEqual([]);
    expect(doc.observations.find((o) => o.id === export2021.id)?.entity).toBe('Thái Nguyên');
    await b.close();
  });

  it('adds an alias once; the same alias again changes nothing', async () => {
    const { b, entity } = await setup();
    const m = await ok(b, 'catalogue-add-alias', { collection: 'entities', id: entity.id, alias: 'Thai Nguyen' });
    expect(m.undo.undoLabel).toBe('Add alias "Thai Nguyen" to entity "Thái Nguyên"');
    const again = await ok(b, 'catalogue-add-alias', { collection: 'entities', id: entity.id, alias: 'thai  nguyen' });
    expect(again.changes).toEqual([]);
    expect((await snapshot(b)).entities[0].aliases).toEqual(['tỉnh Thái Nguyên', 'Thai Nguyen']);
    await b.close();
  });
});

describe('datasets from before the catalogue', () => {
  it('open with registry records that have no aliases or definition, and can be edited', async () => {
    const { b, dir, file } = await setup();
    await b.close();
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    doc.entities = doc.entities.map(({ id, name, kind }: { id: string; name: string; kind: string }) => ({ id, name, kind }));
    doc.indicators = doc.indicators.map(({ id, name, unit }: { id: string; name: string; unit: string }) => ({ id, name, unit }));
    writeFileSync(file, JSON.stringify(doc));
    const b2 = backendFor(dirs);
    const snap = await ok(b2, 'datasets-open', { path: dir });
    expect(snap.doc.indicators[0]).toMatchObject({ name: 'Export value', definition: '', aliases: [] });
    await ok(b2, 'catalogue-add-alias', { collection: 'indicators', id: snap.doc.indicators[0].id, alias: 'exports' });
    await b2.close();
  });
});

describe('catalogue interchange', () => {
  it('exports the documented shape, sorted by name, and imports it into another dataset', async () => {
    const { b } = await setup();
    await ok(b, 'catalogue-save-entity', { name: 'An Giang', kind: 'province', aliases: [] });
    const file = await ok(b, 'catalogue-export');
    expect(file).toEqual({
      entities: [
        { name: 'An Giang', kind: 'province', aliases: [] },
        { name: 'Thái Nguyên', kind: 'province', aliases: ['tỉnh Thái Nguyên'] },
      ],
      indicators: [{ name: 'Export value', unit: 'USD', definition: 'Goods exported', aliases: ['kim ngạch xuất khẩu'] }],
    });
    await ok(b, 'datasets-create', { name: 'Khác' });
    const m = await ok(b, 'catalogue-import', payload('catalogue.json', file));
    expect([m.added, m.updated]).toEqual([3, 0]);
    expect(await ok(b, 'catalogue-export')).toEqual(file);
    await ok(b, 'history-undo');
    expect(await ok(b, 'catalogue-export')).toEqual({ entities: [], indicators: [] });
    await b.close();
  });

  it('updates records by name: fields the file fills, aliases joined, the file’s spelling renames observations', async () => {
    const { b, export2021 } = await setup();
    const m = await ok(
      b,
      'catalogue-import',
      payload('team.json', { indicators: [{ name: 'EXPORT VALUE', definition: 'Value of goods exported (customs)', aliases: ['exports', 'kim ngach xuat khau'] }] }),
    );
    expect([m.added, m.updated]).toEqual([0, 1]);
    const doc = await snapshot(b);
    expect(doc.indicators).toEqual([
      { id: doc.indicators[0].id, name: 'EXPORT VALUE', unit: 'USD', definition: 'Value of goods exported (customs)', aliases: ['kim ngạch xuất khẩu', 'exports'] },
    ]);
    expect(doc.observations.find((o) => o.id === export2021.id)?.indicator).toBe('EXPORT VALUE');
    const same = await ok(b, 'catalogue-import', payload('team.json', { indicators: [{ name: 'EXPORT VALUE' }] }));
    expect([same.added, same.updated, same.changes.length]).toEqual([0, 0, 0]);
    await b.close();
  });

  it('renames entity and indicator of one observation in one change when a file respells both', async () => {
    const { b, export2021 } = await setup();
    const m = await ok(b, 'catalogue-import', payload('team.json', { entities: [{ name: 'THÁI NGUYÊN' }], indicators: [{ name: 'export value' }] }));
    expect(m.changes.filter((c) => c.id === export2021.id)).toHaveLength(1);
    expect((await snapshot(b)).observations.find((o) => o.id === export2021.id)).toMatchObject({ entity: 'THÁI NGUYÊN', indicator: 'export value' });
    await b.close();
  });

  it('refuses a bad file with a message naming the entry, and changes nothing', async () => {
    const { b, file } = await setup();
    const before = bytes(file);
    const cases: [unknown, string][] = [
      ['{ not json', 'bad.json is not JSON'],
      [[], 'bad.json is not a catalogue: the file: '],
      [{ indicators: [{ name: 'Export value' }, { name: 'Jobs', unit: 5 }] }, 'bad.json is not a catalogue: indicators.1.unit: '],
      [{ entities: [{ name: 'Huế', colour: 'red' }] }, 'bad.json is not a catalogue: entities.0: Unrecognized key: "colour"'],
      [{ indicators: [{ name: 'Exports' }, { name: 'exports' }] }, 'bad.json: indicator "exports": same name as "Exports"'],
      [
        { indicators: [{ name: 'Exports', aliases: ['xuất khẩu'] }, { name: 'Export value', aliases: ['Xuất khẩu'] }] },
        'bad.json: indicator "Export value": alias "Xuất khẩu" is also an alias of "Exports"',
      ],
      [{ indicators: [{ name: 'Imports', aliases: ['kim ngạch xuất khẩu'] }] }, 'bad.json: indicator "Imports": alias "kim ngạch xuất khẩu" is also an alias of "Export value"'],
    ];
    for (const [json, message] of cases) {
      const err = await fails(b, 'catalogue-import', payload('bad.json', json), 'INVALID_INPUT');
      expect(err.message.startsWith(message), `${err.message} should start with ${message}`).toBe(true);
    }
    expect(bytes(file).equals(before)).toBe(true);
    await b.close();
  });
});

describe('reader skips', () => {
  it('remembers skipped suggestions per source across a restart, and forgets one un-skipped', async () => {
    const { b, dir, sourceId } = await setup();
    const at = SOURCE_TEXT.indexOf('6,51%');
    await ok(b, 'reader-skip', { sourceId, start: at, end: at + 5, skipped: true });
    const list = await ok(b, 'reader-skip', { sourceId, start: 3, end: 7, skipped: true });
    expect(list).toEqual([
      { sourceId, start: 3, end: 7 },
      { sourceId, start: at, end: at + 5 },
    ]);
    expect((await ok(b, 'history-list', { limit: 1 })).entries[0].action).not.toBe('reader-skip');
    await b.close();
    const b2 = backendFor(dirs);
    await ok(b2, 'datasets-open', { path: dir });
    expect(await ok(b2, 'reader-skips', { sourceId })).toHaveLength(2);
    expect(await ok(b2, 'reader-skip', { sourceId, start: 3, end: 7, skipped: false })).toEqual([{ sourceId, start: at, end: at + 5 }]);
    await fails(b2, 'reader-skips', { sourceId: 'src-404' }, 'NOT_FOUND');
    await fails(b2, 'reader-skip', { sourceId, start: 9, end: 9, skipped: true }, 'INVALID_INPUT');
    await b2.close();
  });

  it('a skips file that cannot be read or written is an IO_ERROR naming it, and nothing else changes', async () => {
    const { b, dir, sourceId, file } = await setup();
    mkdirSync(path.join(dir, 'reader-skips.json'));
    const before = bytes(file);
    const err = await fails(b, 'reader-skip', { sourceId, start: 0, end: 4, skipped: true }, 'IO_ERROR');
    expect(err.message).toMatch(/^cannot read reader-skips\.json: .*; the skipped suggestions are as they were$/);
    expect(bytes(file).equals(before)).toBe(true);
    await ok(b, 'catalogue-add-alias', { collection: 'entities', id: (await snapshot(b)).entities[0].id, alias: 'TN' });
    await b.close();
  });

  it('sets an unreadable skips file aside and starts afresh', async () => {
    const { b, dir, sourceId } = await setup();
    writeFileSync(path.join(dir, 'reader-skips.json'), '{"src-1": [{"start": "x"}]');
    expect(await ok(b, 'reader-skips', { sourceId })).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('reader-skips.json.unreadable-'))).toHaveLength(1);
    expect(await ok(b, 'reader-skip', { sourceId, start: 0, end: 4, skipped: true })).toEqual([{ sourceId, start: 0, end: 4 }]);
    expect(JSON.parse(readFileSync(path.join(dir, 'reader-skips.json'), 'utf8'))).toEqual({ [sourceId]: [{ start: 0, end: 4 }] });
    await b.close();
  });
});
