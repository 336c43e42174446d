// @vitest-environment node
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../core/monitoring/log-entry';
import { FaultInjector, NO_FAULTS } from '../core/serving/faults';
import { createTestApi } from './node';
import type { TestApi } from './node';
import { parseFeedbackBody, parseInvocationBody } from './request-log-bodies';

const API = 'http://localhost/api';
const INVOCATIONS = `${API}/endpoints/penguins/invocations`;
const ADELIE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
const GENTOO = { bill_length_mm: 50.0, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 };

const faults = new FaultInjector(
  () => performance.now(),
  async () => {},
  () => 0.5,
);
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi({ faults });
  api.server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  faults.clear();
  api.resetRegistry();
  api.log.clear();
});
afterAll(() => {
  api.log.dispose();
  api.server.close();
});

/** Waits until the log holds `n` entries (the entry lands after the response body was read). */
async function settled(n: number, timeoutMs = 3000): Promise<readonly RequestLogEntry[]> {
  const t0 = Date.now();
  while (api.log.entries().length < n) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`log holds ${api.log.entries().length} entries, expected ${n}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  return api.log.entries();
}

const post = (url: string, body: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'Content-Type': contentType, ...headers }, body });

describe('request log (Node, real fetch through MSW)', () => {
  it('records a JSON invocation with instances, predictions, version, request id and client', async () => {
    const res = await post(INVOCATIONS, JSON.stringify({ instances: [ADELIE, GENTOO] }), 'application/json', { 'X-Client': 'traffic-generator' });
    expect(res.status).toBe(200);
    const [e] = await settled(1);
    expect(e).toMatchObject({
      seq: 1,
      method: 'POST',
      path: '/api/endpoints/penguins/invocations',
      kind: 'invocation',
      endpoint: 'penguins',
      status: 200,
      modelVersion: 'v1',
      client: 'traffic-generator',
      instances: [ADELIE, GENTOO],
      predictions: ['Adelie', 'Gentoo'],
      feedback: null,
      requestBody: null,
      contentType: 'application/json',
    });
    expect(e?.requestId).toBe(res.headers.get('X-Request-Id'));
    expect(e?.durationMs).toBeGreaterThanOrEqual(0);
    expect(Math.abs((e?.startedAt ?? 0) - Date.now())).toBeLessThan(5000);
  });

  it('parses CSV bodies in the schema order', async () => {
    const res = await post(INVOCATIONS, '39.1,18.7,181,3750\n50,15.2,218,5700\n', 'text/csv');
    expect(res.status).toBe(200);
    const [e] = await settled(1);
    expect(e?.instances).toEqual([ADELIE, GENTOO]);
    expect(e?.predictions).toEqual(['Adelie', 'Gentoo']);
  });

  it('keeps malformed values as sent and logs unparseable bodies as instances: null', async () => {
    expect((await post(INVOCATIONS, JSON.stringify({ instances: [{ ...ADELIE, body_mass_g: 'heavy' }] }))).status).toBe(422);
    expect((await post(INVOCATIONS, '{"instances": [')).status).toBe(400);
    const [bad, broken] = await settled(2);
    expect(bad).toMatchObject({ status: 422, instances: [{ ...ADELIE, body_mass_g: 'heavy' }], predictions: null, modelVersion: null });
    expect(broken).toMatchObject({ status: 400, instances: null, predictions: null });
  });

  it('records 4xx and 5xx answers and network errors (status 0)', async () => {
    expect((await fetch(`${API}/endpoints/nope/invocations`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status).toBe(404);
    faults.set({ ...NO_FAULTS, status: 503 });
    expect((await post(INVOCATIONS, JSON.stringify({ instances: [ADELIE] }))).status).toBe(503);
    faults.set({ ...NO_FAULTS, networkError: true });
    await expect(post(INVOCATIONS, JSON.stringify({ instances: [ADELIE] }))).rejects.toThrow();
    const [notFound, unavailable, failed] = await settled(3, 5000);
    expect(notFound).toMatchObject({ status: 404, kind: 'invocation', endpoint: 'nope' });
    expect(unavailable).toMatchObject({ status: 503, instances: [ADELIE], predictions: null });
    expect(failed).toMatchObject({ status: 0, requestId: null, modelVersion: null, instances: [ADELIE] });
  });

  it('records accepted feedback with its request id and labels', async () => {
    const res = await post(`${API}/endpoints/penguins/invocations`, JSON.stringify({ instances: [ADELIE] }));
    const requestId = res.headers.get('X-Request-Id') ?? '';
    const fb = await post(`${API}/endpoints/penguins/feedback`, JSON.stringify({ request_id: requestId, labels: ['Adelie'] }));
    const [, e] = await settled(2);
    expect(fb.status).toBe(202);
    expect(e).toMatchObject({ kind: 'feedback', endpoint: 'penguins', status: 202, feedback: [{ requestId, labels: ['Adelie'] }] });
    // A batch lands as one entry with one item per labelled invocation.
    await post(`${API}/endpoints/penguins/feedback`, JSON.stringify({ feedback: [{ request_id: requestId, labels: ['Adelie'] }, { request_id: 'other', labels: ['Gentoo'] }] }));
    const [, , batch] = await settled(3);
    expect(batch?.feedback).toEqual([
      { requestId, labels: ['Adelie'] },
      { requestId: 'other', labels: ['Gentoo'] },
    ]);
    // Only accepted feedback (2xx) is kept as labels: a refused call (unknown label → 422) must not count towards accuracy.
    await post(`${API}/endpoints/penguins/feedback`, JSON.stringify({ request_id: requestId, labels: ['Dodo'] }));
    const [, , , refused] = await settled(4);
    expect(refused).toMatchObject({ kind: 'feedback', status: 422, feedback: null });
  });

  it('keeps the first 4 KiB of other bodies (a PUT of the endpoint config)', async () => {
    const config = JSON.stringify({ variants: [{ version: 'v1', weight: 100 }], padding: 'x'.repeat(5000) });
    await fetch(`${API}/endpoints/penguins`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: config });
    await fetch(`${API}/ping`);
    const [put, ping] = await settled(2);
    expect(put).toMatchObject({ method: 'PUT', kind: 'other', endpoint: null, instances: null });
    expect(put?.requestBody).toBe(config.slice(0, 4096));
    expect(ping).toMatchObject({ method: 'GET', path: '/api/ping', status: 200, requestBody: null });
  });

  it('notifies subscribers after each entry and stops after unsubscribe', async () => {
    let calls = 0;
    const off = api.log.subscribe(() => calls++);
    await fetch(`${API}/ping`);
    await settled(1);
    expect(calls).toBe(1);
    off();
    await fetch(`${API}/ping`);
    await settled(2);
    expect(calls).toBe(1);
  });

  it('stays within its capacity and keeps counting', async () => {
    const small = await createTestApi({ logCapacity: 50 });
    // One MSW server may intercept at a time: pause the shared one.
    api.server.close();
    small.server.listen({ onUnhandledRequest: 'error' });
    try {
      const before = small.log.total();
      for (let i = 0; i < 120; i++) await fetch(`${API}/ping`);
      const t0 = Date.now();
      while (small.log.total() < before + 120 && Date.now() - t0 < 3000) await new Promise((r) => setTimeout(r, 5));
      expect(small.log.entries()).toHaveLength(50);
      expect(small.log.total()).toBe(before + 120);
      const seqs = small.log.entries().map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect(seqs.at(-1)).toBe(before + 120);
    } finally {
      small.log.dispose();
      small.server.close();
      api.server.listen({ onUnhandledRequest: 'error' });
    }
  });
});

describe('body parsers', () => {
  it('never throw, whatever the body', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('application/json', 'text/csv', null), (text, type) => {
        const out = parseInvocationBody(text, type);
        expect(out === null || Array.isArray(out)).toBe(true);
        parseFeedbackBody(text);
      }),
    );
  });

  it('turns CSV gaps into missing keys and extra cells into extra columns', () => {
    expect(parseInvocationBody('39.1,,181,3750,7', 'text/csv; charset=utf-8')).toEqual([{ bill_length_mm: 39.1, flipper_length_mm: 181, body_mass_g: 3750, column_5: 7 }]);
  });
});
