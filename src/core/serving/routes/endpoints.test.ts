// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import type { ModelVersion } from '../model-artifact';
import { JSON_TYPE, NOW, createRouteApi, expectProblem, problem, sibling } from './test-route-api';
import type { RouteApi } from './test-route-api';

const ACCEPT_JSON = { Accept: 'application/json' };
const CONFIG_DETAIL = 'The config must be {"variants": [{"version": "v1", "weight": 100}, …]} with registered versions and weights summing to 100.';

let api: RouteApi;

beforeEach(async () => {
  api = await createRouteApi();
});

const put = (name: string, body: string, headers: Record<string, string> = JSON_TYPE) => api.send('PUT', `/api/endpoints/${name}`, headers, body);

/** The input and output schema endpointView gives for a version. */
function schemaOf(v: ModelVersion) {
  const features = v.preprocessing.features;
  return {
    input: {
      content_types: ['application/json', 'text/csv'],
      features: features.map((f) => ({ name: f.name, unit: f.unit, min: f.min, max: f.max })),
      csv_columns: features.map((f) => f.name),
    },
    output: { content_types: ['application/json'], classes: v.preprocessing.classes },
  };
}

const LIMITS = { max_body_bytes: 1_048_576, max_instances: 1000 };

describe('GET /api/endpoints', () => {
  it('lists each endpoint with its status, variants and link when the client accepts JSON', async () => {
    const res = await api.send('GET', '/api/endpoints', ACCEPT_JSON);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.json()).toEqual({
      endpoints: [{ name: 'penguins', status: 'InService', variants: [{ version: 'v1', weight: 100 }], links: { self: '/api/endpoints/penguins' } }],
    });
  });

  it('answers 406 naming application/json when Accept asks only for CSV', async () => {
    const body = await expectProblem(await api.send('GET', '/api/endpoints', { Accept: 'text/csv' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with application/json, but the Accept header asks for "text/csv".'));
  });
});

describe('GET /api/endpoints/{name}', () => {
  it('describes the schema of the first variant with traffic, not of a zero-weight first variant', async () => {
    api = await createRouteApi((v1) => ({
      format: 'deploy-lab/registry@1',
      versions: [v1, sibling(v1, 'v2')],
      endpoints: [{ name: 'split', variants: [{ version: 'v1', weight: 0 }, { version: 'v2', weight: 100 }], createdAt: '2026-11-30T00:00:00.000Z', updatedAt: NOW }],
    }));
    const res = await api.send('GET', '/api/endpoints/split', ACCEPT_JSON);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      name: 'split',
      status: 'InService',
      invocation_url: '/api/endpoints/split/invocations',
      variants: [
        { version: 'v1', weight: 0 },
        { version: 'v2', weight: 100 },
      ],
      ...schemaOf(sibling(api.reference, 'v2')),
      limits: LIMITS,
      created_at: '2026-11-30T00:00:00.000Z',
      updated_at: NOW,
    });
  });

  it('describes an endpoint without variants as NoTraffic with no schema', async () => {
    expect((await put('empty', '{"variants": []}')).status).toBe(201);
    const res = await api.send('GET', '/api/endpoints/empty');
    expect(await res.json()).toEqual({
      name: 'empty',
      status: 'NoTraffic',
      invocation_url: '/api/endpoints/empty/invocations',
      variants: [],
      input: null,
      output: null,
      limits: LIMITS,
      created_at: NOW,
      updated_at: NOW,
    });
  });

  it('answers 406 naming application/json when Accept asks only for HTML', async () => {
    const body = await expectProblem(await api.send('GET', '/api/endpoints/penguins', { Accept: 'text/html' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with application/json, but the Accept header asks for "text/html".'));
  });
});

describe('PUT /api/endpoints/{name}', () => {
  const V1 = '{"variants": [{"version": "v1", "weight": 100}]}';

  it('creates an endpoint: 201, Location and its describe view, for a client that accepts JSON', async () => {
    const res = await put('blue', V1, { ...JSON_TYPE, ...ACCEPT_JSON });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/endpoints/blue');
    expect(await res.json()).toEqual({
      name: 'blue',
      status: 'InService',
      invocation_url: '/api/endpoints/blue/invocations',
      variants: [{ version: 'v1', weight: 100 }],
      ...schemaOf(api.reference),
      limits: LIMITS,
      created_at: NOW,
      updated_at: NOW,
    });
  });

  it('refuses a body that is not JSON with 400', async () => {
    const body = await expectProblem(await put('blue', '{"variants": [}'), 400);
    expect(body).toEqual(problem(400, 'malformed-body', 'The body is not valid JSON.'));
  });

  it('refuses a text/plain body with 415 and Accept-Post: application/json', async () => {
    const res = await put('blue', V1, { 'Content-Type': 'text/plain' });
    expect(res.headers.get('Accept-Post')).toBe('application/json');
    expect(await expectProblem(res, 415)).toEqual(problem(415, 'unsupported-media-type', 'Content-Type "text/plain" is not supported here. Use application/json.'));
    expect(api.registry.getEndpoint('blue')).toBeUndefined();
  });

  it('answers 406 to a JSON body whose sender accepts only CSV, and changes nothing', async () => {
    const body = await expectProblem(await put('blue', V1, { ...JSON_TYPE, Accept: 'text/csv' }), 406);
    expect(body).toEqual(problem(406, 'not-acceptable', 'This resource can only answer with application/json, but the Accept header asks for "text/csv".'));
    expect(api.registry.getEndpoint('blue')).toBeUndefined();
  });

  it('refuses a config over 65,536 bytes with 413 before parsing it', async () => {
    const body = V1 + ' '.repeat(65_537 - V1.length);
    const res = await expectProblem(await put('blue', body), 413);
    expect(res).toEqual(problem(413, 'content-too-large', 'The body is 65,537 bytes; the limit is 65,536 bytes.'));
  });

  it('words shape errors its own way: unknown fields and wrong types get field errors', async () => {
    const res = await expectProblem(await put('blue', '{"variants": "v1", "replicas": 2}'), 422);
    expect(res).toEqual(
      problem(422, 'validation-error', CONFIG_DETAIL, [
        { pointer: '/variants', message: 'must be an array, not text' },
        { pointer: '/replicas', message: 'is not a field here: remove it' },
      ]),
    );
  });
});

describe('DELETE /api/endpoints/{name}', () => {
  it('answers 507 and keeps the endpoint when the deletion cannot be stored', async () => {
    api.setStorageHasRoom(false);
    const res = await expectProblem(await api.send('DELETE', '/api/endpoints/penguins'), 507);
    expect(res).toEqual(
      problem(
        507,
        'insufficient-storage',
        `"penguins" was not deleted: the browser's storage for this site is full, and a deletion that is not stored would be undone by a reload.`,
      ),
    );
    expect(api.registry.getEndpoint('penguins')?.variants).toEqual([{ version: 'v1', weight: 100 }]);
  });
});
