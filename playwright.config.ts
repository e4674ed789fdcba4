import { defineConfig } from '@playwright/test';

/** End-to-end tests drive the browser mode in the system Chromium; Playwright never downloads a browser here. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { screenshot: 'only-on-failure', trace: 'off' },
  projects: [
    { name: 'browser-mode', testMatch: /.*\.spec\.ts/, testIgnore: /electron\.spec\.ts/ },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
