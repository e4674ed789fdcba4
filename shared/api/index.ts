export * from './methods';
export * from './result';
export * from './contract';
export * from './envelope';
