export * from './describe';
export * from './validate-dataset';
export * from './assess';
