// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, pipelineToQuery } from '../data/pipeline-state';
import { referenceSplit, toMatrix } from '../data/reference-split';
import { applyScaler, fitScaler } from '../data/scaler';
import { applyPreprocessing, modelCardSchema, preprocessingSchema } from '../serving/model-artifact';
import type { InlineModel } from '../serving/model-artifact';
import { artifactByteSize, artifactToFiles, buildArtifact, deployableArtifactSchema, inlineModelFromFiles, preprocessingFromScaler } from './artifact';
import type { ArtifactInput } from './artifact';
import { DEFAULT_TRAIN_CONFIG } from './train-config';

const V1 = fileURLToPath(new URL('../../../public/models/penguins/v1/', import.meta.url));
const v1ModelJson = readFileSync(`${V1}model.json`, 'utf8');
const v1Weights = new Uint8Array(readFileSync(`${V1}weights.bin`));
const v1Preprocessing = JSON.parse(readFileSync(`${V1}preprocessing.json`, 'utf8')) as unknown;

function v1Model(): InlineModel {
  const r = inlineModelFromFiles(v1ModelJson, v1Weights);
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.value;
}

const train = toMatrix(referenceSplit().train).x;

function input(extra: Partial<ArtifactInput> = {}): ArtifactInput {
  return {
    runId: 'run-7',
    config: DEFAULT_TRAIN_CONFIG,
    model: v1Model(),
    validationAccuracy: 0.980392,
    testAccuracy: null,
    testSetSeenBeforeTraining: false,
    scaler: fitScaler('standard', train),
    pipeline: DEFAULT_PIPELINE,
    dataKey: pipelineToQuery(DEFAULT_PIPELINE),
    split: { train: 240, validation: 51, test: 51 },
    created: new Date('2026-11-26T17:04:00.000Z'),
    ...extra,
  };
}

function built(extra: Partial<ArtifactInput> = {}) {
  const r = buildArtifact(input(extra));
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.value;
}

describe('preprocessing from the fitted scaler', () => {
  it('a z-score scaler fitted on the reference training rows reproduces the shipped preprocessing.json', () => {
    expect(preprocessingFromScaler(fitScaler('standard', train))).toEqual(v1Preprocessing);
  });

  it('a min–max scaler shipped as mean = min, std = max − min gives exactly the training transform, inside and outside the training range', () => {
    const scaler = fitScaler('minmax', train);
    const pre = preprocessingSchema.parse(preprocessingFromScaler(scaler));
    const probes = [...train.slice(0, 20), [10, 5, 100, 1000], [100, 40, 300, 10000], [45.5, 17.1, 200, 4200]];
    for (const row of probes) expect(applyPreprocessing(pre, row)).toEqual(applyScaler(scaler, row));
    expect(pre.features.map((f) => [f.min, f.max])).toEqual([
      [10, 100],
      [5, 40],
      [100, 300],
      [1000, 10000],
    ]);
  });

  it('a constant training column keeps a positive std and maps the training value to 0, as training did', () => {
    const constant = [
      [40, 18, 200, 4000],
      [50, 18, 210, 5000],
    ];
    for (const kind of ['standard', 'minmax'] as const) {
      const scaler = fitScaler(kind, constant);
      const pre = preprocessingSchema.parse(preprocessingFromScaler(scaler));
      expect(pre.features[1]?.std).toBeGreaterThan(0);
      expect(applyPreprocessing(pre, [45, 18, 205, 4500])[1]).toBe(0);
    }
  });
});

describe('buildArtifact', () => {
  it('builds an artifact that validates against the registration schemas', () => {
    const a = built({ testAccuracy: 0.98039215 });
    expect(deployableArtifactSchema.safeParse(a).success).toBe(true);
    expect(modelCardSchema.safeParse(a.card).success).toBe(true);
    expect(a.preprocessing.classes).toEqual(['Adelie', 'Chinstrap', 'Gentoo']);
    expect(a.preprocessing.features.map((f) => `${f.name} (${f.unit})`)).toEqual(['bill_length_mm (mm)', 'bill_depth_mm (mm)', 'flipper_length_mm (mm)', 'body_mass_g (g)']);
  });

  it('writes the card: seed, split, rounded metrics, architecture, training config, data choices and the test-set flag', () => {
    const a = built({ testAccuracy: 0.98039215, testSetSeenBeforeTraining: true });
    expect(a.card).toMatchObject({
      name: 'penguins-mlp',
      created: '2026-11-26T17:04:00.000Z',
      seed: 42,
      split: { train: 240, validation: 51, test: 51 },
      metrics: { validation_accuracy: 0.9804, test_accuracy: 0.9804 },
      architecture: '16 relu · adam lr 0.03 · 200 epochs · full batch',
      layers: '4-16-3 MLP (relu, softmax)',
      training: { hidden: [16], activation: 'relu', optimizer: 'adam', learning_rate: 0.03, epochs: 200, batch: 'full', seed: 42 },
      data: { query: pipelineToQuery(DEFAULT_PIPELINE), scaler: 'standard', scaler_fitted_on: 'training rows', split_seed: 42 },
      test_set_seen_before_training: true,
    });
    expect(built().card.metrics.test_accuracy).toBeNull();
    expect(built().card.test_set_seen_before_training).toBe(false);
  });

  it('refuses weights that do not match their specs, and a run without a finite validation accuracy', () => {
    const model = { ...v1Model(), weightData: 'AAAA' };
    const wrong = buildArtifact(input({ model }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems[0]).toMatch(/3 bytes; their specs need 524/);
    expect(buildArtifact(input({ validationAccuracy: Number.NaN })).ok).toBe(false);
    expect(buildArtifact(input({ model: { ...v1Model(), weightData: 'not base64!' } })).ok).toBe(false);
  });
});

describe('artifact files', () => {
  it('lays the artifact out as public/models/penguins/v1 does', () => {
    const a = built();
    const files = artifactToFiles(a);
    expect(files.map((f) => f.name)).toEqual(['model.json', 'weights.bin', 'preprocessing.json', 'card.json']);
    const text = (i: number) => new TextDecoder().decode(files[i]?.bytes);
    const modelJson = JSON.parse(text(0));
    expect(modelJson.format).toBe('layers-model');
    expect(modelJson.weightsManifest).toEqual(JSON.parse(v1ModelJson).weightsManifest);
    expect(modelJson.modelTopology).toEqual(JSON.parse(v1ModelJson).modelTopology);
    expect(files[1]?.bytes).toEqual(v1Weights);
    expect(JSON.parse(text(2))).toEqual(a.preprocessing);
    expect(JSON.parse(text(3))).toEqual(a.card);
    expect(artifactByteSize(a)).toBe(files.reduce((s, f) => s + f.bytes.byteLength, 0));
  });

  it('round-trips: model.json + weights.bin read back give the same inline model', () => {
    const a = built();
    const [modelJson, weights] = artifactToFiles(a);
    const back = inlineModelFromFiles(new TextDecoder().decode(modelJson?.bytes), weights?.bytes ?? new Uint8Array());
    expect(back).toEqual({ ok: true, value: a.model });
  });

  it('refuses a model.json that is not JSON or weights of the wrong size', () => {
    expect(inlineModelFromFiles('{', v1Weights).ok).toBe(false);
    expect(inlineModelFromFiles('{"modelTopology":{}}', v1Weights).ok).toBe(false);
    expect(inlineModelFromFiles(v1ModelJson, v1Weights.slice(4))).toEqual({ ok: false, problems: ['weights.bin holds 520 bytes; model.json needs 524.'] });
  });
});
