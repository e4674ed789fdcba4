import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/shared/**/*.test.ts', 'tests/backend/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/renderer/**/*.test.ts', 'tests/lint/**/*.test.ts', 'tests/faults/**/*.test.ts', 'tests/electron/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
