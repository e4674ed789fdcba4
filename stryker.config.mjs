// @ts-check
/**
 * Mutation testing (issue 14 §6): `npm run mutation` mutates shared/ and electron/backend/ and runs the vitest
 * tests related to each mutated file. Slow: narrow it on a small machine, e.g.
 * `npm run mutation -- --mutate 'shared/interchange/**\/*.ts'`. Not part of `npm test`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  mutate: ['shared/**/*.ts', 'electron/backend/**/*.ts', '!**/*.d.ts', '!**/index.ts'],
  // Only what the tests need in the sandbox: not the builds, reports or packaged apps.
  ignorePatterns: ['out', 'dist', 'release', 'reports', 'test-results', 'playwright-report', 'bench', 'docs'],
  coverageAnalysis: 'perTest',
  concurrency: 1,
  dryRunTimeoutMinutes: 15,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;
