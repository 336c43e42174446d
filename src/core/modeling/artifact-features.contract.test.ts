// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import { trainEngine } from '../../ml/train-engine';
import { runPipeline } from '../data/pipeline';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../data/pipeline-state';
import type { PipelineState } from '../data/pipeline-state';
import { rawTestRows } from '../data/test-rows';
import { buildArtifact } from './artifact';
import { DEFAULT_TRAIN_CONFIG } from './train-config';

const API = 'http://localhost/api';
const JSON_TYPE = { 'Content-Type': 'application/json' };
const TWO: PipelineState = { ...DEFAULT_PIPELINE, features: ['bill_length_mm', 'body_mass_g'] };

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  api.server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => api.server.close());

describe('a model trained on two of the four measurements', () => {
  it('ships a two-feature preprocessing.json, registers (201), and its endpoint asks for those two only', async () => {
    const result = runPipeline(rawTestRows(), TWO);
    if (!result.sets || !result.scaler) throw new Error(result.blockers.join(' '));
    const { train, validation } = result.sets;
    expect(train.xModel[0]).toHaveLength(2);
    const config = { ...DEFAULT_TRAIN_CONFIG, epochs: 30 };
    const trained = await trainEngine(config, { train: { x: train.xModel, labels: train.labels }, validation: { x: validation.xModel, labels: validation.labels }, classes: 3 });
    if (!trained.model) throw new Error('the run diverged');
    const artifact = buildArtifact({
      runId: 'run-two',
      config,
      model: trained.model,
      validationAccuracy: 0.9,
      testAccuracy: null,
      testSetSeenBeforeTraining: false,
      scaler: result.scaler,
      pipeline: TWO,
      dataKey: pipelineToQuery(TWO),
      split: { train: train.rows.length, validation: validation.rows.length, test: result.sets.test.rows.length },
      created: new Date(),
      features: result.features,
    });
    if (!artifact.ok) throw new Error(artifact.problems.join('; '));
    expect(artifact.value.preprocessing.features.map((f) => f.name)).toEqual(['bill_length_mm', 'body_mass_g']);
    // Column 3 of the four-column scaler is body mass: its fitted mean is the one shipped for the second feature.
    expect(artifact.value.preprocessing.features[1]?.mean).toBe(result.scaler.kind === 'standard' ? result.scaler.mean[3] : Number.NaN);
    expect(artifact.value.card.layers).toBe('2-16-3 MLP (relu, softmax)');

    const post = await fetch(`${API}/models`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(artifact.value) });
    expect(post.status).toBe(201);
    const version = (post.headers.get('Location') ?? '').split('/').at(-1);
    const put = await fetch(`${API}/endpoints/two`, { method: 'PUT', headers: JSON_TYPE, body: JSON.stringify({ variants: [{ version, weight: 100 }] }) });
    expect(put.status).toBe(201);

    const invoke = (instance: Record<string, number>) =>
      fetch(`${API}/endpoints/two/invocations`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ instances: [instance] }) });
    const ok = await invoke({ bill_length_mm: 50, body_mass_g: 5700 });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.predictions).toHaveLength(1);
    expect(body.model_version).toBe(version);
    const missing = await invoke({ bill_length_mm: 50 });
    expect(missing.status).toBe(422);
    expect(missing.headers.get('Content-Type')).toMatch(/application\/problem\+json/);
  }, 60_000);
});
