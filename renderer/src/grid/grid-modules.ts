import {
  CellApiModule,
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  CustomEditorModule,
  CustomFilterModule,
  EventApiModule,
  NumberFilterModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextFilterModule,
  TooltipModule,
  type Module,
} from 'ag-grid-community';

/**
 * The ag-grid community modules the observations grid uses, instead of AllCommunityModule (about 1.2 MB of the
 * bundle). A feature used without its module makes the grid log error #200 naming the module, which the e2e
 * tests' console check turns into a failure.
 */
export const GRID_MODULES: Module[] = [
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  RowApiModule,
  CellApiModule,
  ColumnApiModule,
  EventApiModule,
  RenderApiModule,
  ScrollApiModule,
  RowSelectionModule,
  RowStyleModule,
  CellStyleModule,
  TooltipModule,
  QuickFilterModule,
  TextFilterModule,
  NumberFilterModule,
  CustomFilterModule,
  CustomEditorModule,
  SelectEditorModule,
];
