// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { JSON_TYPE, createRouteApi, expectProblem, problem } from './test-route-api';
import type { RouteApi } from './test-route-api';

const SHAPES = 'Send {"request_id": "<X-Request-Id of the invocation>", "labels": [one true class per instance]}, or a batch: {"feedback": [ {…}, {…} ]}.';
const CLASSES = 'Adelie, Chinstrap, Gentoo';

let api: RouteApi;

// Feedback stores nothing: one API serves every test.
beforeAll(async () => {
  api = await createRouteApi();
});

const send = (body: string, headers: Record<string, string> = JSON_TYPE, name = 'penguins') => api.send('POST', `/api/endpoints/${name}/feedback`, headers, body);
const item = (labels: string[], requestId = 'req-7') => ({ request_id: requestId, labels });
const notAClass = (label: string) => `"${label}" is not a class of this endpoint (${CLASSES})`;

describe('POST /api/endpoints/{name}/feedback: refusals before the body is read', () => {
  it('answers 404 naming an unknown endpoint and where the endpoints are listed', async () => {
    const body = await expectProblem(await send(JSON.stringify(item(['Adelie'])), JSON_TYPE, 'orcas'), 404);
    expect(body).toEqual(problem(404, 'not-found', 'There is no endpoint "orcas". GET /api/endpoints lists them.'));
  });

  it('answers 406 naming application/json when Accept asks only for HTML', async () => {
    const body = await expectProblem(await send(JSON.stringify(item(['Adelie'])), { ...JSON_TYPE, Accept: 'text/html' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with application/json, but the Accept header asks for "text/html".'));
  });

  it('accepts labels from a client that accepts JSON: 202 with the number of labels', async () => {
    const res = await send(JSON.stringify(item(['Adelie', 'Gentoo'])), { ...JSON_TYPE, Accept: 'application/json' });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 2 });
  });
});

describe('POST /api/endpoints/{name}/feedback: the shape of the body', () => {
  it('refuses a body that is not JSON with 400 and the two shapes it may have', async () => {
    const body = await expectProblem(await send('{"request_id": "req-7", '), 400);
    expect(body).toEqual(problem(400, 'malformed-body', `The body is not valid JSON. ${SHAPES}`));
  });

  it('words a wrong type in one invocation its own way (422)', async () => {
    const body = await expectProblem(await send('{"request_id": 7, "labels": ["Adelie"]}'), 422);
    expect(body).toEqual(problem(422, 'validation-error', `The feedback is not valid. ${SHAPES}`, [{ pointer: '/request_id', message: 'must be a string, not 7' }]));
  });

  it('words a wrong type inside a batch its own way, pointing into the batch (422)', async () => {
    const body = await expectProblem(await send('{"feedback": [{"request_id": "req-7", "labels": "Adelie"}]}'), 422);
    expect(body).toEqual(problem(422, 'validation-error', `The feedback is not valid. ${SHAPES}`, [{ pointer: '/feedback/0/labels', message: 'must be an array, not text' }]));
  });
});

describe('POST /api/endpoints/{name}/feedback: size limits', () => {
  it('refuses a batch of 1,001 invocations with 413 and says to split it', async () => {
    const feedback = Array.from({ length: 1001 }, (_, k) => item(['Adelie'], `req-${k}`));
    const body = await expectProblem(await send(JSON.stringify({ feedback })), 413);
    expect(body).toEqual(problem(413, 'content-too-large', '1,001 invocations in one batch; at most 1,000. Split it into several calls.'));
  });

  it('accepts a batch of exactly 1,000 invocations', async () => {
    const feedback = Array.from({ length: 1000 }, (_, k) => item(['Adelie'], `req-${k}`));
    const res = await send(JSON.stringify({ feedback }));
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ accepted: 1000 });
  });

  it('refuses 1,001 labels for one invocation with 413: no invocation holds more instances', async () => {
    const body = await expectProblem(await send(JSON.stringify(item(Array(1001).fill('Adelie')))), 413);
    expect(body).toEqual(problem(413, 'content-too-large', '1,001 labels for one invocation; an invocation holds at most 1,000 instances, so feedback does too.'));
  });
});

describe('POST /api/endpoints/{name}/feedback: labels that are not classes', () => {
  it('names one unknown label in the singular, with its pointer and the known classes', async () => {
    const body = await expectProblem(await send(JSON.stringify(item(['Adelie', 'Emperor']))), 422);
    expect(body).toEqual(
      problem(422, 'validation-error', `1 label is not among the classes the endpoint predicts: ${CLASSES}.`, [{ pointer: '/labels/1', message: notAClass('Emperor') }]),
    );
  });

  it('counts several unknown labels in the plural, pointing into each batch item', async () => {
    const body = await expectProblem(await send(JSON.stringify({ feedback: [item(['Gentoo']), item(['Emperor', 'Adelie', 'King'])] })), 422);
    expect(body).toEqual(
      problem(422, 'validation-error', `2 labels are not among the classes the endpoint predicts: ${CLASSES}.`, [
        { pointer: '/feedback/1/labels/0', message: notAClass('Emperor') },
        { pointer: '/feedback/1/labels/2', message: notAClass('King') },
      ]),
    );
  });

  it('counts all 101 unknown labels but lists only the first 100', async () => {
    const labels = Array.from({ length: 101 }, (_, i) => `species-${i}`);
    const body = await expectProblem(await send(JSON.stringify(item(labels))), 422);
    expect(body.detail).toBe(`101 labels are not among the classes the endpoint predicts: ${CLASSES}.`);
    expect(body.errors).toEqual(labels.slice(0, 100).map((label, i) => ({ pointer: `/labels/${i}`, message: notAClass(label) })));
  });
});
