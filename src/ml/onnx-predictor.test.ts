// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_UNITS, FEATURES, SPECIES, VALID_RANGES } from '../core/data/penguins';
import { referenceRows, referenceSplit, toMatrix } from '../core/data/reference-split';
import { fitStandardizer, standardize } from '../core/data/standardizer';
import { argMax } from '../core/modeling/metrics';
import { inlineModelFromFiles } from '../core/modeling/artifact';
import { artifactToOnnx } from '../core/onnx/artifact-to-onnx';
import { ONNX_INPUT_NAME, ONNX_OUTPUT_NAME } from '../core/onnx/encode-onnx';
import { applyPreprocessing } from '../core/serving/model-artifact';
import type { ModelCard, Preprocessing } from '../core/serving/model-artifact';
import type { DisposablePredictor } from './create-predictor';
import { inlineModelToArtifacts, predictorFromArtifacts } from './load-predictor';
import { loadReferenceVersionFromDisk, REFERENCE_MODEL_DIR } from './load-predictor-node';
import { createOnnxPredictor } from './onnx-predictor';
import { trainEngine } from './train-engine';

const TOLERANCE = 1e-5;

/** Largest |a − b| over every probability, and the rows whose most probable class differs. */
function compare(a: number[][], b: number[][]): { maxDiff: number; argmaxMismatches: number } {
  let maxDiff = 0;
  let argmaxMismatches = 0;
  a.forEach((row, i) => {
    const other = b[i] as number[];
    row.forEach((p, k) => {
      maxDiff = Math.max(maxDiff, Math.abs(p - (other[k] as number)));
    });
    if (argMax(row) !== argMax(other)) argmaxMismatches++;
  });
  return { maxDiff, argmaxMismatches };
}

/** Runs model.onnx straight on raw measurements, as KServe or Triton would (no Predictor in between). */
async function runRaw(bytes: Uint8Array, raw: number[][]): Promise<number[][]> {
  const session = await ort.InferenceSession.create(bytes);
  try {
    const width = raw[0]?.length ?? 0;
    const out = await session.run({ [ONNX_INPUT_NAME]: new ort.Tensor('float32', Float32Array.from(raw.flat()), [raw.length, width]) });
    const data = out[ONNX_OUTPUT_NAME]?.data as Float32Array;
    const classes = data.length / raw.length;
    return raw.map((_, i) => Array.from(data.subarray(i * classes, (i + 1) * classes)));
  } finally {
    await session.release();
  }
}

describe('model.onnx of the reference model v1, run by ONNX Runtime', () => {
  const raw = toMatrix(referenceRows().rows).x;
  let pre: Preprocessing;
  let bytes: Uint8Array;
  let tfjs: DisposablePredictor;
  let onnx: DisposablePredictor;

  beforeAll(async () => {
    const version = await loadReferenceVersionFromDisk();
    pre = version.preprocessing;
    const model = inlineModelFromFiles(await readFile(join(REFERENCE_MODEL_DIR, 'model.json'), 'utf8'), new Uint8Array(await readFile(join(REFERENCE_MODEL_DIR, 'weights.bin'))));
    if (!model.ok) throw new Error(model.problems.join('; '));
    const exported = artifactToOnnx({ model: model.value, preprocessing: pre, card: version.card }, 'v1');
    if (!exported.ok) throw new Error(exported.problems.join('; '));
    bytes = exported.bytes;
    tfjs = await predictorFromArtifacts(inlineModelToArtifacts(model.value));
    onnx = await createOnnxPredictor(bytes, pre);
  });

  afterAll(() => {
    tfjs.dispose();
    onnx.dispose();
  });

  it('gives every probability of all 342 complete rows within 1e-5 of tfjs, with the same class, from raw measurements', async () => {
    expect(raw).toHaveLength(342);
    const expected = await tfjs.predict(raw.map((row) => applyPreprocessing(pre, row)));
    const got = await runRaw(bytes, raw);
    const { maxDiff, argmaxMismatches } = compare(got, expected);
    console.info(`v1: max |ORT − tfjs| over 342 rows × 3 classes = ${maxDiff.toExponential(2)}`);
    expect(maxDiff).toBeLessThan(TOLERANCE);
    expect(argmaxMismatches).toBe(0);
  });

  it('answers the same through the Predictor interface the endpoint uses (standardized rows in)', async () => {
    const standardized = raw.map((row) => applyPreprocessing(pre, row));
    const { maxDiff, argmaxMismatches } = compare(await onnx.predict(standardized), await tfjs.predict(standardized));
    expect(maxDiff).toBeLessThan(TOLERANCE);
    expect(argmaxMismatches).toBe(0);
  });

  it('answers concurrent requests each with its own rows', async () => {
    const rows = raw.slice(0, 40).map((row) => applyPreprocessing(pre, row));
    const alone = await Promise.all(rows.map((r) => tfjs.predict([r])));
    const together = await Promise.all(rows.map((r) => onnx.predict([r])));
    expect(compare(together.flat(), alone.flat()).maxDiff).toBeLessThan(TOLERANCE);
  });
});

describe('model.onnx of a model trained here: two features, two tanh hidden layers', () => {
  const picked = [0, 2] as const; // bill_length_mm and flipper_length_mm
  const split = referenceSplit();
  const cols = (x: number[][]) => x.map((row) => picked.map((j) => row[j] as number));
  const train = toMatrix(split.train);
  const validation = toMatrix(split.validation);
  const rawTrain = cols(train.x);
  // Fitted on train only, as the lab does.
  const scaler = fitStandardizer(rawTrain);
  const pre: Preprocessing = {
    format: 'deploy-lab/preprocessing@1',
    features: picked.map((j, c) => {
      const name = FEATURES[j];
      return { name, unit: FEATURE_UNITS[name], mean: scaler.mean[c] as number, std: scaler.std[c] as number, min: VALID_RANGES[name][0], max: VALID_RANGES[name][1] };
    }),
    classes: [...SPECIES],
  };
  const card: ModelCard = { name: 'two-feature-tanh', description: 'trained in a test', created: '2026-12-03T00:00:00.000Z', seed: 7, split: { train: 240, validation: 51, test: 51 }, metrics: { validation_accuracy: 0.9, test_accuracy: null }, architecture: '2-8-6-3 MLP (tanh, softmax)' };

  it('matches tfjs within 1e-5 on all 342 complete rows, with the same class for each', async () => {
    const trained = await trainEngine(
      { hidden: [8, 6], activation: 'tanh', optimizer: 'adam', learningRate: 0.03, epochs: 60, batchSize: 'full', seed: 7 },
      { train: { x: rawTrain.map((r) => standardize(scaler, r)), labels: train.labels }, validation: { x: cols(validation.x).map((r) => standardize(scaler, r)), labels: validation.labels }, classes: 3 },
    );
    if (!trained.model) throw new Error('training diverged');
    const exported = artifactToOnnx({ model: trained.model, preprocessing: pre, card }, 'run-7');
    if (!exported.ok) throw new Error(exported.problems.join('; '));
    const all = cols(toMatrix(referenceRows().rows).x);
    const tfjs = await predictorFromArtifacts(inlineModelToArtifacts(trained.model));
    try {
      const expected = await tfjs.predict(all.map((r) => applyPreprocessing(pre, r)));
      const { maxDiff, argmaxMismatches } = compare(await runRaw(exported.bytes, all), expected);
      console.info(`2-8-6-3 tanh: max |ORT − tfjs| over ${all.length} rows = ${maxDiff.toExponential(2)}`);
      expect(all).toHaveLength(342);
      expect(maxDiff).toBeLessThan(TOLERANCE);
      expect(argmaxMismatches).toBe(0);
      // A model that learned nothing would pass the comparison trivially: it must separate the species.
      expect(new Set(expected.map(argMax)).size).toBe(3);
    } finally {
      tfjs.dispose();
    }
  });
});
