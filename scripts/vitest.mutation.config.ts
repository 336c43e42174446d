import { defineConfig } from 'vitest/config';
import base from '../vite.config';

// Mutation testing runs only the pure core's tests, in Node: no jsdom, no React setup, so each mutant runs fast.
// MUTATION_TESTS narrows them to one folder's tests (a comma-separated list of globs), e.g.
// MUTATION_TESTS='src/core/data/**/*.test.ts': every mutant then reruns a few hundred tests, not all of the core's,
// and the score it gives is a lower bound (tests elsewhere in the core may kill more).
// Spread, not mergeConfig: mergeConfig would append to `include` instead of replacing it.
const include = process.env.MUTATION_TESTS?.split(',').map((glob) => glob.trim()).filter(Boolean) ?? ['src/core/**/*.test.ts'];

export default defineConfig({
  ...base,
  test: {
    include,
    environment: 'node',
    testTimeout: 30_000,
  },
});
