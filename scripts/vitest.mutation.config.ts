import { defineConfig } from 'vitest/config';
import base from '../vite.config';

// Mutation testing runs only the pure core's tests, in Node: no jsdom, no React setup, so each mutant runs fast.
// Spread, not mergeConfig: mergeConfig would append to `include` instead of replacing it.
export default defineConfig({
  ...base,
  test: {
    include: ['src/core/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
