export * from './vocab';
export * from './source';
export * from './web-url';
export * from './observation';
export * from './blank-observation';
export * from './resolution';
export * from './dataset';
export * from './history';
