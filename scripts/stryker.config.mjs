// Mutation check over the pure core: `npm run test:mutation` (not part of `npm test`: it takes long on 2 cores).
// One folder at a time: `npm run test:mutation -- --mutate 'src/core/data/**/*.ts' '!src/core/data/**/*.test.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'scripts/vitest.mutation.config.ts', related: true },
  mutate: ['src/core/**/*.ts', '!src/core/**/*.test.ts', '!src/core/**/test-*.ts'],
  coverageAnalysis: 'perTest',
  // Two cores shared with the dev server and the browser tests.
  concurrency: 1,
  timeoutMS: 20_000,
  // Sandbox copies and the incremental file live outside the repository (reports/ is not committed either).
  tempDirName: '/tmp/deploy-lab-stryker',
  incremental: true,
  incrementalFile: '/tmp/deploy-lab-stryker-incremental.json',
  ignorePatterns: ['dist', 'docs', 'public', 'tests', '/tmp'],
  reporters: ['clear-text', 'progress'],
  thresholds: { high: 90, low: 80, break: null },
};
