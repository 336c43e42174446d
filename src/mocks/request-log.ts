import type { SetupWorker } from 'msw/browser';
import type { RequestKind, RequestLogEntry, RequestLogView } from '../core/monitoring/log-entry';
import { hasModelLoad } from '../core/monitoring/log-entry';
import { RingBuffer } from '../core/monitoring/ring-buffer';
import { LOGGED_BODY_CHARS, parseFeedbackBody, parseInvocationBody, parsePredictions } from './request-log-bodies';

/** MSW's lifecycle emitter: `worker.events` in the browser, `server.events` in Node (the same type in msw 2.15). */
export type LifecycleEvents = SetupWorker['events'];

/** The log as the mock API owns it: the read-only view plus `dispose` (stops listening; tests). */
export interface RequestLog extends RequestLogView {
  /** Why the stored log of earlier visits could not be restored, or null. */
  readonly notice: string | null;
  dispose(): void;
}

/** Options of the log: clock injection for tests; `columns` is the CSV column order of invocation bodies. */
export interface RequestLogOptions {
  columns?: readonly string[];
  now?: () => number;
  /** How long after `request:end` a request without response event counts as a network error (ms). */
  networkErrorAfterMs?: number;
  /** Entries of earlier visits to start from (oldest first; their `seq` values go on counting) and the count of all recorded. */
  restored?: { entries: readonly RequestLogEntry[]; total: number };
  /** Called with each new entry (after it is held), e.g. to store it. */
  onRecord?: (entry: RequestLogEntry) => void;
  /** Called when the log is cleared. */
  onClear?: () => void;
  /** Shown by the pages: why an earlier visit's log could not be restored. */
  notice?: string | null;
}

/** What `request:start` knew, waiting for the response. */
interface Pending {
  startedAt: number;
  t0: number;
  method: string;
  path: string;
  kind: RequestKind;
  endpoint: string | null;
  client: string | null;
  contentType: string | null;
  /** The request body text, read from a clone (null: no body or unreadable). */
  body: Promise<string | null>;
  timer: ReturnType<typeof setTimeout> | null;
}

const ENDPOINT_CALL = /^\/api\/endpoints\/([^/]+)\/(invocations|feedback)$/;

function classify(method: string, path: string): { kind: RequestKind; endpoint: string | null } {
  const m = method === 'POST' ? ENDPOINT_CALL.exec(path) : null;
  if (!m) return { kind: 'other', endpoint: null };
  return { kind: m[2] === 'feedback' ? 'feedback' : 'invocation', endpoint: decodeURIComponent(m[1] as string) };
}

/** Reads a body without ever throwing (a broken or locked stream is simply "no body"). */
async function safeText(read: () => Promise<string>): Promise<string | null> {
  try {
    return await read();
  } catch {
    return null;
  }
}

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/**
 * Records every `/api/` exchange from MSW's lifecycle events into a bounded ring buffer: requests from the
 * traffic generator, the inspector, other pages or a `fetch` typed in DevTools alike. Bodies are read from
 * clones and every step is guarded, so a broken body never throws into MSW (it logs `instances: null`).
 *
 * Network errors surface differently per runtime: in the browser a mocked `Response.error()` comes back as
 * `response:bypass` with `type: "error"` (status 0); in Node no response event follows `request:end` at all,
 * so a request still pending `networkErrorAfterMs` after `request:end` is logged as a network error.
 */
export function createRequestLog(events: LifecycleEvents, capacity = 10_000, options: RequestLogOptions = {}): RequestLog {
  const buffer = new RingBuffer<RequestLogEntry>(capacity);
  const pending = new Map<string, Pending>();
  const listeners = new Set<() => void>();
  const now = options.now ?? (() => performance.now());
  const networkErrorAfterMs = options.networkErrorAfterMs ?? 2000;
  let total = options.restored?.total ?? 0;
  for (const entry of options.restored?.entries.slice(-capacity) ?? []) buffer.push(entry);
  let snapshot: readonly RequestLogEntry[] | null = null;

  function notify(): void {
    snapshot = null;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch {
        // A broken subscriber must not stop the others nor the log.
      }
    }
  }

  function record(entry: Omit<RequestLogEntry, 'seq'>): void {
    total += 1;
    const held = { ...entry, seq: total };
    buffer.push(held);
    try {
      options.onRecord?.(held);
    } catch {
      // Storing is best effort: the log in memory goes on.
    }
    notify();
  }

  async function finish(requestId: string, response: Response | null): Promise<void> {
    const p = pending.get(requestId);
    if (!p) return;
    pending.delete(requestId);
    if (p.timer !== null) clearTimeout(p.timer);
    const durationMs = now() - p.t0;
    const failed = response === null || response.type === 'error' || response.status === 0;
    const status = failed ? 0 : response.status;
    const responseText = !failed && p.kind === 'invocation' && status === 200 ? safeText(() => response.clone().text()) : Promise.resolve(null);
    const [body, answer] = await Promise.all([p.body, responseText]);
    const invocation = p.kind === 'invocation';
    record({
      requestId: failed ? null : response.headers.get('X-Request-Id'),
      startedAt: p.startedAt,
      durationMs,
      method: p.method,
      path: p.path,
      kind: p.kind,
      endpoint: p.endpoint,
      status,
      modelVersion: failed ? null : response.headers.get('X-Model-Version'),
      client: p.client,
      instances: invocation && body !== null ? parseInvocationBody(body, p.contentType, options.columns) : null,
      predictions: answer === null ? null : parsePredictions(answer),
      // Only accepted feedback counts: a refused call (422: unknown label…) must not change the accuracy.
      feedback: p.kind === 'feedback' && status >= 200 && status < 300 && body !== null ? parseFeedbackBody(body) : null,
      contentType: p.contentType,
      coldStart: !failed && hasModelLoad(response.headers.get('Server-Timing')),
      requestBody: !invocation && p.kind !== 'feedback' && body !== null && body !== '' ? body.slice(0, LOGGED_BODY_CHARS) : null,
    });
  }

  function guarded<E>(handle: (event: E) => void): (event: E) => void {
    return (event) => {
      try {
        handle(event);
      } catch {
        // Never throw into MSW: a logging problem must not break the API.
      }
    };
  }

  const onStart = guarded(({ request, requestId }: { request: Request; requestId: string }) => {
    const path = pathOf(request.url);
    if (path === null || !path.startsWith('/api/')) return;
    const { kind, endpoint } = classify(request.method, path);
    // Clone now, synchronously: the handler reads the original body right after this event.
    const clone = request.body === null ? null : request.clone();
    pending.set(requestId, {
      startedAt: Date.now(),
      t0: now(),
      method: request.method,
      path,
      kind,
      endpoint,
      client: request.headers.get('X-Client'),
      contentType: request.headers.get('Content-Type'),
      body: clone === null ? Promise.resolve(null) : safeText(() => clone.text()),
      timer: null,
    });
  });
  const onEnd = guarded(({ requestId }: { requestId: string }) => {
    const p = pending.get(requestId);
    if (!p || p.timer !== null) return;
    p.timer = setTimeout(() => {
      p.timer = null;
      void finish(requestId, null);
    }, networkErrorAfterMs);
  });
  const onResponse = guarded(({ response, requestId }: { response: Response; requestId: string }) => {
    void finish(requestId, response).catch(() => {});
  });

  events.on('request:start', onStart);
  events.on('request:end', onEnd);
  events.on('response:mocked', onResponse);
  events.on('response:bypass', onResponse);

  return {
    capacity,
    entries: () => {
      snapshot ??= buffer.toArray();
      return snapshot;
    },
    total: () => total,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notice: options.notice ?? null,
    clear() {
      buffer.clear();
      try {
        options.onClear?.();
      } catch {
        // As above: the log in memory is cleared either way.
      }
      notify();
    },
    dispose() {
      events.removeListener('request:start', onStart);
      events.removeListener('request:end', onEnd);
      events.removeListener('response:mocked', onResponse);
      events.removeListener('response:bypass', onResponse);
      for (const p of pending.values()) if (p.timer !== null) clearTimeout(p.timer);
      pending.clear();
      listeners.clear();
    },
  };
}
