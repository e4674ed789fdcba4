export * from './tables';
export * from './records';
export * from './validated-table';
export * from './datapackage';
export * from './file-names';
