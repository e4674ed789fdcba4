import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../shared/crosscheck';
import type { DatasetDoc } from '../../../shared/model';
import { validateDataset } from '../../../shared/validation';
import { fixtureDoc, resolveAll } from '../export/fixture';

const report = (doc: DatasetDoc, orphanedIds: string[] = []) => validateDataset(doc, { groups: checkDataset(doc).groups, orphanedIds });
const kinds = (r: ReturnType<typeof report>, severity: 'blocking' | 'warning') =>
  r.problems.filter((p) => p.severity === severity).map((p) => p.kind);

describe('validation report', () => {
  it('before review: the compatible and conflicting groups block', () => {
    const r = report(fixtureDoc());
    expect(r.publishable).toBe(false);
    expect(kinds(r, 'blocking')).toEqual(['unresolved-group', 'unresolved-group']);
    const groups = r.problems.filter((p) => p.kind === 'unresolved-group').map((p) => p.location.group!.indicator);
    expect(groups).toEqual(['Export value', 'Poor household rate']);
    expect(r.problems[0].message).toBe(
      'Thái Nguyên · Export value · 2021 is compatible and unresolved (2 observations): its figures differ within rounding; confirm the accepted value',
    );
    // The single FDI figure is a draft; src-b has neither URL nor date.
    expect(kinds(r, 'warning')).toEqual(['unverified-single', 'source-missing-url', 'source-missing-date']);
    expect(r.blocking).toBe(2);
    expect(r.warnings).toBe(3);
  });

  it('after review: publishable, with the warnings still listed', () => {
    const r = report(resolveAll(fixtureDoc()));
    expect(r.publishable).toBe(true);
    expect(r.blocking).toBe(0);
    expect(kinds(r, 'warning')).toEqual(['unverified-single', 'source-missing-url', 'source-missing-date']);
  });

  it('an edit after the decision makes it stale and blocks again', () => {
    const doc = resolveAll(fixtureDoc());
    // 28.82e9 is still what "trên 28,8 tỷ USD" can mean, so only the decision's staleness blocks.
    doc.observations[1] = { ...doc.observations[1], value: 28.82e9 };
    const r = report(doc);
    expect(kinds(r, 'blocking')).toEqual(['stale-resolution']);
    expect(r.problems[0].location.group).toEqual({ entity: 'Thái Nguyên', indicator: 'Export value', period: '2021' });
    expect(r.problems[0].message).toContain('the decision by Minh no longer matches its 2 observations');
  });

  it('orphaned citations block, with the observation and source as location', () => {
    const r = report(resolveAll(fixtureDoc()), ['obs-3']);
    expect(r.problems[0]).toMatchObject({
      kind: 'orphaned-citation',
      location: { observationId: 'obs-3', sourceId: 'src-a', field: 'quote' },
    });
    expect(r.problems[0].message).toContain('the quote "6,51%" is no longer found in');
  });

  it('invalid records name each missing field', () => {
    const doc = resolveAll(fixtureDoc());
    doc.observations.push({ ...doc.observations[6], id: 'obs-x', entity: '', period: '2021-13', value: null, unit: '', sourceId: 'gone', quote: null });
    const r = report(doc);
    const fields = r.problems.filter((p) => p.kind === 'invalid-record').map((p) => p.location.field);
    expect(fields).toEqual(['entity', 'period', 'value', 'unit', 'sourceId', 'quote']);
    expect(r.problems.find((p) => p.location.field === 'sourceId')!.message).toBe('— · Active FDI projects · 2021-13 · "215 dự án": cites source "gone", which is not in the dataset');
  });

  it('a verified single figure is no warning', () => {
    const doc = resolveAll(fixtureDoc());
    doc.observations[6] = { ...doc.observations[6], status: 'verified' };
    expect(kinds(report(doc), 'warning')).toEqual(['source-missing-url', 'source-missing-date']);
  });

  it('a value the stated words cannot mean blocks, naming the row and how the words read', () => {
    const doc = resolveAll(fixtureDoc());
    doc.observations[4] = { ...doc.observations[4], stated: '5,43%', value: -99 };
    const r = report(doc);
    const p = r.problems.find((x) => x.kind === 'stated-mismatch')!;
    expect(p).toMatchObject({ severity: 'blocking', location: { observationId: 'obs-5', field: 'value' } });
    expect(p.message).toBe('Thái Nguyên · Poor household rate · 2021 · "5,43%": the value -99 % is not what "5,43%" says (it reads as 5.43 %)');
  });

  it('a decrease filed with either sign is no problem', () => {
    for (const value of [-2.16, 2.16]) {
      const doc = resolveAll(fixtureDoc());
      doc.observations[4] = { ...doc.observations[4], stated: 'giảm 2,16%', value };
      doc.observations[5] = { ...doc.observations[5], stated: 'giảm 2,16%', value };
      expect(report(doc).problems.filter((x) => x.kind === 'stated-mismatch')).toEqual([]);
    }
  });

  it('a unit the catalogue indicator cannot have blocks; an indicator without a unit takes any', () => {
    const doc = resolveAll(fixtureDoc());
    doc.indicators = [
      { id: 'ind-1', name: 'Export value', unit: 'USD', definition: '', aliases: [] },
      { id: 'ind-2', name: 'active fdi projects', unit: 'project', definition: '', aliases: [] },
      { id: 'ind-3', name: 'GRDP growth', unit: '', definition: '', aliases: [] },
    ];
    expect(report(doc).problems.filter((x) => x.kind === 'unit-misfit')).toEqual([]);
    doc.observations[6] = { ...doc.observations[6], unit: 'count', stated: '215' };
    const p = report(doc).problems.filter((x) => x.kind === 'unit-misfit');
    expect(p).toEqual([
      {
        severity: 'blocking',
        kind: 'unit-misfit',
        message:
          'Thái Nguyên · Active FDI projects · 2021 · "215": unit count cannot be the unit of indicator "active fdi projects" (project); fix the unit or file it under another indicator',
        location: { observationId: 'obs-7', field: 'unit' },
      },
    ]);
  });

  it('reports each row left out of every group as not grouped, naming it and what it lacks', () => {
    const doc = resolveAll(fixtureDoc());
    doc.observations.push({ ...doc.observations[0], id: 'obs-8', entity: '', indicator: ' ', stated: 'gần 29 tỷ USD' });
    const r = report(doc);
    const p = r.problems.filter((x) => x.kind === 'not-grouped');
    expect(p).toEqual([
      {
        severity: 'warning',
        kind: 'not-grouped',
        message: '— · — · 2021 · "gần 29 tỷ USD" is not grouped (no entity, no indicator): cross-checking leaves it out',
        location: { observationId: 'obs-8', field: 'entity' },
      },
    ]);
  });
});
