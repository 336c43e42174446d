import { z } from 'zod';

/** The record of one use of the test set: when, by which run, on which data choices, and the accuracy it showed. */
export const testLockSchema = z.object({
  /** When the test set was evaluated (ISO 8601). */
  evaluatedAt: z.iso.datetime({ offset: true }),
  /** The training run that was evaluated. */
  runId: z.string().min(1),
  /** The data choices (the pipeline's URL query) the test rows came from. */
  dataKey: z.string(),
  /** Share of test rows the run classified correctly, in [0, 1]. */
  accuracy: z.number().min(0).max(1),
});
export type TestLock = z.infer<typeof testLockSchema>;

/** Validates stored data as a test lock; null when it is not one. */
export function parseTestLock(data: unknown): TestLock | null {
  const r = testLockSchema.safeParse(data);
  return r.success ? r.data : null;
}

/** Builds the record of a test-set use (the time defaults to now). */
export function createTestLock(input: { runId: string; dataKey: string; accuracy: number; evaluatedAt?: Date }): TestLock {
  return {
    evaluatedAt: (input.evaluatedAt ?? new Date()).toISOString(),
    runId: input.runId,
    dataKey: input.dataKey,
    accuracy: input.accuracy,
  };
}

/**
 * True when a run started after the test set was first used. Whatever the learner changed after
 * looking at test results may have been tuned to those rows, so that run's test score is optimistic.
 */
export function startedAfterTestUse(lock: TestLock | null, startedAt: string): boolean {
  if (!lock) return false;
  const started = Date.parse(startedAt);
  return Number.isFinite(started) && started > Date.parse(lock.evaluatedAt);
}
