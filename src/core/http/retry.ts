/** How a robust client retries: attempts in all, the first backoff delay, the per-attempt timeout and the longest wait. */
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  timeoutMs: number;
  maxDelayMs: number;
}

/** A sensible default: 4 attempts, 250 ms doubling backoff, 3 s timeout per attempt, waits capped at 8 s. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 250, timeoutMs: 3000, maxDelayMs: 8000 };

/** What one attempt ended with. */
export type AttemptOutcome = { kind: 'response'; status: number; retryAfter: string | null } | { kind: 'network-error' } | { kind: 'timeout' };

/** True when trying again may help: network errors, timeouts, 429 and 5xx except 501 (not implemented never heals). */
export function isRetryable(o: AttemptOutcome): boolean {
  if (o.kind !== 'response') return true;
  return o.status === 429 || (o.status >= 500 && o.status !== 501);
}

// RFC 9110 §10.2.3: Retry-After = HTTP-date / delay-seconds, and delay-seconds = 1*DIGIT. Only digits count as
// seconds: Number() would also accept "1e3", "0x10" or " 5 ", which no server means as a delay.
const DELAY_SECONDS = /^\d+$/;

/**
 * The wait a Retry-After header asks for, in ms from `nowMs` (ms since the epoch), or null when the value is
 * neither form. Both forms of RFC 9110 §10.2.3 count: a delay in seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2015 07:28:00 GMT"); a date already past means no wait (0).
 */
export function retryAfterMs(value: string, nowMs: number): number | null {
  const v = value.trim();
  if (DELAY_SECONDS.test(v)) return Number(v) * 1000;
  // An HTTP date always names a weekday and a year (IMF-fixdate, RFC 850 or asctime form, §5.6.7); a lone
  // number such as "5" or "-1" is not one, even though Date.parse would read it as a year.
  if (!/^[A-Za-z]{3}/.test(v)) return null;
  // HTTP dates are always UTC; the asctime form carries no zone, and Date.parse would read it as local time.
  const at = Date.parse(/GMT$/i.test(v) ? v : `${v} GMT`);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : null;
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1), in ms: exponential backoff
 * base × 2^(attempt − 1), but never less than the wait a Retry-After asks for (seconds or an HTTP date,
 * measured from `nowMs`), and at most maxDelayMs.
 */
export function retryDelayMs(attempt: number, outcome: AttemptOutcome, policy: RetryPolicy = DEFAULT_RETRY, nowMs: number = Date.now()): number {
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  const asked = outcome.kind === 'response' && outcome.retryAfter !== null ? retryAfterMs(outcome.retryAfter, nowMs) : null;
  return Math.min(policy.maxDelayMs, Math.max(backoff, asked ?? 0));
}
