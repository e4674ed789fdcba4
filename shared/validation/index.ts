export * from './describe';
export * from './validate-dataset';
export * from './assess';
export * from './not-grouped';
export * from './figure-problems';
