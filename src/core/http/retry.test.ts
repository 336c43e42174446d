import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, isRetryable, retryDelayMs } from './retry';

describe('retry policy', () => {
  it('retries network errors, timeouts, 429 and 5xx, not 4xx or 501', () => {
    expect(isRetryable({ kind: 'network-error' })).toBe(true);
    expect(isRetryable({ kind: 'timeout' })).toBe(true);
    for (const s of [429, 500, 502, 503, 504]) expect(isRetryable({ kind: 'response', status: s, retryAfter: null })).toBe(true);
    for (const s of [200, 400, 404, 422, 501]) expect(isRetryable({ kind: 'response', status: s, retryAfter: null })).toBe(false);
  });

  it('backs off exponentially: 250, 500, 1000 ms', () => {
    expect([1, 2, 3].map((a) => retryDelayMs(a, { kind: 'timeout' }))).toEqual([250, 500, 1000]);
  });

  it('waits at least Retry-After and never more than the cap', () => {
    expect(retryDelayMs(1, { kind: 'response', status: 503, retryAfter: '2' })).toBe(2000);
    expect(retryDelayMs(1, { kind: 'response', status: 503, retryAfter: '60' })).toBe(DEFAULT_RETRY.maxDelayMs);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.string(), (attempt, header) => {
        const d = retryDelayMs(attempt, { kind: 'response', status: 503, retryAfter: header });
        expect(d).toBeGreaterThanOrEqual(Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs));
        expect(d).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs);
      }),
      { numRuns: 1000 },
    );
  });
});
