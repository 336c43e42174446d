import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setApiTarget } from '../store/api-target-store';
import { forgetPageServer } from './answerer';
import { sendRequest, sendWithRetry } from './client';
import { ensureMockApi } from './mock-api';

vi.mock('./mock-api', () => ({ ensureMockApi: vi.fn(async () => ({})) }));

const spec = { method: 'GET', url: '/api/ping', headers: [['Accept', 'application/json']] as [string, string][], body: null };

describe('sendRequest with a real server chosen', () => {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    forgetPageServer();
    vi.mocked(ensureMockApi).mockClear();
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setApiTarget({ kind: 'tab' });
  });

  it("sends the path to the server's origin and records that the real server answered", async () => {
    // The page's own origin has no real server (a static host answers /metrics with its index.html).
    fetchMock.mockImplementation(async (input) =>
      String(input).startsWith('http://127.0.0.1:8787') ? new Response('{"status":"ok"}', { headers: { 'Content-Type': 'application/json' } }) : new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
    );
    setApiTarget({ kind: 'server', url: 'http://127.0.0.1:8787' });
    const ex = await sendRequest(spec);
    expect(fetchMock).toHaveBeenLastCalledWith('http://127.0.0.1:8787/api/ping', expect.objectContaining({ method: 'GET' }));
    expect(ex.response?.status).toBe(200);
    expect(ex.answeredBy).toEqual({ kind: 'server', origin: 'http://127.0.0.1:8787', servedThisPage: false });
    expect(ex.request.url).toBe('/api/ping');
  });

  it('says the server could not be reached and gives the exact command (with this page as allowed origin)', async () => {
    fetchMock.mockImplementation(async (input) => {
      if (String(input).startsWith('http://127.0.0.1:8787')) throw new TypeError('Failed to fetch');
      return new Response('', { status: 404 });
    });
    setApiTarget({ kind: 'server', url: 'http://127.0.0.1:8787' });
    const ex = await sendRequest(spec);
    expect(ex.response).toBeNull();
    expect(ex.error).toBe(
      `No response from the real server at http://127.0.0.1:8787 (Failed to fetch): it is not running, or it does not allow pages from ${location.origin} (CORS). Start it in a terminal with: npm run serve -- --allow-origin ${location.origin}`,
    );
  });

  it('a page the real server served sends /api to its own origin, never to the in-tab API', async () => {
    // What the real server answers to /metrics (Prometheus text); its /api answers the request itself.
    fetchMock.mockImplementation(async (input) =>
      String(input) === '/metrics'
        ? new Response('# HELP deploy_lab_http_requests_total Requests.\n', { headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8' } })
        : new Response('{"status":"ok"}', { headers: { 'Content-Type': 'application/json' } }),
    );
    const ex = await sendRequest(spec);
    expect(ex.answeredBy).toEqual({ kind: 'server', origin: location.origin, servedThisPage: true });
    expect(fetchMock).toHaveBeenLastCalledWith('/api/ping', expect.anything());
    expect(ensureMockApi).not.toHaveBeenCalled();
  });

  it('with the tab chosen on a static host: the in-tab API answers the path as written', async () => {
    // First the one check of the visit (/metrics: a static host answers index.html), then the request itself.
    fetchMock.mockResolvedValueOnce(new Response('<html>', { headers: { 'Content-Type': 'text/html' } })).mockResolvedValue(new Response('{}', { headers: { 'Content-Type': 'application/json' } }));
    const ex = await sendRequest(spec);
    expect(ensureMockApi).toHaveBeenCalled();
    expect(ex.answeredBy).toEqual({ kind: 'tab' });
  });
});

describe('sendWithRetry', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('records a timed-out try once, so "after N ms" is said only by the reader of the duration', async () => {
    // A server that never answers: only the client's timeout ends the try.
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>((_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))),
    );
    const ex = await sendWithRetry(spec, { maxAttempts: 1, baseDelayMs: 1, timeoutMs: 20, maxDelayMs: 1 });
    expect(ex.attempts?.[0]?.outcome).toBe('timed out');
    expect(ex.attempts?.[0]?.durationMs).toBeGreaterThanOrEqual(19);
    expect(ex.error).toBe('No response: timed out');
  });
});
