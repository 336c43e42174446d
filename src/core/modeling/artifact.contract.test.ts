// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../mocks/node';
import type { TestApi } from '../../mocks/node';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../data/pipeline-state';
import { referenceSplit, toMatrix } from '../data/reference-split';
import { fitScaler } from '../data/scaler';
import { buildArtifact, inlineModelFromFiles } from './artifact';
import { DEFAULT_TRAIN_CONFIG } from './train-config';

const API = 'http://localhost/api';
const JSON_TYPE = { 'Content-Type': 'application/json' };
const V1 = fileURLToPath(new URL('../../../public/models/penguins/v1/', import.meta.url));
const GENTOO = { bill_length_mm: 50.0, bill_depth_mm: 15.2, flipper_length_mm: 218, body_mass_g: 5700 };

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  api.server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => api.server.close());

describe('a built artifact at the registration endpoint', () => {
  it('POST /api/models accepts it (201) and the new version predicts like the same weights shipped as v1', async () => {
    const model = inlineModelFromFiles(readFileSync(`${V1}model.json`, 'utf8'), new Uint8Array(readFileSync(`${V1}weights.bin`)));
    if (!model.ok) throw new Error(model.problems.join('; '));
    const artifact = buildArtifact({
      runId: 'run-1',
      config: DEFAULT_TRAIN_CONFIG,
      model: model.value,
      validationAccuracy: 1,
      testAccuracy: 1,
      testSetSeenBeforeTraining: false,
      scaler: fitScaler('standard', toMatrix(referenceSplit().train).x),
      pipeline: DEFAULT_PIPELINE,
      dataKey: pipelineToQuery(DEFAULT_PIPELINE),
      split: { train: 240, validation: 51, test: 51 },
      created: new Date(),
    });
    if (!artifact.ok) throw new Error(artifact.problems.join('; '));

    const res = await fetch(`${API}/models`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify(artifact.value) });
    expect(res.status).toBe(201);
    expect(res.headers.get('Location')).toBe('/api/models/v2');

    const put = await fetch(`${API}/endpoints/mine`, { method: 'PUT', headers: JSON_TYPE, body: JSON.stringify({ variants: [{ version: 'v2', weight: 100 }] }) });
    expect(put.status).toBe(201);
    const invoke = (name: string) =>
      fetch(`${API}/endpoints/${name}/invocations`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ instances: [GENTOO] }) }).then((r) => r.json());
    const [mine, reference] = await Promise.all([invoke('mine'), invoke('penguins')]);
    expect(mine.model_version).toBe('v2');
    // Same weights, same class and the same probabilities to 1e-9: exact bits may differ when v1 runs in another engine (ONNX Runtime).
    expect(mine.predictions.map((p: { species: string }) => p.species)).toEqual(reference.predictions.map((p: { species: string }) => p.species));
    const probs = (p: { probabilities: Record<string, number> }[]) => p.flatMap((x) => Object.values(x.probabilities));
    for (const [i, r] of probs(reference.predictions).entries()) expect(probs(mine.predictions)[i]).toBeCloseTo(r, 9);
  });
});
