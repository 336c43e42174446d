import type { AttemptRecord, Exchange, HeaderPair, RequestSpec } from '../core/http/exchange';
import type { AttemptOutcome, RetryPolicy } from '../core/http/retry';
import { isRetryable, retryDelayMs } from '../core/http/retry';
import { type Answerer, currentAnswerer, unreachableMessage, urlFor } from './answerer';
import { ensureMockApi } from './mock-api';

let counter = 0;

function newExchange(spec: RequestSpec): Exchange {
  counter += 1;
  return { id: `ex-${counter}`, request: spec, response: null, error: null, startedAt: new Date().toISOString(), durationMs: 0 };
}

/**
 * The spec's headers for fetch. MSW's worker matches /api on every origin, so a request meant for a real server
 * is marked "msw/passthrough" (MSW's own bypass mark) whenever the worker sees this page's requests; the worker
 * removes the mark before the request leaves, so the server receives the learner's headers unchanged.
 */
function fetchHeaders(spec: RequestSpec, answerer: Answerer): Headers {
  const headers = new Headers();
  for (const [name, value] of spec.headers) if (name.trim() !== '') headers.append(name.trim(), value);
  const workerSeesIt = typeof navigator !== 'undefined' && navigator.serviceWorker?.controller;
  if (answerer.kind === 'server' && !answerer.servedThisPage && workerSeesIt) headers.append('Accept', 'msw/passthrough');
  return headers;
}

/** One fetch of the spec from `answerer`, recorded as an exchange; `signal` aborts it (timeouts). Never throws. */
async function sendOnce(spec: RequestSpec, answerer: Answerer, signal?: AbortSignal): Promise<Exchange> {
  const exchange = { ...newExchange(spec), answeredBy: answerer };
  const t0 = performance.now();
  try {
    const res = await fetch(urlFor(answerer, spec.url), {
      method: spec.method,
      headers: fetchHeaders(spec, answerer),
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
    // The browser gives the same TypeError for a stopped server and a CORS refusal: the sentence names both.
    const error = answerer.kind === 'server' && !answerer.servedThisPage && !signal?.aborted ? unreachableMessage(answerer.origin, location.origin, why) : `No response: ${why}`;
    return { ...exchange, error, durationMs: performance.now() - t0 };
  }
}

/** Who will answer, once it can: the in-tab API is started first; a real server needs nothing started. */
async function ready(spec: RequestSpec): Promise<{ answerer: Answerer } | { failed: Exchange }> {
  const answerer = await currentAnswerer();
  if (answerer.kind === 'server') return { answerer };
  try {
    await ensureMockApi();
    return { answerer };
  } catch (e) {
    // ensureMockApi rejects with the one sentence pages show (what failed, why, what to do).
    return { failed: { ...newExchange(spec), error: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * Sends one request to the API (the chosen real server, or the mock service worker once it is ready) and
 * records the whole exchange, with who answered. The only place in the app that calls `fetch` for the API. Never throws.
 */
export async function sendRequest(spec: RequestSpec): Promise<Exchange> {
  const r = await ready(spec);
  return 'failed' in r ? r.failed : sendOnce(spec, r.answerer);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Sends like a robust client: each try has a timeout, and network errors, timeouts, 429 and 5xx
 * are retried with exponential backoff (respecting Retry-After). `onAttempt` reports each try as it ends.
 */
export async function sendWithRetry(spec: RequestSpec, policy: RetryPolicy, onAttempt?: (a: AttemptRecord) => void): Promise<Exchange> {
  const r = await ready(spec);
  if ('failed' in r) return r.failed;
  const attempts: AttemptRecord[] = [];
  const t0 = performance.now();
  for (let attempt = 1; ; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), policy.timeoutMs);
    const ex = await sendOnce(spec, r.answerer, controller.signal);
    clearTimeout(timer);
    const retryAfter = ex.response?.headers.find(([n]) => n.toLowerCase() === 'retry-after')?.[1] ?? null;
    const outcome: AttemptOutcome = ex.response ? { kind: 'response', status: ex.response.status, retryAfter } : controller.signal.aborted ? { kind: 'timeout' } : { kind: 'network-error' };
    const last = attempt >= policy.maxAttempts || !isRetryable(outcome);
    const waitMs = last ? null : retryDelayMs(attempt, outcome, policy);
    const record: AttemptRecord = {
      attempt,
      outcome: outcome.kind === 'response' ? `${outcome.status}${ex.response?.statusText ? ` ${ex.response.statusText}` : ''}` : outcome.kind === 'timeout' ? 'timed out' : 'network error',
      durationMs: ex.durationMs,
      waitMs,
    };
    attempts.push(record);
    onAttempt?.(record);
    if (last) return { ...ex, attempts, durationMs: performance.now() - t0 };
    await sleep(waitMs as number);
  }
}
