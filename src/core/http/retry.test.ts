import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY, isRetryable, retryAfterMs, retryDelayMs } from './retry';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const in503 = (retryAfter: string | null) => ({ kind: 'response', status: 503, retryAfter }) as const;

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
    expect(retryDelayMs(1, in503('2'))).toBe(2000);
    expect(retryDelayMs(1, in503('60'))).toBe(DEFAULT_RETRY.maxDelayMs);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.string(), (attempt, header) => {
        const d = retryDelayMs(attempt, in503(header), DEFAULT_RETRY, NOW);
        expect(d).toBeGreaterThanOrEqual(Math.min(DEFAULT_RETRY.maxDelayMs, DEFAULT_RETRY.baseDelayMs));
        expect(d).toBeLessThanOrEqual(DEFAULT_RETRY.maxDelayMs);
      }),
      { numRuns: 1000 },
    );
  });
});

// RFC 9110 §10.2.3: Retry-After is a delay in seconds or an HTTP date.
describe('Retry-After, both forms', () => {
  it('reads delay-seconds as seconds', () => {
    expect(retryAfterMs('0', NOW)).toBe(0);
    expect(retryAfterMs('3', NOW)).toBe(3000);
    expect(retryAfterMs(' 120 ', NOW)).toBe(120_000);
  });

  it('reads an HTTP date as the time left until then, measured on the injected clock', () => {
    expect(retryAfterMs('Thu, 15 Jan 2026 12:00:05 GMT', NOW)).toBe(5000);
    expect(retryAfterMs('Thursday, 15-Jan-26 12:00:05 GMT', NOW)).toBe(5000);
    // asctime has no zone: HTTP dates are UTC whatever the machine's time zone.
    expect(retryAfterMs('Thu Jan 15 12:00:05 2026', NOW)).toBe(5000);
    expect(retryAfterMs('Thu, 15 Jan 2026 11:59:00 GMT', NOW)).toBe(0);
  });

  it('a date in the header waits until then, not the bare backoff', () => {
    // Bug guarded: Number("Thu, …") is NaN, which used to fall back to 0 and left only the 250 ms backoff.
    expect(retryDelayMs(1, in503('Thu, 15 Jan 2026 12:00:03 GMT'), DEFAULT_RETRY, NOW)).toBe(3000);
    expect(retryDelayMs(1, { kind: 'response', status: 429, retryAfter: 'Thu, 15 Jan 2026 12:10:00 GMT' }, DEFAULT_RETRY, NOW)).toBe(DEFAULT_RETRY.maxDelayMs);
  });

  it('ignores values of neither form', () => {
    for (const bad of ['', 'soon', '-1', '1.5', '1e3', '0x10', 'Thu, 99 Foo 2026']) expect(retryAfterMs(bad, NOW)).toBeNull();
  });

  it('any date within the cap is waited exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), (seconds) => {
        const header = new Date(NOW + seconds * 1000).toUTCString();
        expect(retryDelayMs(1, in503(header), DEFAULT_RETRY, NOW)).toBe(seconds * 1000);
      }),
    );
  });
});
