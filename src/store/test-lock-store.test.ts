import { describe, expect, it } from 'vitest';
import { createTestLock } from '../core/modeling/test-lock';
import { clearTestLock, isTestSetSeen, loadTestLock, recordTestUse, TEST_LOCK_KEY } from './test-lock-store';

function memoryStorage(init: Record<string, string> = {}): Storage & { data: Map<string, string> } {
  const data = new Map(Object.entries(init));
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, v),
  };
}

const use = (runId: string, minute: number) =>
  createTestLock({ runId, dataKey: 'seed=42', accuracy: 0.98, evaluatedAt: new Date(Date.UTC(2026, 10, 26, 17, minute)) });

describe('test lock store', () => {
  it('starts untouched without a notice', () => {
    expect(loadTestLock(memoryStorage())).toEqual({ lock: null, uses: [], notice: null });
    expect(isTestSetSeen(memoryStorage())).toBe(false);
  });

  it('keeps the first use as the lock and appends later ones', () => {
    const store = memoryStorage();
    recordTestUse(use('run-1', 4), store);
    const after = recordTestUse(use('run-2', 9), store);
    expect(after.lock?.runId).toBe('run-1');
    expect(loadTestLock(store)).toEqual({ lock: use('run-1', 4), uses: [use('run-1', 4), use('run-2', 9)], notice: null });
    expect(isTestSetSeen(store)).toBe(true);
  });

  it('keeps at most 50 uses, never dropping the lock', () => {
    const store = memoryStorage();
    for (let i = 0; i < 60; i++) recordTestUse(use(`run-${i}`, i % 60), store);
    const { uses, lock } = loadTestLock(store);
    expect(uses).toHaveLength(50);
    expect(lock?.runId).toBe('run-0');
    expect(uses.at(-1)?.runId).toBe('run-59');
  });

  it.each(['{garbage', 'null', '[]', '{"uses":[]}', '{"uses":[{"runId":"x"}]}', JSON.stringify({ uses: [{ ...use('r', 1), accuracy: 7 }] })])(
    'clears %j and says so',
    (raw) => {
      const store = memoryStorage({ [TEST_LOCK_KEY]: raw });
      const loaded = loadTestLock(store);
      expect(loaded.lock).toBeNull();
      expect(loaded.notice).toMatch(/could not be read, so it was cleared/);
      expect(store.data.has(TEST_LOCK_KEY)).toBe(false);
      expect(loadTestLock(store).notice).toBeNull();
    },
  );

  it('never throws when storage does', () => {
    const broken = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    } as Storage;
    expect(loadTestLock(broken).notice).toMatch(/blocked storage/);
    expect(() => recordTestUse(use('run-1', 1), broken)).not.toThrow();
    expect(recordTestUse(use('run-1', 1), broken).lock?.runId).toBe('run-1');
    expect(() => clearTestLock(broken)).not.toThrow();
  });

  it('clears on request', () => {
    const store = memoryStorage();
    recordTestUse(use('run-1', 1), store);
    clearTestLock(store);
    expect(loadTestLock(store).lock).toBeNull();
  });
});
