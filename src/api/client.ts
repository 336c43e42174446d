import type { AttemptRecord, Exchange, HeaderPair, RequestSpec } from '../core/http/exchange';
import type { AttemptOutcome, RetryPolicy } from '../core/http/retry';
import { isRetryable, retryDelayMs } from '../core/http/retry';
import { ensureMockApi } from './mock-api';

let counter = 0;

function newExchange(spec: RequestSpec): Exchange {
  counter += 1;
  return { id: `ex-${counter}`, request: spec, response: null, error: null, startedAt: new Date().toISOString(), durationMs: 0 };
}

/** One fetch of the spec, recorded as an exchange; `signal` aborts it (timeouts). Never throws. */
async function sendOnce(spec: RequestSpec, signal?: AbortSignal): Promise<Exchange> {
  const exchange = newExchange(spec);
  const t0 = performance.now();
  try {
    const res = await fetch(spec.url, {
      method: spec.method,
      headers: spec.headers.filter(([n]) => n.trim() !== '').map(([n, v]) => [n.trim(), v] as [string, string]),
      body: spec.body === null || spec.body === '' ? null : spec.body,
      ...(signal ? { signal } : {}),
    });
    const buf = await res.arrayBuffer();
    const headers: HeaderPair[] = [...res.headers.entries()];
    return {
      ...exchange,
      response: { status: res.status, statusText: res.statusText, headers, body: new TextDecoder().decode(buf), bytes: buf.byteLength },
      durationMs: performance.now() - t0,
    };
  } catch (e) {
    // fetch rejects for network errors, aborts, a body on GET or an invalid header name.
    const why = signal?.aborted ? 'timed out' : e instanceof Error ? e.message : String(e);
    return { ...exchange, error: `No response: ${why}`, durationMs: performance.now() - t0 };
  }
}

async function ready(spec: RequestSpec): Promise<Exchange | null> {
  try {
    await ensureMockApi();
    return null;
  } catch (e) {
    // ensureMockApi rejects with the one sentence pages show (what failed, why, what to do).
    return { ...newExchange(spec), error: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Sends one request to the API (after the mock service worker is ready) and records the
 * whole exchange. The only place in the app that calls `fetch` for the API. Never throws.
 */
export async function sendRequest(spec: RequestSpec): Promise<Exchange> {
  return (await ready(spec)) ?? sendOnce(spec);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Sends like a robust client: each try has a timeout, and network errors, timeouts, 429 and 5xx
 * are retried with exponential backoff (respecting Retry-After). `onAttempt` reports each try as it ends.
 */
export async function sendWithRetry(spec: RequestSpec, policy: RetryPolicy, onAttempt?: (a: AttemptRecord) => void): Promise<Exchange> {
  const failed = await ready(spec);
  if (failed) return failed;
  const attempts: AttemptRecord[] = [];
  const t0 = performance.now();
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    const ex = await sendOnce(spec, controller.signal);
    clearTimeout(timer);
    const retryAfter = ex.response?.headers.find(([n]) => n.toLowerCase() === 'retry-after')?.[1] ?? null;
    const outcome: AttemptOutcome = ex.response ? { kind: 'response', status: ex.response.status, retryAfter } : controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network-error' };
    const last = attempt >= policy.maxAttempts || !isRetryable(outcome);
    const waitMs = last ? null : retryDelayMs(attempt, outcome, policy);
    const record: AttemptRecord = {
      attempt,
      outcome: outcome.kind === 'response' ? `${outcome.status}${ex.response?.statusText ? ` ${ex.response.statusText}` : ''}` : outcome.kind === 'timeout' ? `timed out after ${policy.timeoutMs} ms` : 'network error',
      durationMs: ex.durationMs,
      waitMs,
    };
    attempts.push(record);
    onAttempt?.(record);
    if (last) return { ...ex, attempts, durationMs: performance.now() - t0 };
    await sleep(waitMs as number);
  }
}
