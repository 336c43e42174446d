// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { decodesCleanly, isApiPath } from './endpoint';
import { JSON_TYPE, createRouteApi, expectProblem, problem } from './routes/test-route-api';
import type { RouteApi } from './routes/test-route-api';

let api: RouteApi;

beforeEach(async () => {
  api = await createRouteApi();
});

/** The 404 body the router sends when no route matches `path`. */
const noRoute = (path: string) =>
  problem(404, 'not-found', `No API route matches ${path}. Routes start with /api/ping, /api/datasets, /api/models, /api/endpoints, /api/v2 or /api/mlflow.`);

describe('route patterns match the whole path', () => {
  it.each([
    ['GET', '/x/api/ping'],
    ['GET', '/api/ping/x'],
    ['GET', '/x/api/datasets/penguins.csv'],
    ['GET', '/api/datasets/penguins.csv/x'],
    ['GET', '/x/api/models'],
    ['GET', '/x/api/models/v1'],
    ['GET', '/api/models/v1/x'],
    ['GET', '/x/api/endpoints'],
    ['GET', '/x/api/endpoints/penguins'],
    ['POST', '/x/api/endpoints/penguins/invocations'],
    ['POST', '/api/endpoints/penguins/invocations/x'],
    ['POST', '/x/api/endpoints/penguins/feedback'],
    ['POST', '/api/endpoints/penguins/feedback/x'],
    ['GET', '/x/api/v2/health/live'],
    ['GET', '/api/v2/health/live/x'],
    ['GET', '/x/api/v2/health/ready'],
    ['GET', '/api/v2/health/ready/x'],
    ['GET', '/x/api/v2/models/penguins'],
    ['POST', '/x/api/v2/models/penguins/infer'],
    ['POST', '/api/v2/models/penguins/infer/x'],
    ['POST', '/x/api/mlflow/invocations'],
    ['POST', '/api/mlflow/invocations/x'],
  ])('%s %s (a prefix or suffix around a route) answers 404 naming the route roots', async (method, path) => {
    const body = await expectProblem(await api.send(method, path, JSON_TYPE, method === 'POST' ? '{}' : undefined), 404);
    expect(body).toEqual(noRoute(path));
  });
});

describe('POST /api/endpoints/{name}/feedback through the router', () => {
  it('accepts labels for an endpoint name longer than one character with 202 and the label count', async () => {
    const res = await api.send('POST', '/api/endpoints/penguins/feedback', JSON_TYPE, '{"request_id": "req-77", "labels": ["Adelie", "Gentoo"]}');
    expect(res.status).toBe(202);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.json()).toEqual({ accepted: 2 });
  });

  it('answers 405 with Allow: POST for a GET', async () => {
    const res = await api.send('GET', '/api/endpoints/penguins/feedback');
    expect(res.headers.get('Allow')).toBe('POST');
    expect(await expectProblem(res, 405)).toEqual(problem(405, 'method-not-allowed', 'GET is not allowed on /api/endpoints/penguins/feedback. Allowed: POST.'));
  });
});

describe('405 on the Open Inference (v2) routes', () => {
  it.each([
    ['POST', '/api/v2/health/live', 'GET, HEAD'],
    ['DELETE', '/api/v2/health/ready', 'GET, HEAD'],
    ['PUT', '/api/v2/models/penguins', 'GET, HEAD'],
    ['GET', '/api/v2/models/penguins/infer', 'POST'],
  ])('%s %s answers a v2 error body {"error"} as JSON with Allow %j, not a problem', async (method, path, allow) => {
    const res = await api.send(method, path);
    expect(res.status).toBe(405);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('Allow')).toBe(allow);
    expect(await res.json()).toEqual({ error: `${method} is not allowed on ${path}. Allowed: ${allow}.` });
  });
});

describe('PUT /api/endpoints/{name} with an invalid name', () => {
  it('answers 422 quoting the name and the naming rule', async () => {
    const res = await api.send('PUT', '/api/endpoints/Bad_Name', JSON_TYPE, '{"variants": [{"version": "v1", "weight": 100}]}');
    expect(await expectProblem(res, 422)).toEqual(
      problem(422, 'validation-error', '"Bad_Name" is not a valid endpoint name: use 1–63 lower-case letters, digits and dashes.'),
    );
  });

  it('quotes the decoded name when the path segment is percent-encoded', async () => {
    const res = await api.send('PUT', '/api/endpoints/a%20b', JSON_TYPE, '{"variants": []}');
    expect(await expectProblem(res, 422)).toEqual(problem(422, 'validation-error', '"a b" is not a valid endpoint name: use 1–63 lower-case letters, digits and dashes.'));
    expect(api.registry.getEndpoint('a b')).toBeUndefined();
  });
});

describe('a handler that throws', () => {
  beforeEach(() => {
    api.ctx.datasetCsv = async () => {
      throw new Error('ENOENT /srv/secret/penguins.csv');
    };
  });

  it('becomes a 500 problem that quotes the generated request id and leaks no internals', async () => {
    const res = await api.send('GET', '/api/datasets/penguins.csv');
    expect(res.headers.get('X-Request-Id')).toBe('req-1');
    const body = await expectProblem(res, 500);
    expect(body).toEqual(problem(500, 'internal-error', 'The server failed while handling this request. Quote request id req-1 when reporting it.'));
    expect(JSON.stringify(body)).not.toContain('secret');
  });

  it("quotes the client's own X-Request-Id when it sent a valid one", async () => {
    const res = await api.send('GET', '/api/datasets/penguins.csv', { 'X-Request-Id': 'trace.42_a-b' });
    expect(res.headers.get('X-Request-Id')).toBe('trace.42_a-b');
    expect(await expectProblem(res, 500)).toEqual(
      problem(500, 'internal-error', 'The server failed while handling this request. Quote request id trace.42_a-b when reporting it.'),
    );
  });
});

describe('isApiPath', () => {
  it.each([
    ['/api', true],
    ['/api/', true],
    ['/api/ping', true],
    ['/lab/api', true],
    ['/lab/api/models', true],
    ['/', false],
    ['/index.html', false],
    ['/apis', false],
    ['/apiary/x', false],
    ['/myapi', false],
    ['/lab/api-docs', false],
  ])('%j → %s', (pathname, expected) => {
    expect(isApiPath(pathname)).toBe(expected);
  });
});

describe('decodesCleanly', () => {
  it.each([
    ['/api/endpoints/a%20b', true],
    ['/api/ping', true],
    ['/api/endpoints/%ZZ', false],
    ['/api/endpoints/%E0%A4%A', false],
    ['/api/endpoints/%C0%AF', false],
    ['/api/%', false],
  ])('%j → %s', (pathname, expected) => {
    expect(decodesCleanly(pathname)).toBe(expected);
  });
});
