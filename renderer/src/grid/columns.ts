import type { ColDef, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import { OBSERVATION_STATUSES, QUALIFIERS, type Observation } from '../../../shared/model';
import { foldDiacritics } from '../../../shared/text/fold';
import { groupStatusColumn } from '../groups/group-status-column';
import { formatValue } from './cell-values';
import { rowChecksColumn } from './row-checks';
import { CompletionEditor, TextEditor } from './editors/CompletionEditor';
import type { GridContext } from './grid-context';
import { foldedTextFilter } from './folded-filter';

type Col = ColDef<Observation>;
const ctx = (p: { context: unknown }) => p.context as GridContext;

/** Quick-search text for a column: lower case without diacritics, so "thai nguyen" finds "Thái Nguyên". */
const folded = (p: { value: unknown }) => (p.value === null || p.value === undefined ? '' : foldFast(String(p.value)));

const foldMemo = new Map<string, string>();

/**
 * foldDiacritics for the quick search, fast at 200k rows: plain ASCII skips Unicode normalisation, and repeated
 * texts (entity, indicator, unit and source names recur on many rows) are folded once.
 */
export function foldFast(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase();
  let f = foldMemo.get(s);
  if (f === undefined) {
    if (foldMemo.size > 20000) foldMemo.clear();
    f = foldDiacritics(s);
    foldMemo.set(s, f);
  }
  return f;
}

const sourceTitle = (p: ValueGetterParams<Observation> | ValueFormatterParams<Observation>, id: unknown): string => {
  if (typeof id !== 'string' || !id) return '';
  return ctx(p).lookups?.sourcesById.get(id)?.title ?? id;
};

const text = (field: keyof Observation & string, headerName: string, width: number, extra: Partial<Col> = {}): Col => ({
  colId: field,
  field,
  headerName,
  width,
  cellEditor: TextEditor,
  getQuickFilterText: folded,
  ...foldedTextFilter,
  ...extra,
});

/**
 * The observation columns, in the domain's order. Column ids equal the Observation field names (sourceId for the
 * source, quote for the quote's exact text) so edits map straight to patches. Other work adds columns here
 * (e.g. the group status of issue 4).
 */
export function observationColumns(getContext: () => GridContext): Col[] {
  return [
    text('entity', 'Entity', 140, { cellEditor: CompletionEditor, cellEditorParams: { list: 'entityNames', catalogue: 'entities' } }),
    text('indicator', 'Indicator', 190, { cellEditor: CompletionEditor, cellEditorParams: { list: 'indicatorNames', catalogue: 'indicators' } }),
    text('period', 'Period', 110),
    groupStatusColumn(getContext),
    rowChecksColumn(),
    text('stated', 'Stated', 150),
    {
      colId: 'value',
      field: 'value',
      headerName: 'Value',
      width: 150,
      type: 'rightAligned',
      cellEditor: TextEditor,
      valueFormatter: (p) => formatValue(p.value as number | null),
      getQuickFilterText: (p) => (p.value === null || p.value === undefined ? '' : String(p.value)),
      filter: 'agNumberColumnFilter',
      comparator: (a: number | null, b: number | null) => (a ?? -Infinity) - (b ?? -Infinity),
    },
    text('unit', 'Unit', 90, { cellEditor: CompletionEditor, cellEditorParams: { list: 'unitNames' } }),
    {
      colId: 'qualifier',
      field: 'qualifier',
      headerName: 'Qualifier',
      width: 105,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...QUALIFIERS] },
      getQuickFilterText: folded,
      ...foldedTextFilter,
    },
    {
      colId: 'sourceId',
      field: 'sourceId',
      headerName: 'Source',
      width: 220,
      valueFormatter: (p) => sourceTitle(p, p.value),
      filterValueGetter: (p) => sourceTitle(p, p.data?.sourceId),
      getQuickFilterText: (p) => foldFast(sourceTitle(p as unknown as ValueGetterParams<Observation>, p.value)),
      comparator: (a: string | null, b: string | null) => {
        const titles = getContext().lookups?.sourcesById;
        const ta = (a && titles?.get(a)?.title) || '';
        const tb = (b && titles?.get(b)?.title) || '';
        return ta.localeCompare(tb, 'vi');
      },
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: (p: { context: unknown }) => {
        const sources = ctx(p).lookups?.sourcesById;
        return {
          values: ['', ...(sources ? [...sources.keys()] : [])],
          formatValue: (id: string) => (id ? (sources?.get(id)?.title ?? id) : '(no source)'),
        };
      },
      ...foldedTextFilter,
    },
    {
      colId: 'quote',
      headerName: 'Quote',
      width: 260,
      editable: false,
      valueGetter: (p) => p.data?.quote?.exact ?? '',
      tooltipValueGetter: (p) =>
        p.data && ctx(p).orphanedIds.has(p.data.id) ? 'Orphaned: this quote could not be found in the source text' : (p.value as string) || null,
      cellClassRules: { 'cell-orphaned': (p) => !!p.data && ctx(p).orphanedIds.has(p.data.id) },
      getQuickFilterText: folded,
      ...foldedTextFilter,
    },
    {
      colId: 'status',
      field: 'status',
      headerName: 'Status',
      width: 105,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...OBSERVATION_STATUSES] },
      cellClass: (p) => `status-cell status-${String(p.value)}`,
      getQuickFilterText: folded,
      ...foldedTextFilter,
    },
    text('note', 'Note', 200),
  ];
}
