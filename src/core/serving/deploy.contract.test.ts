// @vitest-environment node
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { artifactsToInlineModel, predictorFromArtifacts } from '../../ml/load-predictor';
import { readArtifactsFromDisk } from '../../ml/load-predictor-node';
import type { TestApi } from '../../mocks/node';
import { createTestApi } from '../../mocks/node';
import { openContractTransport } from '../../server/test-transport';
import type { InlineModel, Preprocessing } from './model-artifact';
import { applyPreprocessing } from './model-artifact';

const transport = await openContractTransport();
const BASE = `${transport.base}/api`;
let api: TestApi;
let model: InlineModel;
const json = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  api = await createTestApi();
  transport.attach(api);
  model = artifactsToInlineModel(await readArtifactsFromDisk());
});
afterEach(() => api.resetRegistry());
afterAll(() => transport.close());

/** A learner-like artifact: the v1 network with its own fitted preprocessing numbers. */
function learnerArtifact(pre: Preprocessing) {
  return { model, preprocessing: pre, card: { ...api.reference.card, name: 'my-penguins', description: 'trained in the browser', metrics: { validation_accuracy: 0.98, test_accuracy: null } } };
}

describe('deploying a learner model through the API', () => {
  it('registers v2, routes all traffic to it, and serves it with its own preprocessing', async () => {
    const pre: Preprocessing = { ...api.reference.preprocessing, features: api.reference.preprocessing.features.map((f) => ({ ...f, mean: f.mean * 1.01 })) };
    const reg = await fetch(`${BASE}/models`, { method: 'POST', headers: json, body: JSON.stringify(learnerArtifact(pre)) });
    expect(reg.status).toBe(201);
    expect(reg.headers.get('Location')).toBe('/api/models/v2');
    const put = await fetch(`${BASE}/endpoints/penguins`, { method: 'PUT', headers: json, body: JSON.stringify({ variants: [{ version: 'v2', weight: 100 }] }) });
    expect(put.status).toBe(200);
    const instance = { bill_length_mm: 46.5, bill_depth_mm: 17.9, flipper_length_mm: 192, body_mass_g: 3500 };
    const res = await fetch(`${BASE}/endpoints/penguins/invocations`, { method: 'POST', headers: json, body: JSON.stringify({ instances: [instance] }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('X-Model-Version')).toBe('v2');
    const served = (await res.json()).predictions[0].probabilities;
    const direct = await predictorFromArtifacts(await readArtifactsFromDisk());
    const expected = (await direct.predict([applyPreprocessing(pre, Object.values(instance))]))[0] as number[];
    for (const [k, c] of pre.classes.entries()) expect(served[c]).toBeCloseTo(expected[k] as number, 6);
    direct.dispose();
  });

  it('refuses to put a model with other features or classes behind an existing endpoint (422, pointer)', async () => {
    const swapped: Preprocessing = { ...api.reference.preprocessing, classes: ['Gentoo', 'Chinstrap', 'Adelie'] };
    expect((await fetch(`${BASE}/models`, { method: 'POST', headers: json, body: JSON.stringify(learnerArtifact(swapped)) })).status).toBe(201);
    const put = await fetch(`${BASE}/endpoints/penguins`, { method: 'PUT', headers: json, body: JSON.stringify({ variants: [{ version: 'v2', weight: 100 }] }) });
    expect(put.status).toBe(422);
    const problem = await put.json();
    expect(problem.errors[0].pointer).toBe('/variants/0/version');
    expect(problem.errors[0].message).toMatch(/current schema.*new endpoint/);
    // A new endpoint may have the new schema.
    const fresh = await fetch(`${BASE}/endpoints/penguins-reordered`, { method: 'PUT', headers: json, body: JSON.stringify({ variants: [{ version: 'v2', weight: 100 }] }) });
    expect(fresh.status).toBe(201);
  });
});
