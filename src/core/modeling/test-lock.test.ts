import { describe, expect, it } from 'vitest';
import { createTestLock, parseTestLock, startedAfterTestUse } from './test-lock';

const LOCK = createTestLock({ runId: 'run-3', dataKey: 'messy=0&seed=42', accuracy: 0.98, evaluatedAt: new Date('2026-11-26T17:04:00.000Z') });

describe('test lock', () => {
  it('records when, which run, which data and the accuracy', () => {
    expect(LOCK).toEqual({ evaluatedAt: '2026-11-26T17:04:00.000Z', runId: 'run-3', dataKey: 'messy=0&seed=42', accuracy: 0.98 });
    expect(parseTestLock(JSON.parse(JSON.stringify(LOCK)))).toEqual(LOCK);
  });

  it.each([null, {}, { ...LOCK, evaluatedAt: 'yesterday' }, { ...LOCK, runId: '' }, { ...LOCK, accuracy: 1.2 }, { ...LOCK, accuracy: '0.9' }])('refuses %j', (bad) => {
    expect(parseTestLock(bad)).toBeNull();
  });

  it('marks runs started after the first use of the test set', () => {
    expect(startedAfterTestUse(null, '2026-11-27T00:00:00.000Z')).toBe(false);
    expect(startedAfterTestUse(LOCK, '2026-11-26T17:00:00.000Z')).toBe(false);
    expect(startedAfterTestUse(LOCK, '2026-11-26T17:05:00.000Z')).toBe(true);
    expect(startedAfterTestUse(LOCK, 'not a date')).toBe(false);
  });
});
