// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ServingContext } from '../context';
import { createEndpoint } from '../endpoint';
import { MAX_BODY_BYTES } from '../limits';
import type { ModelVersion } from '../model-artifact';
import { Registry } from '../registry';
import { defaultRegistryState } from '../registry-state';
import type { RegistryState } from '../registry-state';

// The V2 routes through the endpoint function, on a two-feature model whose predictor is a stub:
// every status, header and body below is exact, and the clock is scripted so Server-Timing is too.

const AT = '2026-01-01T00:00:00.000Z';
const version: ModelVersion = {
  version: 'v3',
  registeredAt: AT,
  card: {
    name: 'stub',
    description: 'two features, three classes',
    created: AT,
    seed: 1,
    split: { train: 1, validation: 1, test: 1 },
    metrics: { validation_accuracy: 1, test_accuracy: null },
    architecture: 'stub',
  },
  preprocessing: {
    format: 'deploy-lab/preprocessing@1',
    features: [
      { name: 'bill_length_mm', unit: 'mm', mean: 40, std: 5, min: 30, max: 60 },
      { name: 'flipper_length_mm', unit: 'mm', mean: 200, std: 10, min: 170, max: 235 },
    ],
    classes: ['Adelie', 'Chinstrap', 'Gentoo'],
  },
  source: { kind: 'url', modelUrl: '/models/v3/model.json' },
};
const SHAPE_ERROR = 'shape must be [n, 2] with n ≥ 1 (features: bill_length_mm, flipper_length_mm)';
const NO_TRAFFIC = 'no model version is serving traffic; a retry only helps once a version is deployed';

/** The endpoint over a registry holding `version`; `state` replaces the default (penguins → v3 at 100 %). */
function rig(state: RegistryState = defaultRegistryState(version, AT)) {
  const seen: number[][][] = [];
  // Scripted monotonic clock: t0, validate end, preprocess start/end, model loaded, inference done.
  const clock = [1000, 1004, 1010, 1011, 1020, 1023];
  let tick = 0;
  const ctx: ServingContext = {
    registry: new Registry(state),
    loadPredictor: async () => ({
      predict: async (rows) => {
        seen.push(rows);
        return rows.map((_, i) => (i % 2 === 0 ? [0.75, 0.125, 0.125] : [0.125, 0.25, 0.625]));
      },
    }),
    datasetCsv: async () => '',
    random: () => 0,
    now: () => clock[tick++] ?? 2000,
    timestamp: () => AT,
    newRequestId: () => 'req-1',
  };
  const endpoint = createEndpoint(ctx);
  const get = (path: string) => endpoint(new Request(`http://localhost/api${path}`));
  const infer = (body: BodyInit, init: { name?: string; type?: string } = {}) =>
    endpoint(
      new Request(`http://localhost/api/v2/models/${init.name ?? 'penguins'}/infer`, {
        method: 'POST',
        headers: { 'Content-Type': init.type ?? 'application/json' },
        body,
      }),
    );
  const inferJson = (payload: unknown) => infer(JSON.stringify(payload));
  return { get, infer, inferJson, seen };
}

const noTraffic: RegistryState = {
  format: 'deploy-lab/registry@1',
  versions: [version],
  endpoints: [{ name: 'penguins', variants: [{ version: 'v3', weight: 0 }], createdAt: AT, updatedAt: AT }],
};

const headersOf = (res: Response) => Object.fromEntries(res.headers);
const baseHeaders = (extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', 'x-request-id': 'req-1', ...extra });

/** Asserts a V2 error answer: status, exact headers and the body {"error": message}. */
async function expectV2Error(res: Response, status: number, error: string, extra: Record<string, string> = {}) {
  expect({ status: res.status, headers: headersOf(res), body: await res.json() }).toEqual({ status, headers: baseHeaders(extra), body: { error } });
}

const tensor = (over: Record<string, unknown> = {}) => ({ name: 'input-0', shape: [1, 2], datatype: 'FP32', data: [45, 210], ...over });

describe('V2 health and metadata', () => {
  it('live answers 200 {"live": true} as indented application/json', async () => {
    const res = await rig().get('/v2/health/live');
    expect(res.status).toBe(200);
    expect(headersOf(res)).toEqual({ 'content-type': 'application/json', 'x-request-id': 'req-1' });
    expect(await res.text()).toBe('{\n  "live": true\n}');
  });

  it('ready answers 200 while a version serves traffic, 503 with Retry-After: 5 once none does', async () => {
    const res = await rig().get('/v2/health/ready');
    expect({ status: res.status, headers: headersOf(res), body: await res.json() }).toEqual({ status: 200, headers: baseHeaders(), body: { ready: true } });
    await expectV2Error(await rig(noTraffic).get('/v2/health/ready'), 503, NO_TRAFFIC, { 'retry-after': '5' });
  });

  it('metadata names the serving version, its input and output tensors and the feature order', async () => {
    const res = await rig().get('/v2/models/penguins');
    expect(res.status).toBe(200);
    expect(headersOf(res)).toEqual({ 'content-type': 'application/json', 'x-request-id': 'req-1' });
    expect(await res.json()).toEqual({
      name: 'penguins',
      versions: ['v3'],
      platform: 'tensorflowjs',
      inputs: [{ name: 'input-0', datatype: 'FP32', shape: [-1, 2] }],
      outputs: [{ name: 'probabilities', datatype: 'FP32', shape: [-1, 3] }],
      parameters: { feature_order: ['bill_length_mm', 'flipper_length_mm'], classes: ['Adelie', 'Chinstrap', 'Gentoo'] },
    });
  });

  it('metadata of another model name is 404 naming it, even when an endpoint of that name serves', async () => {
    const state = defaultRegistryState(version, AT);
    state.endpoints.push({ name: 'pelicans', variants: [{ version: 'v3', weight: 100 }], createdAt: AT, updatedAt: AT });
    await expectV2Error(await rig(state).get('/v2/models/pelicans'), 404, 'model "pelicans" not found');
  });

  it('metadata is 503 with Retry-After: 5 when no version serves traffic', async () => {
    await expectV2Error(await rig(noTraffic).get('/v2/models/penguins'), 503, NO_TRAFFIC, { 'retry-after': '5' });
  });
});

describe('V2 infer: answers', () => {
  it('answers one probability row per input row, with model version and Server-Timing headers', async () => {
    const { inferJson, seen } = rig();
    const res = await inferJson({ inputs: [tensor({ shape: [2, 2], data: [45, 210, 35, 190] })] });
    expect(res.status).toBe(200);
    expect(headersOf(res)).toEqual({
      'content-type': 'application/json',
      'x-request-id': 'req-1',
      'x-model-version': 'v3',
      'server-timing':
        'validate;dur=4.00;desc="parse and validate", preprocess;dur=1.00;desc="standardize", model-load;dur=9.00;desc="cold start: load weights", inference;dur=3.00;desc="run the model"',
    });
    expect(await res.json()).toEqual({
      model_name: 'penguins',
      model_version: 'v3',
      outputs: [{ name: 'probabilities', shape: [2, 3], datatype: 'FP32', data: [0.75, 0.125, 0.125, 0.125, 0.25, 0.625] }],
    });
    // Row-major: the first two values are row 0 in feature order, standardized with the shipped scaler.
    expect(seen).toEqual([
      [
        [1, 1],
        [-1, -1],
      ],
    ]);
  });

  it('reads nested data row by row, and echoes a string "id" but adds none when none was sent', async () => {
    const { inferJson, seen } = rig();
    const withId = await (await inferJson({ id: 'lab-42', inputs: [tensor({ shape: [2, 2], data: [[45, 210], [[35], 190]] })] })).json();
    expect(withId).toEqual({
      model_name: 'penguins',
      model_version: 'v3',
      id: 'lab-42',
      outputs: [{ name: 'probabilities', shape: [2, 3], datatype: 'FP32', data: [0.75, 0.125, 0.125, 0.125, 0.25, 0.625] }],
    });
    expect(seen[0]).toEqual([
      [1, 1],
      [-1, -1],
    ]);
    const without = await (await inferJson({ inputs: [tensor()] })).json();
    expect(Object.keys(without)).toEqual(['model_name', 'model_version', 'outputs']);
  });

  it('accepts exactly 1000 rows (the limit itself) as far as the data check', async () => {
    await expectV2Error(await rig().inferJson({ inputs: [tensor({ shape: [1000, 2], data: [] })] }), 400, 'data has 0 values; shape [1000, 2] needs 2000');
  });
});

describe('V2 infer: refusals', () => {
  it('another model name is 404 naming it', async () => {
    await expectV2Error(await rig().infer('{}', { name: 'pelicans' }), 404, 'model "pelicans" not found');
  });

  it('is 503 with Retry-After: 5 when no version serves traffic', async () => {
    await expectV2Error(await rig(noTraffic).inferJson({ inputs: [tensor()] }), 503, NO_TRAFFIC, { 'retry-after': '5' });
  });

  it('a body over the byte limit is 413, one that is not UTF-8 is 400, one that is not JSON is 400', async () => {
    await expectV2Error(await rig().infer('x'.repeat(MAX_BODY_BYTES + 1)), 413, `request body larger than ${MAX_BODY_BYTES} bytes`);
    await expectV2Error(await rig().infer(new Uint8Array([0x7b, 0xff, 0x7d])), 400, 'request body is not valid UTF-8');
    await expectV2Error(await rig().infer('{"inputs": ['), 400, 'request body is not valid JSON');
  });

  it.each([
    ['null', null],
    ['an empty object', {}],
    ['a string of one character as "inputs"', { inputs: 'x' }],
    ['an object as "inputs"', { inputs: { length: 1 } }],
    ['two input tensors', { inputs: [tensor(), tensor()] }],
  ])('%s is 400: exactly one input tensor expected', async (_name, payload) => {
    await expectV2Error(await rig().inferJson(payload), 400, 'expected {"inputs": [ exactly one input tensor ]}');
  });

  it('an "id" that is not a string is 400', async () => {
    await expectV2Error(await rig().inferJson({ id: 7, inputs: [tensor()] }), 400, 'id must be a string');
  });

  it.each([
    ['a number', 5],
    ['null', null],
  ])('an input that is %s is 400', async (_name, input) => {
    await expectV2Error(await rig().inferJson({ inputs: [input] }), 400, 'the input must be an object with name, shape, datatype and data');
  });

  it('a datatype other than FP32 is 400 quoting it, and a missing one is quoted as null', async () => {
    await expectV2Error(await rig().inferJson({ inputs: [tensor({ datatype: 'INT64' })] }), 400, 'datatype must be "FP32", got "INT64"');
    await expectV2Error(await rig().inferJson({ inputs: [tensor({ datatype: undefined })] }), 400, 'datatype must be "FP32", got null');
  });

  it.each([
    ['missing', undefined],
    ['not an array', '1,2'],
    ['of three dimensions', [1, 2, 5]],
    ['of a fractional row count', [1.5, 2]],
    ['of the wrong feature count', [1, 3]],
    ['of zero rows', [0, 2]],
    ['of negative rows', [-1, 2]],
  ])('a shape %s is 400 naming the features in order', async (_name, shape) => {
    await expectV2Error(await rig().inferJson({ inputs: [tensor({ shape, data: [] })] }), 400, SHAPE_ERROR);
  });

  it('more than 1000 rows is 413', async () => {
    await expectV2Error(await rig().inferJson({ inputs: [tensor({ shape: [1001, 2], data: [] })] }), 413, 'at most 1000 rows per request');
  });

  it('data whose value count does not fit the shape is 400; a single number counts as one value', async () => {
    await expectV2Error(await rig().inferJson({ inputs: [tensor({ data: [45, 210, 35] })] }), 400, 'data has 3 values; shape [1, 2] needs 2');
    await expectV2Error(await rig().inferJson({ inputs: [tensor({ data: 45 })] }), 400, 'data has 1 values; shape [1, 2] needs 2');
  });

  it('values outside the valid ranges are 400 listing every error by row and feature', async () => {
    const res = await rig().inferJson({ inputs: [tensor({ shape: [2, 2], data: [45, 210, 61, 'x'] })] });
    await expectV2Error(res, 400, 'row 1/bill_length_mm: must be at most 60 mm (got 61); row 1/flipper_length_mm: must be a number, got the string "x"');
  });

  it('60 rows out of range list the first 50 errors and say 10 more were left out', async () => {
    const res = await rig().inferJson({ inputs: [tensor({ shape: [60, 2], data: Array.from({ length: 60 }, () => [61, 210]).flat() })] });
    const { error } = (await res.json()) as { error: string };
    expect(res.status).toBe(400);
    expect(error.split('; row ')).toHaveLength(50);
    expect(error.endsWith('row 49/bill_length_mm: must be at most 60 mm (got 61); … and 10 more errors (first 50 shown)')).toBe(true);
  });
});
