// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { JSON_TYPE, createRouteApi, expectProblem, problem } from './test-route-api';
import type { RouteApi } from './test-route-api';

const ADELIE = { bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 };

let api: RouteApi;

beforeEach(async () => {
  api = await createRouteApi();
});

const invoke = (instances: unknown[]) => api.send('POST', '/api/endpoints/penguins/invocations', JSON_TYPE, JSON.stringify({ instances }));

describe('POST /api/endpoints/{name}/invocations', () => {
  it('times each step in Server-Timing from the clock: validation from the request start, the cold start, inference', async () => {
    // The clock ticks 1 ms per read from 1000 ms: validation lasts 1 ms (not 1000 + 1001).
    const res = await invoke([ADELIE]);
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Model-Version')).toBe('v1');
    expect(res.headers.get('Server-Timing')).toBe(
      'validate;dur=1.00;desc="parse and validate", preprocess;dur=1.00;desc="standardize", model-load;dur=1.00;desc="cold start: load weights", inference;dur=1.00;desc="run the model"',
    );
    expect(await res.json()).toEqual({ predictions: [{ species: 'Adelie', probabilities: { Adelie: 0.7, Chinstrap: 0.2, Gentoo: 0.1 } }], model_version: 'v1' });
  });

  it('refuses 1,001 instances with a 413 of type content-too-large', async () => {
    const body = await expectProblem(await invoke(Array(1001).fill(ADELIE)), 413);
    expect(body).toEqual(problem(413, 'content-too-large', '1,001 instances sent; the limit is 1,000 per request. Split the batch.'));
  });
});
