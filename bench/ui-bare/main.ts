import {
  ClientSideRowModelModule,
  createGrid,
  ModuleRegistry,
  QuickFilterModule,
  RowSelectionModule,
  TextEditorModule,
  TextFilterModule,
  themeQuartz,
  type ColDef,
} from 'ag-grid-community';

// The baseline of `npm run bench -- ui`: ag-grid community on its own, given the same rows from a JSON file, with the
// same visible columns, row ids, sorting and a quick filter. Nothing of Tally runs here.
// Only the modules this page uses, as Tally registers only its own (renderer/src/grid/grid-modules.ts).
ModuleRegistry.registerModules([ClientSideRowModelModule, QuickFilterModule, RowSelectionModule, TextEditorModule, TextFilterModule]);

type Row = Record<string, unknown> & { id: string };
const FIELDS = ['entity', 'indicator', 'period', 'stated', 'value', 'unit', 'qualifier', 'sourceId', 'status', 'note'];

async function start() {
  const rows = (await (await fetch('./rows.json')).json()) as Row[];
  const columnDefs: ColDef<Row>[] = FIELDS.map((field) => ({ field, headerName: field[0].toUpperCase() + field.slice(1), sortable: true, filter: true, editable: true }));
  const api = createGrid<Row>(document.getElementById('grid')!, {
    theme: themeQuartz,
    columnDefs,
    rowData: rows,
    getRowId: (p) => p.data.id,
    rowSelection: { mode: 'multiRow', checkboxes: false, enableClickSelection: true },
  });
  const search = document.getElementById('search') as HTMLInputElement;
  search.addEventListener('input', () => api.setGridOption('quickFilterText', search.value));
  (window as unknown as { gridApi: unknown }).gridApi = api;
}

void start();
