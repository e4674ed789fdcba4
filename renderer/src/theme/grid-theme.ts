import { themeQuartz } from 'ag-grid-community';

const SHAPE = {
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 30,
  headerHeight: 32,
  wrapperBorderRadius: 0,
} as const;

/**
 * The grid's look in both themes. ag-grid's theme modes pick one by the data-ag-theme-mode attribute on <html>,
 * which the I18nProvider sets with data-theme, so the grid follows the Settings choice without being re-created.
 * Colours match theme.css (ag-grid mixes them itself, so they are given as values, not CSS variables).
 */
export const GRID_THEME = themeQuartz
  .withParams(
    { ...SHAPE, backgroundColor: '#ffffff', foregroundColor: '#1d2430', accentColor: '#2f6fb2', borderColor: '#dde2e8', headerBackgroundColor: '#f5f7fa', browserColorScheme: 'light' },
    'light',
  )
  .withParams(
    { ...SHAPE, backgroundColor: '#1b2028', foregroundColor: '#e3e7ee', accentColor: '#4c8fd6', borderColor: '#323a46', headerBackgroundColor: '#222833', browserColorScheme: 'dark' },
    'dark',
  );
