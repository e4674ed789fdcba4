export * from './columns';
export * from './plain-number';
export * from './to-row';
export * from './from-row';
export * from './csv';
export * from './json';
export * from './read';
export * from './import-plan';
