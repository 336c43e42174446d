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

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): exponential backoff
 * base × 2^(attempt − 1), but never less than a Retry-After in seconds, and at most maxDelayMs.
 */
export function retryDelayMs(attempt: number, outcome: AttemptOutcome, policy: RetryPolicy = DEFAULT_RETRY): number {
  const backoff = policy.baseDelayMs * 2 ** (attempt - 1);
  const retryAfter = outcome.kind === 'response' && outcome.retryAfter !== null ? Number(outcome.retryAfter) * 1000 : 0;
  return Math.min(policy.maxDelayMs, Math.max(backoff, Number.isFinite(retryAfter) ? retryAfter : 0));
}
