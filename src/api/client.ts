import type { Exchange, HeaderPair, RequestSpec } from '../core/http/exchange';
import { ensureMockApi } from './mock-api';

let counter = 0;

/**
 * Sends one request to the API (after the mock service worker is ready) and records the
 * whole exchange. The only place in the app that calls `fetch` for the API. Never throws.
 */
export async function sendRequest(spec: RequestSpec): Promise<Exchange> {
  counter += 1;
  const id = `ex-${counter}`;
  const startedAt = new Date().toISOString();
  try {
    await ensureMockApi();
  } catch {
    return { id, request: spec, response: null, error: 'The in-browser API could not start. Reload the page; if it persists, your browser may block service workers (private mode).', startedAt, durationMs: 0 };
  }
  const t0 = performance.now();
  try {
    const res = await fetch(spec.url, {
      method: spec.method,
      headers: spec.headers.filter(([n]) => n.trim() !== '').map(([n, v]) => [n.trim(), v] as [string, string]),
      body: spec.body === null || spec.body === '' ? null : spec.body,
    });
    const buf = await res.arrayBuffer();
    const durationMs = performance.now() - t0;
    const headers: HeaderPair[] = [...res.headers.entries()];
    return {
      id,
      request: spec,
      response: { status: res.status, statusText: res.statusText, headers, body: new TextDecoder().decode(buf), bytes: buf.byteLength },
      error: null,
      startedAt,
      durationMs,
    };
  } catch (e) {
    // fetch rejects before sending for things like a body on GET or an invalid header name.
    const why = e instanceof Error ? e.message : String(e);
    return { id, request: spec, response: null, error: `No response: ${why}`, startedAt, durationMs: performance.now() - t0 };
  }
}
