import { defineConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * Vitest under Stryker: instrumented code runs several times slower, so each test gets more time. MUTATION_TESTS
 * (comma-separated globs) narrows the tests for a run on a subset of files, e.g. a folder's own unit tests.
 */
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);
export default defineConfig({
  test: { ...base.test, include: only?.length ? only : base.test?.include, testTimeout: 90_000, hookTimeout: 60_000 },
});
