import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// The unit suite under Stryker's instrumentation runs several times slower: the same tests with more time each.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 90_000, hookTimeout: 60_000 } }));
