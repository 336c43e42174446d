// @vitest-environment node
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import { openContractTransport } from '../../server/test-transport';
import { feedbackBatchBody, feedbackBody } from '../monitoring/traffic';
import type { Problem } from './problem';

const transport = await openContractTransport();
const API = `${transport.base}/api`;
const FEEDBACK = `${API}/endpoints/penguins/feedback`;
const ADELIE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  transport.attach(api);
});
afterEach(() => api.resetRegistry());
afterAll(() => transport.close());

const send = (body: string, type: string | null = 'application/json', url = FEEDBACK) =>
  fetch(url, { method: 'POST', headers: type === null ? {} : { 'Content-Type': type }, body });

async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  const problem = (await res.json()) as Problem;
  expect(problem.status).toBe(status);
  expect(problem.detail).toEqual(expect.any(String));
  return problem;
}

describe('POST /api/endpoints/{name}/feedback', () => {
  it('accepts the true labels of an earlier invocation: 202 {"accepted": n}', async () => {
    const invocation = await fetch(`${API}/endpoints/penguins/invocations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ instances: [ADELIE, ADELIE] }),
    });
    expect(invocation.status).toBe(200);
    const requestId = invocation.headers.get('X-Request-Id') as string;
    expect(requestId).toBeTruthy();

    const res = await send(feedbackBody(requestId, ['Adelie', 'Gentoo']));
    expect(res.status).toBe(202);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
    expect(await res.json()).toEqual({ accepted: 2 });
  });

  it('accepts a batch {"feedback": [...]}: 202 with every label counted', async () => {
    const res = await send(feedbackBatchBody([{ requestId: 'r1', labels: ['Adelie'] }, { requestId: 'r2', labels: ['Gentoo', 'Chinstrap'] }]));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 3 });
  });

  it('422 for a bad batch, pointing at the item and label; 413 for more than 1000 invocations in one batch', async () => {
    const wrongLabel = await expectProblem(await send(feedbackBatchBody([{ requestId: 'r1', labels: ['Adelie'] }, { requestId: 'r2', labels: ['Emperor'] }])), 422);
    expect(wrongLabel.errors?.map((e) => e.pointer)).toEqual(['/feedback/1/labels/0']);
    const empty = await expectProblem(await send('{"feedback": []}'), 422);
    expect(empty.errors?.map((e) => e.pointer)).toEqual(['/feedback']);
    const noId = await expectProblem(await send('{"feedback": [{"labels": ["Adelie"]}]}'), 422);
    expect(noId.errors?.map((e) => e.pointer)).toEqual(['/feedback/0/request_id']);
    const many = Array.from({ length: 1001 }, (_, i) => ({ requestId: `r${i}`, labels: ['Adelie'] }));
    await expectProblem(await send(feedbackBatchBody(many)), 413);
    expect((await send(feedbackBatchBody(many.slice(0, 1000)))).status).toBe(202);
  });

  it('404 for an unknown endpoint, 503 for one with no traffic', async () => {
    await expectProblem(await send(feedbackBody('r1', ['Adelie']), 'application/json', `${API}/endpoints/pelicans/feedback`), 404);
    api.registry.putEndpoint('penguins', [{ version: 'v1', weight: 0 }], new Date().toISOString());
    const res = await send(feedbackBody('r1', ['Adelie']));
    await expectProblem(res, 503);
    expect(res.headers.get('Retry-After')).toBeTruthy();
  });

  it('405 with Allow: POST for other methods', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await fetch(FEEDBACK, { method });
      await expectProblem(res, 405);
      expect(res.headers.get('Allow')).toBe('POST');
    }
  });

  it('415 for a body that is not JSON, 406 for an Accept it cannot answer', async () => {
    await expectProblem(await send(feedbackBody('r1', ['Adelie']), 'text/plain'), 415);
    await expectProblem(await send(feedbackBody('r1', ['Adelie']), null), 415);
    const res = await fetch(FEEDBACK, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'text/csv' }, body: feedbackBody('r1', ['Adelie']) });
    await expectProblem(res, 406);
  });

  it('400 for unparseable JSON', async () => {
    await expectProblem(await send('{"request_id": "r1", "labels": ['), 400);
  });

  it('413 over the limits: a body over 1 MiB, or more than 1000 labels', async () => {
    await expectProblem(await send(`{"request_id":"r1","labels":["Adelie"],"pad":"${'x'.repeat(1_048_577)}"}`), 413);
    await expectProblem(await send(feedbackBody('r1', Array.from({ length: 1001 }, () => 'Adelie'))), 413);
    expect((await send(feedbackBody('r1', Array.from({ length: 1000 }, () => 'Adelie')))).status).toBe(202);
  });

  it.each([
    ['missing request_id', { labels: ['Adelie'] }, '/request_id'],
    ['empty request_id', { request_id: '', labels: ['Adelie'] }, '/request_id'],
    ['request_id not a string', { request_id: 7, labels: ['Adelie'] }, '/request_id'],
    ['missing labels', { request_id: 'r1' }, '/labels'],
    ['empty labels', { request_id: 'r1', labels: [] }, '/labels'],
    ['labels not an array', { request_id: 'r1', labels: 'Adelie' }, '/labels'],
    ['a label not a string', { request_id: 'r1', labels: ['Adelie', 3] }, '/labels/1'],
    ['a label not a class', { request_id: 'r1', labels: ['Adelie', 'Emperor'] }, '/labels/1'],
    ['an extra field', { request_id: 'r1', labels: ['Adelie'], species: 'Adelie' }, '/species'],
  ])('422 with errors[{pointer, message}] for %s', async (_name, body, pointer) => {
    const problem = await expectProblem(await send(JSON.stringify(body)), 422);
    expect(problem.errors?.map((e) => e.pointer)).toContain(pointer);
    for (const e of problem.errors ?? []) expect(e.message).toEqual(expect.any(String));
  });

  it('names the classes it knows when a label is not one of them', async () => {
    const problem = await expectProblem(await send(feedbackBody('r1', ['Emperor'])), 422);
    expect(problem.detail).toMatch(/Adelie, Chinstrap, Gentoo/);
  });

  it('answers any JSON value with a 202 or a problem, never a 5xx', async () => {
    const item = fc.record({ request_id: fc.oneof(fc.string(), fc.jsonValue()), labels: fc.oneof(fc.array(fc.constantFrom('Adelie', 'Gentoo', '', 'x')), fc.jsonValue()) }, { requiredKeys: [] });
    const body = fc.oneof(fc.jsonValue(), item, fc.record({ feedback: fc.oneof(fc.array(item, { maxLength: 5 }), fc.jsonValue()) }, { requiredKeys: [] }));
    type Sent = { labels: unknown[]; feedback?: { labels: unknown[] }[] };
    const labelCount = (v: Sent) => (v.feedback ? v.feedback.reduce((n, i) => n + i.labels.length, 0) : v.labels.length);
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const res = await api.endpoint(new Request(FEEDBACK, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) ?? 'null' }));
        expect(res.status).toBeLessThan(500);
        expect([202, 400, 413, 422]).toContain(res.status);
        if (res.status >= 400) expect(((await res.json()) as Problem).status).toBe(res.status);
        else expect(await res.json()).toEqual({ accepted: labelCount(value as Sent) });
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
