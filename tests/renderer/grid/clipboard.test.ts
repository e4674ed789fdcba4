import { describe, expect, it } from 'vitest';
import { blankObservationFields, type Observation } from '../../../shared/model';
import { parseTable, toTsv } from '../../../renderer/src/grid/tsv';
import { rangeBounds, stepFocus } from '../../../renderer/src/grid/cell-range';
import { planPaste, refusalSummary } from '../../../renderer/src/grid/paste-plan';
import { gridKeyAction } from '../../../renderer/src/grid/grid-keys';

const row = (id: string, extra: Partial<Observation> = {}): Observation =>
  ({ id, ...blankObservationFields(), createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', ...extra }) as Observation;

describe('TSV as spreadsheets write it', () => {
  it('quotes cells holding tabs, newlines or quotes and keeps Vietnamese intact', () => {
    const text = toTsv([['Thái Nguyên', 'ước tăng "GRDP"'], ['a\tb', 'hai\ndòng']]);
    expect(text).toBe('Thái Nguyên\t"ước tăng ""GRDP"""\r\n"a\tb"\t"hai\ndòng"');
    expect(parseTable(text)).toEqual([['Thái Nguyên', 'ước tăng "GRDP"'], ['a\tb', 'hai\ndòng']]);
  });
  it('drops the trailing line break and keeps empty cells', () => {
    expect(parseTable('a\t\tc\r\nd\te\tf\r\n')).toEqual([['a', '', 'c'], ['d', 'e', 'f']]);
  });
  it('reads CSV only when a comma stands outside a number', () => {
    expect(parseTable('28,8')).toEqual([['28,8']]);
    expect(parseTable('Thái Nguyên,"GRDP, thực tế",2021')).toEqual([['Thái Nguyên', 'GRDP, thực tế', '2021']]);
  });
});

describe('cell ranges', () => {
  const cols = ['entity', 'indicator', 'period', 'value'];
  it('covers the rectangle between anchor and focus, either way round', () => {
    expect(rangeBounds({ anchor: { rowIndex: 4, colId: 'period' }, focus: { rowIndex: 2, colId: 'entity' } }, cols)).toEqual({
      top: 2,
      bottom: 4,
      colIds: ['entity', 'indicator', 'period'],
    });
  });
  it('steps the focus inside the grid', () => {
    const r = { anchor: { rowIndex: 0, colId: 'value' }, focus: { rowIndex: 0, colId: 'value' } };
    expect(stepFocus(r, 'ArrowRight', cols, 3).focus).toEqual({ rowIndex: 0, colId: 'value' });
    expect(stepFocus(r, 'ArrowUp', cols, 3).focus).toEqual({ rowIndex: 0, colId: 'value' });
    expect(stepFocus(r, 'ArrowDown', cols, 3).focus).toEqual({ rowIndex: 1, colId: 'value' });
    expect(stepFocus(r, 'ArrowLeft', cols, 3).focus).toEqual({ rowIndex: 0, colId: 'period' });
  });
});

describe('planning a paste', () => {
  it('checks every cell as if typed, keeps the valid ones and creates rows past the end', () => {
    const plan = planPaste(
      [
        ['Thái Nguyên', '2021', 'abc'],
        ['Hà Nội', '2022', '5'],
      ],
      ['entity', 'period', 'note'],
      [row('obs-1')],
      0,
      null,
    );
    expect(plan.updates).toEqual([{ id: 'obs-1', patch: { entity: 'Thái Nguyên', period: '2021', note: 'abc' } }]);
    expect(plan.creates).toEqual([expect.objectContaining({ entity: 'Hà Nội', period: '2022', note: '5' })]);
    expect(plan.refused).toEqual([]);
  });
  it('refuses an invalid cell with its row and column, the rest of the row kept', () => {
    const plan = planPaste([['Thái Nguyên', 'abc']], ['entity', 'value'], [row('obs-1', { unit: '%' })], 6, null);
    expect(plan.updates).toEqual([{ id: 'obs-1', patch: { entity: 'Thái Nguyên' } }]);
    expect(plan.refused).toEqual([{ row: 7, colId: 'value', message: expect.stringContaining('"abc" is not a number') }]);
    expect(refusalSummary(plan.refused)).toMatch(/^1 cell was refused \(row 7, Value: .*\)\. The other cells were saved\.$/);
  });
  it('takes a value before its unit in the same pasted row', () => {
    const plan = planPaste([['5', '%']], ['value', 'unit'], [row('obs-1')], 0, null);
    expect(plan.refused).toEqual([]);
    expect(plan.updates[0].patch).toEqual({ value: 5, unit: '%' });
  });
});

describe('grid keys', () => {
  it('Ctrl+Enter adds a row whether or not an editor is open', () => {
    expect(gridKeyAction({ key: 'Enter', ctrlKey: true }, false)).toBe('add-row');
    expect(gridKeyAction({ key: 'Enter', metaKey: true }, true)).toBe('add-row');
    expect(gridKeyAction({ key: 'Enter' }, false)).toBeNull();
  });
  it('Tab in an editor commits and moves without opening the next editor; outside it is the grid’s', () => {
    expect(gridKeyAction({ key: 'Tab' }, true)).toBe('tab-commit');
    expect(gridKeyAction({ key: 'Tab', shiftKey: true }, true)).toBe('tab-commit');
    expect(gridKeyAction({ key: 'Tab' }, false)).toBeNull();
  });
  it('leaves text keys to an open editor', () => {
    expect(gridKeyAction({ key: 'a', ctrlKey: true }, true)).toBeNull();
    expect(gridKeyAction({ key: 'Delete' }, true)).toBeNull();
    expect(gridKeyAction({ key: 'ArrowLeft', shiftKey: true }, true)).toBeNull();
    expect(gridKeyAction({ key: 'd', ctrlKey: true }, false)).toBe('fill-down');
    expect(gridKeyAction({ key: 'A', ctrlKey: true }, false)).toBe('select-all');
    expect(gridKeyAction({ key: 'ArrowLeft', shiftKey: true }, false)).toBe('extend-selection');
  });
});
