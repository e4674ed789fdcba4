import { describe, expect, it } from 'vitest';
import { INTERCHANGE_COLUMNS, planImport, readInterchange, toCsv, toJson, toRows } from '../../../shared/interchange';
import type { Observation } from '../../../shared/model';
import { fixtureDoc } from '../export/fixture';
import { roundTripEssence as essence } from './round-trip-essence';

let n = 0;
const emptyDataset = { sources: [], observationIds: new Set<string>(), sourceText: () => undefined, newId: (p: string) => `${p}-new-${++n}` };

describe('interchange round trip', () => {
  for (const format of ['csv', 'json'] as const) {
    it(`${format}: export then import into an empty dataset gives back the same observations`, () => {
      const doc = fixtureDoc();
      const text = format === 'csv' ? toCsv(toRows(doc.observations, doc.sources)) : toJson(toRows(doc.observations, doc.sources));
      const read = readInterchange(text, format);
      expect(read.errors).toEqual([]);
      expect(read.total).toBe(doc.observations.length);
      const plan = planImport(read.rows, emptyDataset);
      expect(plan.errors).toEqual([]);
      expect(plan.observations.map(essence)).toEqual(doc.observations.map(essence));
      // Sources come back with their ids and metadata (their text is not in the file).
      expect(plan.sources.map((s) => [s.id, s.meta.title, s.meta.url, s.meta.published, s.meta.language])).toEqual(
        doc.sources.map((s) => [s.id, s.title, s.url, s.published, s.language]),
      );
    });

    it(`${format}: importing into the dataset it came from matches sources by id and refuses existing ids`, () => {
      const doc = fixtureDoc();
      const text = format === 'csv' ? toCsv(toRows(doc.observations, doc.sources)) : toJson(toRows(doc.observations, doc.sources));
      const read = readInterchange(text, format);
      const plan = planImport(read.rows, { ...emptyDataset, sources: doc.sources, observationIds: new Set(doc.observations.map((o) => o.id)) });
      expect(plan.observations).toEqual([]);
      expect(plan.errors).toHaveLength(doc.observations.length);
      expect(plan.errors[0]).toEqual({ row: 1, column: 'id', message: 'id "obs-1" is already in this dataset' });
    });
  }

  it('csv starts with a byte-order mark at byte 0 and has the columns in domain order', () => {
    const doc = fixtureDoc();
    const bytes = Buffer.from(toCsv(toRows(doc.observations, doc.sources)), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const firstLine = bytes.toString('utf8').slice(1).split('\r\n')[0];
    expect(firstLine).toBe(INTERCHANGE_COLUMNS.join(','));
  });

  it('csv writes values as plain numbers and quotes fields with commas, quotes and line breaks', () => {
    const doc = fixtureDoc();
    const csv = toCsv(toRows(doc.observations, doc.sources));
    expect(csv).toContain(',29000000000,USD,nearly,gần 29 tỷ USD,src-a,');
    expect(csv).toContain('"Thái Nguyên phát huy truyền thống, ""chuyển đổi số"""');
    expect(csv).toContain('"ghi chú, có ""dấu nháy""\nvà dòng mới"');
    expect(csv).toContain('"2,16%, theo ""báo cáo, tỉnh"".\r\nSố"');
  });

  it('json keeps numbers as numbers and null for missing ones', () => {
    const doc = fixtureDoc();
    doc.observations[0] = { ...doc.observations[0], value: null, quote: null, sourceId: null };
    const parsed = JSON.parse(toJson(toRows(doc.observations, doc.sources)));
    expect(Object.keys(parsed[0])).toEqual([...INTERCHANGE_COLUMNS]);
    expect(parsed[0].value).toBeNull();
    expect(parsed[0].quote_start).toBeNull();
    expect(parsed[1].value).toBe(28800000000);
    expect(parsed[1].quote_start).toBeTypeOf('number');
  });

  it('a draft row with blanks survives the trip as a draft', () => {
    const doc = fixtureDoc();
    const draft: Observation = { ...doc.observations[0], id: 'obs-draft', entity: '', period: '', value: null, unit: '', quote: null, sourceId: null, stated: '' };
    for (const format of ['csv', 'json'] as const) {
      const text = format === 'csv' ? toCsv(toRows([draft], [])) : toJson(toRows([draft], []));
      const read = readInterchange(text, format);
      expect(read.errors).toEqual([]);
      expect(essence(read.rows[0].observation)).toEqual(essence(draft));
    }
  });
});
