// Mutation check over the pure core: `npm run test:mutation` (not part of `npm test`: it takes long on 2 cores).
// One folder at a time: `npm run test:mutation -- --mutate 'src/core/data/**/*.ts' '!src/core/data/**/*.test.ts'`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // related: false: the dry run measures coverage with every core test, including ones that reach a file through the endpoint.
  vitest: { configFile: 'scripts/vitest.mutation.config.ts', related: false },
  mutate: ['src/core/**/*.ts', '!src/core/**/*.test.ts', '!src/core/**/test-*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants and zod schemas) rerun every core test each: measured, 15 % of mutants took 71 %
  // of the time. Skipped here; run with --ignoreStatic false for the full picture.
  ignoreStatic: true,
  // TypeScript 7 has no compiler API, which Stryker's tsconfig rewrite calls; vitest needs no rewrite (no project references).
  tsconfigFile: 'no-tsconfig-rewrite.json',
  // Two cores shared with the dev server and the browser tests.
  concurrency: 1,
  timeoutMS: 20_000,
  // Sandbox copies and the incremental file live outside the repository (reports/ is not committed either).
  tempDirName: '/tmp/deploy-lab-stryker',
  incremental: true,
  incrementalFile: '/tmp/deploy-lab-stryker-incremental.json',
  // public/ stays: the serving tests load the reference model from public/models.
  ignorePatterns: ['dist', 'docs', 'tests', '/tmp'],
  reporters: ['clear-text', 'progress'],
  thresholds: { high: 90, low: 80, break: null },
};
