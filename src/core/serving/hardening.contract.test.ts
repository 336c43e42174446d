// @vitest-environment node
// The defects of the hardening issue, each through real fetch calls to the endpoint (MSW's Node server).
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { artifactsToInlineModel } from '../../ml/load-predictor';
import { readArtifactsFromDisk } from '../../ml/load-predictor-node';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import { openContractTransport } from '../../server/test-transport';
import type { InlineModel, Preprocessing } from './model-artifact';
import type { Problem } from './problem';

const transport = await openContractTransport();
const ORIGIN = transport.base;
const API = `${ORIGIN}/api`;
const JSON_TYPE = { 'Content-Type': 'application/json' };
const ADELIE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };

let api: TestApi;
let inline: InlineModel;
// Storage the registry writes to before each change; tests fill it up.
let storageHasRoom = true;

beforeAll(async () => {
  api = await createTestApi({ persist: () => storageHasRoom });
  inline = artifactsToInlineModel(await readArtifactsFromDisk());
  transport.attach(api);
});

afterEach(() => {
  storageHasRoom = true;
  api.resetRegistry();
});

afterAll(() => transport.close());

/** Asserts a problem of `status`: problem+json, `status` field = HTTP status, X-Request-Id, no stack; returns it. */
async function expectProblem(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get('Content-Type')).toBe('application/problem+json');
  expect(res.headers.get('X-Request-Id')).toBeTruthy();
  const text = await res.text();
  expect(text).not.toMatch(/stack|\n\s+at |URIError|SyntaxError/);
  const body = JSON.parse(text) as Problem;
  expect(body.status).toBe(status);
  return body;
}

const pointers = (p: Problem) => (p.errors ?? []).map((e) => e.pointer);

function registration(model: InlineModel = inline, preprocessing: Preprocessing = api.reference.preprocessing, version?: string) {
  return { ...(version ? { version } : {}), model, preprocessing, card: { ...api.reference.card, name: 'copy', description: 'v1 again' } };
}

const postModel = (body: unknown) => fetch(`${API}/models`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(body) });

/** A copy of v1's inline model with its float32 weights and topology edited. */
function edited(edit: (weights: number[], topology: { config: { layers: { config: Record<string, unknown> }[] } }, specs: InlineModel['weightSpecs']) => void): InlineModel {
  const model = structuredClone(inline);
  const bytes = Buffer.from(model.weightData, 'base64');
  const weights = [...new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)];
  edit(weights, model.modelTopology as never, model.weightSpecs);
  model.weightData = Buffer.from(new Float32Array(weights).buffer).toString('base64');
  return model;
}

function withFeature(change: Partial<Preprocessing['features'][number]>): Preprocessing {
  const pre = structuredClone(api.reference.preprocessing);
  pre.features[0] = { ...(pre.features[0] as Preprocessing['features'][number]), ...change };
  return pre;
}

describe('1. malformed percent-escapes in a path', () => {
  const paths = ['/api/endpoints/%ZZ', '/api/%ZZ', '/api/models/%E0%A4%A', '/api/endpoints/%', '/api/endpoints/%ED%A0%80', '/api/models/%C0%AF', '/api/%FF'];
  it.each(paths)('%s answers 400 problem+json with a request id, on GET, POST and HEAD', async (path) => {
    for (const method of ['GET', 'POST']) {
      const problem = await expectProblem(await fetch(`${ORIGIN}${path}`, { method, headers: JSON_TYPE, ...(method === 'POST' ? { body: '{}' } : {}) }), 400);
      expect(problem.detail).toMatch(/percent-encoding/);
    }
    const head = await fetch(`${ORIGIN}${path}`, { method: 'HEAD' });
    expect(head.status).toBe(400);
    expect(head.headers.get('X-Request-Id')).toBeTruthy();
  });

  it('never answers an arbitrary path (malformed escapes, unicode) with a 5xx or a stack', async () => {
    const piece = fc.oneof(fc.constantFrom('%', '%Z', '%ZZ', '%E0%A4', '%ED%A0%80', '%C0%AF', '%FF', '%2F', '/', 'models', 'endpoints', 'penguins', 'invocations'), fc.string({ unit: 'grapheme' }));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 6 }), fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE'), async (parts, method) => {
        let url: URL;
        try {
          url = new URL(`${API}/${parts.join('')}`);
        } catch {
          return; // Not a URL a client could send.
        }
        const res = await fetch(url, { method, headers: JSON_TYPE, ...(method === 'GET' || method === 'HEAD' ? {} : { body: '{}' }) });
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get('X-Request-Id')).toBeTruthy();
        expect(await res.text()).not.toMatch(/stack|URIError/);
        api.resetRegistry();
      }),
      { numRuns: 150 },
    );
  });
});

describe('2. parallel registrations', () => {
  it('eight parallel unnamed registrations get eight distinct versions, each listed once', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => postModel(registration())));
    expect(answers.map((r) => r.status)).toEqual(Array(8).fill(201));
    const names = await Promise.all(answers.map(async (r) => ((await r.json()) as { version: string }).version));
    expect(new Set(names).size).toBe(8);
    const listed = ((await (await fetch(`${API}/models`)).json()) as { models: { version: string }[] }).models.map((m) => m.version);
    expect(listed.sort()).toEqual(['v1', ...names].sort());
  });

  it('five parallel registrations of "v5" give exactly one 201 and four 409s', async () => {
    const answers = await Promise.all(Array.from({ length: 5 }, () => postModel(registration(inline, undefined, 'v5'))));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    for (const r of answers.filter((a) => a.status === 409)) await expectProblem(r, 409);
  });

  it('N concurrent registrations with the same or no name: exactly one 201 per name, unnamed ones distinct', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.option(fc.constantFrom('v5', 'v6'), { nil: undefined }), { minLength: 1, maxLength: 6 }), async (wanted) => {
        api.resetRegistry();
        const answers = await Promise.all(wanted.map((v) => postModel(registration(inline, undefined, v))));
        const statuses = answers.map((r) => r.status);
        const created = await Promise.all(answers.filter((r) => r.status === 201).map(async (r) => ((await r.json()) as { version: string }).version));
        // Unnamed registrations always succeed, under distinct names (which may take a name another request asked for).
        for (const [i, w] of wanted.entries()) expect(w === undefined ? [201] : [201, 409]).toContain(statuses[i]);
        expect(new Set(created).size).toBe(created.length);
        for (const name of new Set(wanted.filter((w) => w !== undefined))) {
          expect(wanted.filter((w, i) => w === name && statuses[i] === 201).length).toBeLessThanOrEqual(1);
          expect(api.registry.listVersions().filter((v) => v.version === name)).toHaveLength(1);
        }
        const versions = api.registry.listVersions().map((v) => v.version);
        expect(new Set(versions).size).toBe(versions.length);
      }),
      { numRuns: 15 },
    );
  });
});

describe('3. registration checks the model against its preprocessing', () => {
  const cases: [string, () => ReturnType<typeof registration>, string[]][] = [
    [
      'a 5-wide input for 4 features',
      () =>
        registration(
          edited((w, topology, specs) => {
            (topology.config.layers[0] as { config: Record<string, unknown> }).config.batch_input_shape = [null, 5];
            (specs[0] as { shape: number[] }).shape = [5, 16];
            w.splice(64, 0, ...Array(16).fill(0.1));
          }),
        ),
      ['/model/modelTopology/config/layers/0/config/batch_input_shape/1', '/model/weightSpecs/0/shape/0'],
    ],
    ['5 output units for 3 classes', () => registration(edited((_w, topology) => {
        (topology.config.layers[1] as { config: Record<string, unknown> }).config.units = 5;
      })), ['/model/modelTopology/config/layers/1/config/units']],
    ['a last layer that is no softmax', () => registration(edited((_w, topology) => {
        (topology.config.layers[1] as { config: Record<string, unknown> }).config.activation = 'linear';
      })), ['/model']],
    ['int32 weights', () => registration(edited((_w, _t, specs) => {
        (specs[1] as { dtype: string }).dtype = 'int32';
      })), ['/model/weightSpecs/1/dtype']],
    ['a NaN weight', () => registration(edited((w) => {
        w[3] = Number.NaN;
      })), ['/model/weightData']],
    ['an infinite weight', () => registration(edited((w) => {
        w[70] = Number.POSITIVE_INFINITY;
      })), ['/model/weightData']],
    ['a mean of -1.7e308 with a std of 1e-300', () => registration(inline, withFeature({ mean: -1.7e308, std: 1e-300 })), ['/preprocessing/features/0/std']],
    ['min above max', () => registration(inline, withFeature({ min: 100, max: 10 })), ['/preprocessing/features/0/max']],
    ['a class listed twice', () => registration(inline, { ...api.reference.preprocessing, classes: ['Adelie', 'Adelie', 'Gentoo'] }), ['/preprocessing/classes/1']],
  ];
  it.each(cases)('refuses %s with 422 and a pointer to the field to blame', async (_name, body, expected) => {
    const problem = await expectProblem(await postModel(body()), 422);
    expect(pointers(problem)).toEqual(expect.arrayContaining(expected));
    expect(api.registry.listVersions()).toHaveLength(1);
  });

  it('arbitrary artifact numbers either register and answer finite probabilities, or get a 422 with a pointer', async () => {
    // Each number is often the sound one, so both branches run (counted below).
    const num = (sound: number) =>
      fc.oneof({ arbitrary: fc.constant(sound), weight: 10 }, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1e-300, -1.7e308, 1.7e308, 5, 40));
    const either = (sound: number, max: number) => fc.oneof({ arbitrary: fc.constant(sound), weight: 10 }, fc.integer({ min: 1, max }));
    const seen = { registered: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(num(44), num(5), num(10), num(100), either(4, 6), either(3, 5), async (mean, std, min, max, width, units) => {
        api.resetRegistry();
        const model = edited((_w, topology) => {
          (topology.config.layers[0] as { config: Record<string, unknown> }).config.batch_input_shape = [null, width];
          (topology.config.layers[1] as { config: Record<string, unknown> }).config.units = units;
        });
        const res = await postModel(registration(model, withFeature({ mean, std, min, max })));
        if (res.status === 201) {
          const { version } = (await res.json()) as { version: string };
          await fetch(`${API}/endpoints/penguins`, { method: 'PUT', headers: JSON_TYPE, body: JSON.stringify({ variants: [{ version, weight: 100 }] }) });
          const instance = { ...ADELIE, bill_length_mm: Math.min(max, Math.max(min, 39.1)) };
          const answer = await fetch(`${API}/endpoints/penguins/invocations`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ instances: [instance] }) });
          expect(answer.status).toBe(200);
          const probabilities = Object.values(((await answer.json()) as { predictions: { probabilities: Record<string, number> }[] }).predictions[0]?.probabilities ?? {});
          expect(probabilities).toHaveLength(3);
          expect(probabilities.every(Number.isFinite)).toBe(true);
          seen.registered++;
        } else {
          expect(pointers(await expectProblem(res, 422)).length).toBeGreaterThan(0);
          seen.refused++;
        }
      }),
      { numRuns: 60 },
    );
    expect(seen.registered).toBeGreaterThan(2);
    expect(seen.refused).toBeGreaterThan(10);
  });
});

describe('4. a change that cannot be stored is refused, never lost', () => {
  it('answers 507 for a registration, a PUT and a DELETE when the storage is full, and changes nothing', async () => {
    storageHasRoom = false;
    await expectProblem(await postModel(registration()), 507);
    const put = await fetch(`${API}/endpoints/penguins`, { method: 'PUT', headers: JSON_TYPE, body: JSON.stringify({ variants: [{ version: 'v1', weight: 100 }] }) });
    expect((await expectProblem(put, 507)).detail).toMatch(/storage/);
    await expectProblem(await fetch(`${API}/endpoints/penguins`, { method: 'DELETE' }), 507);
    expect(api.registry.listVersions().map((v) => v.version)).toEqual(['v1']);
    expect(api.registry.getEndpoint('penguins')?.variants).toEqual([{ version: 'v1', weight: 100 }]);
    // The name was given back: once there is room, the same registration becomes v2.
    storageHasRoom = true;
    expect(((await (await postModel(registration())).json()) as { version: string }).version).toBe('v2');
  });
});

describe('6. contract gaps', () => {
  it.each(['/api/ping', '/api/models', '/api/models/v1', '/api/endpoints', '/api/endpoints/penguins', '/api/datasets/penguins.csv', '/api/v2/health/ready'])(
    'HEAD %s answers as GET does, without a body',
    async (path) => {
      const [get, head] = [await fetch(`${ORIGIN}${path}`), await fetch(`${ORIGIN}${path}`, { method: 'HEAD' })];
      expect(head.status).toBe(get.status);
      expect(head.headers.get('Content-Type')).toBe(get.headers.get('Content-Type'));
      expect(await head.text()).toBe('');
    },
  );

  it.each(['application/json; charset=latin1', 'application/json; charset=utf-16', 'application/json;charset="ISO-8859-1"'])('415 for %s, naming UTF-8', async (type) => {
    const res = await fetch(`${API}/endpoints/penguins/invocations`, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify({ instances: [ADELIE] }) });
    expect((await expectProblem(res, 415)).detail).toMatch(/UTF-8/);
  });

  it('accepts charset=utf-8 in any spelling', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/json; charset="UTF-8"', 'application/json;charset=utf8']) {
      const res = await fetch(`${API}/endpoints/penguins/invocations`, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify({ instances: [ADELIE] }) });
      expect(res.status).toBe(200);
    }
  });

  it('V2 infer refuses text/plain with 415 and Accept-Post; MLflow 415 carries Accept-Post', async () => {
    const v2 = await fetch(`${API}/v2/models/penguins/infer`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(v2.status).toBe(415);
    expect(v2.headers.get('Accept-Post')).toBe('application/json');
    const mlflow = await fetch(`${API}/mlflow/invocations`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(mlflow.status).toBe(415);
    expect(mlflow.headers.get('Accept-Post')).toBe('application/json, text/csv');
  });

  it("words errors itself: a JSON syntax error keeps its position, a missing field says it is required", async () => {
    const broken = await fetch(`${API}/endpoints/penguins/invocations`, { method: 'POST', headers: JSON_TYPE, body: '{"instances": [}' });
    const syntax = await expectProblem(broken, 400);
    expect(syntax.detail).toMatch(/character 15 \(line 1, column 16\)/);
    expect(syntax.detail).not.toMatch(/Unexpected token|in JSON at position/);
    const { card: _card, ...noCard } = registration();
    const missing = await expectProblem(await postModel({ ...noCard, card: { ...api.reference.card, name: undefined } }), 422);
    expect(missing.errors).toContainEqual({ pointer: '/card/name', message: 'is required' });
    expect(JSON.stringify(missing)).not.toMatch(/received|expected string/i);
  });
});
