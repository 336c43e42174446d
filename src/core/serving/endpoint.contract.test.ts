// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { artifactsToInlineModel } from '../../ml/load-predictor';
import { readArtifactsFromDisk } from '../../ml/load-predictor-node';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import { openContractTransport } from '../../server/test-transport';
import { CSV_COLUMNS } from '../data/penguins';
import { createRng } from '../rng';
import type { Random } from '../rng';
import type { InlineModel } from './model-artifact';
import type { Problem } from './problem';

const transport = await openContractTransport();
const API = `${transport.base}/api`;
const INVOCATIONS = `${API}/endpoints/penguins/invocations`;
const JSON_TYPE = { 'Content-Type': 'application/json' };

const ADELIE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };
const CHINSTRAP = { bill_length_mm: 46.5, bill_depth_mm: 17.9, flipper_length_mm: 192, body_mass_g: 3500 };
const GENTOO = { bill_length_mm: 50.0, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 };

interface Prediction {
  species: string;
  probabilities: Record<string, number>;
}
interface InvocationBody {
  predictions: Prediction[];
  model_version: string;
}

let api: TestApi;
let inline: InlineModel;
// Routing tests swap in a seeded source; everything else uses Math.random.
let random: Random = Math.random;

beforeAll(async () => {
  api = await createTestApi({ random: () => random() });
  inline = artifactsToInlineModel(await readArtifactsFromDisk());
  transport.attach(api);
});

afterEach(() => {
  api.resetRegistry();
  random = Math.random;
});

afterAll(() => transport.close());

/** POSTs an invocation body with the given Content-Type (or none when null). */
function invoke(body: BodyInit, contentType: string | null = 'application/json', headers: Record<string, string> = {}): Promise<Response> {
  return fetch(INVOCATIONS, {
    method: 'POST',
    headers: { ...(contentType === null ? {} : { 'Content-Type': contentType }), ...headers },
    body,
  });
}

const invokeJson = (instances: unknown[]) => invoke(JSON.stringify({ instances }));

/** The v1 artifact re-registered under a new card; `version` omitted lets the registry pick the next name. */
function registration(extra: Record<string, unknown> = {}) {
  const v1 = api.reference;
  return {
    model: inline,
    preprocessing: v1.preprocessing,
    card: { ...v1.card, name: 'penguins-mlp-copy', description: 'The v1 weights registered again, to practise versioning.' },
    ...extra,
  };
}

function postModel(body: unknown): Promise<Response> {
  return fetch(`${API}/models`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(body) });
}

function putEndpoint(name: string, variants: unknown): Promise<Response> {
  return fetch(`${API}/endpoints/${name}`, { method: 'PUT', headers: JSON_TYPE, body: JSON.stringify({ variants }) });
}

/** Asserts an RFC 9457 problem of `status` (problem+json, status field = HTTP status, no stack trace) and returns it. */
async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  expect(res.headers.get('X-Request-Id')).toBeTruthy();
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at |Error:/);
  const body = JSON.parse(text) as Problem;
  expect(body.status).toBe(status);
  // An absolute URI on the API's own origin (RFC 9457 §3.1.1).
  expect(body.type).toMatch(/^https?:\/\/[^/]+\/problems\/[a-z-]+$/);
  if (res.url) expect(new URL(body.type).origin).toBe(new URL(res.url).origin);
  expect(body.title).toEqual(expect.any(String));
  expect(body.title).not.toBe('');
  expect(body.detail).toEqual(expect.any(String));
  expect(body.detail).not.toBe('');
  return body;
}

const pointers = (p: Problem) => (p.errors ?? []).map((e) => e.pointer);

describe('the success table of DESIGN.md', () => {
  it('GET /api/ping answers 200 with an empty body', async () => {
    const res = await fetch(`${API}/ping`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
  });

  it('GET /api/datasets/penguins.csv serves the raw data set: header plus 344 rows, cacheable', async () => {
    const res = await fetch(`${API}/datasets/penguins.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('Cache-Control')).toMatch(/max-age=\d+/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Number(res.headers.get('Content-Length'))).toBe(bytes.byteLength);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\n');
    expect(lines).toHaveLength(345);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('GET /api/models lists the registered versions with their cards', async () => {
    const res = await fetch(`${API}/models`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    const body = (await res.json()) as { models: { version: string; card: { name: string } }[] };
    expect(body.models.map((m) => m.version)).toEqual(['v1']);
    expect(body.models[0]?.card.name).toBe(api.reference.card.name);
  });

  it('GET /api/models/v1 describes one version: card, preprocessing and links', async () => {
    const res = await fetch(`${API}/models/v1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      version: 'v1',
      card: { name: api.reference.card.name },
      preprocessing: { classes: ['Adelie', 'Chinstrap', 'Gentoo'] },
      links: { self: '/api/models/v1' },
    });
  });

  it('GET /api/models/v9 (never registered) answers 404', async () => {
    await expectProblem(await fetch(`${API}/models/v9`), 404);
  });

  it('POST /api/models registers an inline artifact as the next version: 201 with Location', async () => {
    const res = await postModel(registration());
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/models/v2');
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.json()).toMatchObject({ version: 'v2', card: { name: 'penguins-mlp-copy' }, artifact: { inline: true } });
    const listed = await fetch(`${transport.base}${res.headers.get('Location')}`);
    expect(listed.status).toBe(200);
  });

  it('POST /api/models with a version that exists answers 409 (versions are immutable)', async () => {
    await expectProblem(await postModel(registration({ version: 'v1' })), 409);
    expect(api.registry.listVersions()).toHaveLength(1);
  });

  it('POST /api/models with weights that do not match their specs answers 422 at /model/weightData', async () => {
    const broken = { ...inline, weightData: inline.weightData.slice(0, -8) };
    const problem = await expectProblem(await postModel(registration({ model: broken })), 422);
    expect(pointers(problem)).toEqual(['/model/weightData']);
  });

  it('POST /api/models without a card answers 422 pointing at /card', async () => {
    const { card: _card, ...noCard } = registration();
    const problem = await expectProblem(await postModel(noCard), 422);
    expect(pointers(problem)).toContain('/card');
  });

  it('POST /api/models with a topology tfjs cannot build answers 422 at /model', async () => {
    const garbled = { ...inline, modelTopology: { class_name: 'NotAModel', config: {} } };
    const problem = await expectProblem(await postModel(registration({ model: garbled })), 422);
    expect(pointers(problem)).toEqual(['/model']);
    expect(api.registry.getVersion('v2')).toBeUndefined();
  });

  it('GET /api/endpoints lists the default endpoint, in service', async () => {
    const res = await fetch(`${API}/endpoints`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.json()).toEqual({
      endpoints: [{ name: 'penguins', status: 'InService', variants: [{ version: 'v1', weight: 100 }], links: { self: '/api/endpoints/penguins' } }],
    });
  });

  it('GET /api/endpoints/penguins describes the input schema, classes, traffic and limits', async () => {
    const res = await fetch(`${API}/endpoints/penguins`);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      name: 'penguins',
      status: 'InService',
      invocation_url: '/api/endpoints/penguins/invocations',
      variants: [{ version: 'v1', weight: 100 }],
      input: {
        content_types: ['application/json', 'text/csv'],
        features: [
          { name: 'bill_length_mm', unit: 'mm', min: 10, max: 100 },
          { name: 'bill_depth_mm', unit: 'mm', min: 5, max: 40 },
          { name: 'flipper_length_mm', unit: 'mm', min: 100, max: 300 },
          { name: 'body_mass_g', unit: 'g', min: 1000, max: 10000 },
        ],
        csv_columns: ['bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g'],
      },
      output: { content_types: ['application/json'], classes: ['Adelie', 'Chinstrap', 'Gentoo'] },
      limits: { max_body_bytes: 1_048_576, max_instances: 1000 },
    });
  });

  it('PUT /api/endpoints/{new name} creates it: 201 with Location', async () => {
    const res = await putEndpoint('penguins-canary', [{ version: 'v1', weight: 100 }]);
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/endpoints/penguins-canary');
    expect(await res.json()).toMatchObject({ name: 'penguins-canary', status: 'InService' });
    expect((await fetch(`${API}/endpoints/penguins-canary`)).status).toBe(200);
  });

  it('PUT /api/endpoints/penguins replaces the existing config: 200 without Location', async () => {
    expect((await postModel(registration())).status).toBe(201);
    const res = await putEndpoint('penguins', [
      { version: 'v1', weight: 90 },
      { version: 'v2', weight: 10 },
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('Location')).toBeNull();
    expect(await res.json()).toMatchObject({
      variants: [
        { version: 'v1', weight: 90 },
        { version: 'v2', weight: 10 },
      ],
    });
  });

  it('PUT with an unregistered version answers 422 at /variants/0/version', async () => {
    const problem = await expectProblem(await putEndpoint('penguins', [{ version: 'v7', weight: 100 }]), 422);
    expect(pointers(problem)).toEqual(['/variants/0/version']);
  });

  it('PUT with weights that do not sum to 100 answers 422 at /variants', async () => {
    expect((await postModel(registration())).status).toBe(201);
    const problem = await expectProblem(
      await putEndpoint('penguins', [
        { version: 'v1', weight: 60 },
        { version: 'v2', weight: 30 },
      ]),
      422,
    );
    expect(pointers(problem)).toEqual(['/variants']);
  });

  it('PUT with a negative weight answers 422 at that weight', async () => {
    expect((await postModel(registration())).status).toBe(201);
    const problem = await expectProblem(
      await putEndpoint('penguins', [
        { version: 'v1', weight: 110 },
        { version: 'v2', weight: -10 },
      ]),
      422,
    );
    expect(pointers(problem)).toContain('/variants/1/weight');
  });

  it('PUT listing a version twice answers 422 at the duplicate', async () => {
    const problem = await expectProblem(
      await putEndpoint('penguins', [
        { version: 'v1', weight: 50 },
        { version: 'v1', weight: 50 },
      ]),
      422,
    );
    expect(pointers(problem)).toEqual(['/variants/1/version']);
  });

  it('PUT leaves the config unchanged when it answers 422', async () => {
    await putEndpoint('penguins', [{ version: 'v7', weight: 100 }]);
    expect(api.registry.getEndpoint('penguins')?.variants).toEqual([{ version: 'v1', weight: 100 }]);
  });

  it('PUT with no variants is allowed: the endpoint exists with no traffic', async () => {
    const res = await putEndpoint('penguins', []);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'NoTraffic', variants: [] });
  });

  it('DELETE /api/endpoints/penguins answers 204, then 404; its version stays registered', async () => {
    const res = await fetch(`${API}/endpoints/penguins`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
    await expectProblem(await fetch(`${API}/endpoints/penguins`), 404);
    await expectProblem(await fetch(`${API}/endpoints/penguins`, { method: 'DELETE' }), 404);
    await expectProblem(await invokeJson([ADELIE]), 404);
    expect((await fetch(`${API}/models/v1`)).status).toBe(200);
  });

  it('POST …/invocations with JSON answers 200 with one prediction per instance', async () => {
    const res = await invokeJson([ADELIE, GENTOO]);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('X-Model-Version')).toBe('v1');
    expect(res.headers.get('X-Request-Id')).toBeTruthy();
    expect(res.headers.get('Server-Timing')).toMatch(/inference;dur=\d+(\.\d+)?/);
    const body = (await res.json()) as InvocationBody;
    expect(body.model_version).toBe('v1');
    expect(body.predictions).toHaveLength(2);
    for (const p of body.predictions) {
      expect(Object.keys(p.probabilities)).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
      const sum = Object.values(p.probabilities).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-6);
    }
  });

  it('POST …/invocations with CSV (no header, schema column order) answers 200', async () => {
    const csv = [ADELIE, CHINSTRAP, GENTOO].map((b) => `${b.bill_length_mm},${b.bill_depth_mm},${b.flipper_length_mm},${b.body_mass_g}`).join('\r\n');
    const res = await invoke(`${csv}\r\n`, 'text/csv; charset=utf-8');
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(res.headers.get('X-Model-Version')).toBe('v1');
    const body = (await res.json()) as InvocationBody;
    expect(body.predictions.map((p) => p.species)).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
  });
});

describe('the error table of DESIGN.md', () => {
  it('400 for a body that is not JSON', async () => {
    const problem = await expectProblem(await invoke('{"instances": [ {'), 400);
    expect(new URL(problem.type).pathname).toBe('/problems/malformed-body');
  });

  it('400 for CSV with a quoted field that never closes', async () => {
    const problem = await expectProblem(await invoke('39.1,18.7,181,"3750\n46.5,17.9,192,3500\n', 'text/csv'), 400);
    expect(problem.detail).toMatch(/line 1/);
  });

  it('400 for a body that is not UTF-8', async () => {
    await expectProblem(await invoke(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'application/json'), 400);
  });

  it('404 for an endpoint that does not exist', async () => {
    await expectProblem(await fetch(`${API}/endpoints/walruses/invocations`, { method: 'POST', headers: JSON_TYPE, body: '{}' }), 404);
  });

  it('404 for a path below /api that matches no route', async () => {
    await expectProblem(await fetch(`${API}/penguins`), 404);
    await expectProblem(await fetch(`${API}/endpoints/penguins/invocations/extra`, { method: 'POST' }), 404);
  });

  it('405 with Allow for a method the path does not support', async () => {
    const invocations = await fetch(INVOCATIONS);
    await expectProblem(invocations, 405);
    expect(invocations.headers.get('Allow')).toBe('POST');

    const models = await fetch(`${API}/models`, { method: 'DELETE' });
    await expectProblem(models, 405);
    expect(models.headers.get('Allow')).toBe('GET, HEAD, POST');

    const endpoint = await fetch(`${API}/endpoints/penguins`, { method: 'POST', headers: JSON_TYPE, body: '{}' });
    await expectProblem(endpoint, 405);
    expect(endpoint.headers.get('Allow')).toBe('GET, HEAD, PUT, DELETE');
  });

  it('406 when Accept does not allow application/json', async () => {
    await expectProblem(await invoke(JSON.stringify({ instances: [ADELIE] }), 'application/json', { Accept: 'text/html' }), 406);
    await expectProblem(await invoke(JSON.stringify({ instances: [ADELIE] }), 'application/json', { Accept: 'application/json;q=0, */*' }), 406);
  });

  it('accepts Accept headers that allow JSON through a wildcard', async () => {
    expect((await invoke(JSON.stringify({ instances: [ADELIE] }), 'application/json', { Accept: 'text/html, application/*;q=0.5' })).status).toBe(200);
  });

  it('406 on the data set when Accept refuses text/csv', async () => {
    await expectProblem(await fetch(`${API}/datasets/penguins.csv`, { headers: { Accept: 'application/json' } }), 406);
  });

  it('413 for a body over 1 MiB', async () => {
    const padding = ' '.repeat(1_048_576);
    const problem = await expectProblem(await invoke(`{"instances": [${JSON.stringify(ADELIE)}]}${padding}`), 413);
    expect(new URL(problem.type).pathname).toBe('/problems/content-too-large');
  });

  it('413 from a declared Content-Length over 1 MiB, before the body is read', async () => {
    // fetch computes Content-Length itself, so this request goes to the endpoint function directly.
    const req = new Request(INVOCATIONS, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': '1048577' },
      body: JSON.stringify({ instances: [ADELIE] }),
    });
    await expectProblem(await api.endpoint(req), 413);
    expect(req.bodyUsed).toBe(false);
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const json = JSON.stringify({ instances: [ADELIE] });
    const res = await invoke(json + ' '.repeat(1_048_576 - json.length));
    expect(res.status).toBe(200);
  });

  it('413 for 1001 JSON instances (the limit is 1000)', async () => {
    const problem = await expectProblem(await invokeJson(Array.from({ length: 1001 }, () => ADELIE)), 413);
    expect(problem.detail).toMatch(/^1,001 instances sent; the limit is 1,000 per request/);
  });

  it('413 for 1001 CSV lines', async () => {
    await expectProblem(await invoke('39.1,18.7,181,3750\n'.repeat(1001), 'text/csv'), 413);
  });

  it('answers 200 for exactly 1000 instances', async () => {
    const res = await invokeJson(Array.from({ length: 1000 }, () => ADELIE));
    expect(res.status).toBe(200);
    expect(((await res.json()) as InvocationBody).predictions).toHaveLength(1000);
  });

  it('415 when Content-Type is missing', async () => {
    // A byte body, so fetch adds no Content-Type of its own.
    const res = await invoke(new TextEncoder().encode(JSON.stringify({ instances: [ADELIE] })), null);
    expect(res.headers.get('Accept-Post')).toBe('application/json, text/csv');
    await expectProblem(res, 415);
  });

  it('415 when Content-Type is unsupported', async () => {
    await expectProblem(await invoke(JSON.stringify({ instances: [ADELIE] }), 'text/plain'), 415);
  });

  it('422 for a missing field, at its pointer', async () => {
    const { bill_depth_mm: _missing, ...bird } = ADELIE;
    const problem = await expectProblem(await invokeJson([bird]), 422);
    expect(new URL(problem.type).pathname).toBe('/problems/validation-error');
    expect(pointers(problem)).toEqual(['/instances/0/bill_depth_mm']);
  });

  it('422 for extra fields, one pointer per unknown key', async () => {
    const problem = await expectProblem(await invokeJson([ADELIE, { ...GENTOO, island: 'Biscoe', sex: 'MALE' }]), 422);
    expect(pointers(problem).sort()).toEqual(['/instances/1/island', '/instances/1/sex']);
  });

  it('422 for an extra key beside "instances"', async () => {
    const problem = await expectProblem(await invoke(JSON.stringify({ instances: [ADELIE], model: 'v2' })), 422);
    expect(pointers(problem)).toEqual(['/model']);
  });

  it('422 for a string where a number belongs', async () => {
    const problem = await expectProblem(await invokeJson([{ ...ADELIE, body_mass_g: '3750' }]), 422);
    expect(problem.errors).toEqual([{ pointer: '/instances/0/body_mass_g', message: expect.stringMatching(/must be a number/) }]);
  });

  it('422 for a value out of physical range (grams sent as kilograms)', async () => {
    const problem = await expectProblem(await invokeJson([CHINSTRAP, { ...GENTOO, body_mass_g: 5.7 }]), 422);
    expect(problem.errors).toEqual([{ pointer: '/instances/1/body_mass_g', message: expect.stringMatching(/at least 1000 g/) }]);
  });

  it('422 for a number too large for a double (1e999 parses as Infinity)', async () => {
    const problem = await expectProblem(await invoke('{"instances":[{"bill_length_mm":1e999,"bill_depth_mm":18.7,"flipper_length_mm":181,"body_mass_g":3750}]}'), 422);
    expect(pointers(problem)).toEqual(['/instances/0/bill_length_mm']);
  });

  it('422 for NaN in CSV', async () => {
    const problem = await expectProblem(await invoke('NaN,18.7,181,3750\n', 'text/csv'), 422);
    expect(pointers(problem)).toEqual(['/instances/0/bill_length_mm']);
  });

  it('422 for empty instances', async () => {
    const problem = await expectProblem(await invokeJson([]), 422);
    expect(pointers(problem)).toEqual(['/instances']);
  });

  it('422 for a body that is not {"instances": […]}', async () => {
    expect(pointers(await expectProblem(await invoke('[1,2]'), 422))).toEqual(['']);
    expect(pointers(await expectProblem(await invoke('{"instances":{}}'), 422))).toEqual(['/instances']);
  });

  it('422 for a CSV header line, at /instances/0', async () => {
    const csv = 'bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g\n39.1,18.7,181,3750\n';
    const problem = await expectProblem(await invoke(csv, 'text/csv'), 422);
    expect(pointers(problem)).toEqual(['/instances/0']);
  });

  it('422 for a CSV line with the wrong number of values, at its instance', async () => {
    const problem = await expectProblem(await invoke('39.1,18.7,181,3750\n46.5,17.9,192\n', 'text/csv'), 422);
    expect(pointers(problem)).toEqual(['/instances/1']);
  });

  it('503 with Retry-After when no version serves traffic', async () => {
    expect((await putEndpoint('penguins', [])).status).toBe(200);
    const res = await invokeJson([ADELIE]);
    await expectProblem(res, 503);
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0);
  });

  it('503 also when every variant has weight 0', async () => {
    expect((await postModel(registration())).status).toBe(201);
    // Weights must sum to 100, so put the 0-weight variant in through the registry.
    api.registry.putEndpoint('penguins', [{ version: 'v1', weight: 0 }], new Date().toISOString());
    await expectProblem(await invokeJson([ADELIE]), 503);
  });
});

describe('order of checks on invocations', () => {
  const noType = () => new TextEncoder().encode('not json');

  it('404 before 503: an unknown endpoint is not "unavailable"', async () => {
    await expectProblem(await fetch(`${API}/endpoints/nobody/invocations`, { method: 'POST', body: noType() }), 404);
  });

  it('503 before 415', async () => {
    await putEndpoint('penguins', []);
    await expectProblem(await invoke(noType(), null), 503);
  });

  it('415 before 406', async () => {
    await expectProblem(await invoke(noType(), 'text/plain', { Accept: 'text/html' }), 415);
  });

  it('406 before 413', async () => {
    await expectProblem(await invoke('x'.repeat(1_048_577), 'application/json', { Accept: 'text/html' }), 406);
  });

  it('413 (bytes) before 400', async () => {
    await expectProblem(await invoke('x'.repeat(1_048_577)), 413);
  });

  it('400 before 413 (count) and 422', async () => {
    await expectProblem(await invoke('39.1,18.7,181,"3750\n'.repeat(1001), 'text/csv'), 400);
  });

  it('413 (count) before 422', async () => {
    await expectProblem(await invokeJson(Array.from({ length: 1001 }, () => ({ wrong: true }))), 413);
  });
});

describe('request ids', () => {
  it('echoes a valid incoming X-Request-Id', async () => {
    const res = await invokeJson([ADELIE]);
    const fresh = res.headers.get('X-Request-Id');
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await fetch(`${API}/ping`, { headers: { 'X-Request-Id': 'lesson-7.step_2' } });
    expect(echoed.headers.get('X-Request-Id')).toBe('lesson-7.step_2');
  });

  it('replaces an incoming X-Request-Id that is not a safe token', async () => {
    const res = await fetch(`${API}/models/v9`, { headers: { 'X-Request-Id': '<script>alert(1)</script>' } });
    expect(res.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives every request a different id', async () => {
    const ids = await Promise.all(Array.from({ length: 5 }, async () => (await fetch(`${API}/ping`)).headers.get('X-Request-Id')));
    expect(new Set(ids).size).toBe(5);
  });
});

describe('predictions of the reference model v1', () => {
  it('recognizes three typical birds: Adelie, Chinstrap and Gentoo', async () => {
    const res = await invokeJson([ADELIE, CHINSTRAP, GENTOO]);
    expect(res.status).toBe(200);
    const body = (await res.json()) as InvocationBody;
    expect(body.predictions.map((p) => p.species)).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    for (const p of body.predictions) {
      const best = Math.max(...Object.values(p.probabilities));
      expect(p.probabilities[p.species]).toBe(best);
      expect(best).toBeGreaterThan(0.5);
    }
  });

  it('gives the same answer for JSON and CSV bodies', async () => {
    const json = (await (await invokeJson([CHINSTRAP])).json()) as InvocationBody;
    const csv = (await (await invoke('46.5,17.9,192,3500', 'text/csv')).json()) as InvocationBody;
    expect(csv.predictions).toEqual(json.predictions);
  });
});

describe('traffic routing between versions', () => {
  it('splits 1000 requests 70/30 within ±5 points and never routes to a weight-0 variant', async () => {
    expect((await postModel(registration())).status).toBe(201);
    expect((await postModel(registration())).status).toBe(201);
    // Weights 70/30/0 sum to 100, so the API accepts a variant that gets no traffic.
    const put = await putEndpoint('penguins', [
      { version: 'v1', weight: 70 },
      { version: 'v2', weight: 30 },
      { version: 'v3', weight: 0 },
    ]);
    expect(put.status).toBe(200);
    random = createRng(2024);

    const counts = new Map<string, number>();
    const body = JSON.stringify({ instances: [ADELIE] });
    for (let batch = 0; batch < 20; batch++) {
      const responses = await Promise.all(Array.from({ length: 50 }, () => invoke(body)));
      for (const res of responses) {
        expect(res.status).toBe(200);
        const version = res.headers.get('X-Model-Version') ?? 'missing';
        expect(((await res.json()) as InvocationBody).model_version).toBe(version);
        counts.set(version, (counts.get(version) ?? 0) + 1);
      }
    }
    expect([...counts.keys()].sort()).toEqual(['v1', 'v2']);
    expect(Math.abs((counts.get('v1') ?? 0) / 10 - 70)).toBeLessThanOrEqual(5);
    expect(Math.abs((counts.get('v2') ?? 0) / 10 - 30)).toBeLessThanOrEqual(5);
  });

  it('routes every request to the only version with weight after a rollback', async () => {
    expect((await postModel(registration())).status).toBe(201);
    await putEndpoint('penguins', [
      { version: 'v1', weight: 0 },
      { version: 'v2', weight: 100 },
    ]);
    random = createRng(7);
    const versions = await Promise.all(Array.from({ length: 50 }, async () => (await invokeJson([GENTOO])).headers.get('X-Model-Version')));
    expect(new Set(versions)).toEqual(new Set(['v2']));
  });
});
