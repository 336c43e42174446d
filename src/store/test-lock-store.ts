import { z } from 'zod';
import { testLockSchema } from '../core/modeling/test-lock';
import type { TestLock } from '../core/modeling/test-lock';
import { browserStorage, readStoredJson, removeStored, writeStoredJson } from './local-json';

/** localStorage key of the test-set uses; the suffix changes when the stored shape does. */
export const TEST_LOCK_KEY = 'deploy-lab:test-lock:v1';

/** How many uses are kept (the first one always stays: it is the lock). */
const MAX_USES = 50;

const storedSchema = z.object({ uses: z.array(testLockSchema).min(1).max(MAX_USES) });

/** The test lock (the first use of the test set), every use since, and a notice when stored data had to be discarded. */
export interface LoadedTestLock {
  /** The first use: from then on the test set has been seen. Null while it is untouched. */
  lock: TestLock | null;
  /** Every recorded use, oldest first (the lock is uses[0]). */
  uses: TestLock[];
  notice: string | null;
}

const EMPTY: LoadedTestLock = { lock: null, uses: [], notice: null };

/** Reads the recorded test-set uses; missing → none, unreadable → cleared plus a notice. Never throws. */
export function loadTestLock(store: Storage | undefined = browserStorage()): LoadedTestLock {
  const read = readStoredJson(store, TEST_LOCK_KEY, (data) => {
    const r = storedSchema.safeParse(data);
    return r.success ? r.data.uses : null;
  });
  if (read.kind === 'ok') return { lock: read.value[0] ?? null, uses: read.value, notice: null };
  if (read.kind === 'missing') return EMPTY;
  if (read.kind === 'blocked') return { ...EMPTY, notice: 'Your browser blocked storage, so this page cannot remember when the test set was used.' };
  removeStored(store, TEST_LOCK_KEY);
  return { ...EMPTY, notice: 'The saved record of your test-set use could not be read, so it was cleared. If you already evaluated on the test set, remember that you have seen it.' };
}

/** Appends one use of the test set (the first one stays the lock); storage errors are ignored. Returns the new state. */
export function recordTestUse(use: TestLock, store: Storage | undefined = browserStorage()): LoadedTestLock {
  const before = loadTestLock(store);
  const first = before.uses[0];
  // Keep the first use (the lock) and the most recent ones after it.
  const uses = first ? [first, ...[...before.uses.slice(1), use].slice(-(MAX_USES - 1))] : [use];
  // Quota or privacy mode: the lock then holds for this visit only.
  writeStoredJson(store, TEST_LOCK_KEY, { uses });
  return { lock: uses[0] ?? null, uses, notice: before.notice };
}

/** True once the test set has been used (for pages that start training runs). Never throws. */
export function isTestSetSeen(store: Storage | undefined = browserStorage()): boolean {
  return loadTestLock(store).lock !== null;
}

/** Forgets every recorded use ("start over"). */
export function clearTestLock(store: Storage | undefined = browserStorage()): void {
  removeStored(store, TEST_LOCK_KEY);
}
