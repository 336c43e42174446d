// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPreprocessing, checkWeights, isDistribution, probePredictor } from './artifact-checks';
import type { InlineModel, Preprocessing } from './model-artifact';

const feature = (over: Partial<Preprocessing['features'][number]> = {}) => ({ name: 'x', unit: '', mean: 0, std: 1, min: -1, max: 1, ...over });
const pre = (features = [feature()], classes = ['A', 'B']): Preprocessing => ({ format: 'deploy-lab/preprocessing@1', features, classes });

/** base64 of little-endian float32 values, as a registration carries them. */
const b64 = (values: number[]) => btoa(String.fromCharCode(...new Uint8Array(new Float32Array(values).buffer)));
const model = (weightData: string, shapes: number[][] = [[2]], dtype = 'float32') =>
  ({ modelTopology: {}, weightSpecs: shapes.map((shape, i) => ({ name: `w${i}`, shape, dtype })), weightData }) as unknown as InlineModel;

describe('checkPreprocessing', () => {
  it('accepts a sound feature and refuses an empty range, min = max included', () => {
    expect(checkPreprocessing(pre())).toEqual([]);
    expect(checkPreprocessing(pre([feature({ min: 1, max: 1 })]))).toEqual([
      { pointer: '/preprocessing/features/0/max', message: 'must be greater than min (1): the valid range of "x" is empty' },
    ]);
  });
  it('refuses a mean that is not finite, and a std that is 0, negative or infinite', () => {
    expect(checkPreprocessing(pre([feature({ mean: Number.NaN })]))).toEqual([{ pointer: '/preprocessing/features/0/mean', message: 'must be a finite number' }]);
    for (const std of [0, -1, Number.POSITIVE_INFINITY]) {
      expect(checkPreprocessing(pre([feature({ std })]))).toEqual([{ pointer: '/preprocessing/features/0/std', message: 'must be a finite number greater than 0' }]);
    }
    expect(checkPreprocessing(pre([feature({ std: 1e-320, max: 1e10, min: 0 })]))).toEqual([
      { pointer: '/preprocessing/features/0/std', message: 'is too small for mean 0: standardizing the valid range gives an infinite value' },
    ]);
  });
  it('refuses a class listed twice, at its second place', () => {
    expect(checkPreprocessing(pre([feature()], ['A', 'B', 'A']), ['p'])).toEqual([{ pointer: '/p/classes/2', message: 'class "A" is listed twice' }]);
  });
});

describe('checkWeights', () => {
  it('accepts exactly 4 bytes per weight, base64 padding counted', () => {
    expect(checkWeights(model(b64([1, 2]), [[2]]))).toEqual([]); // 8 bytes: one "=" of padding
    expect(checkWeights(model(b64([1]), [[1]]))).toEqual([]); // 4 bytes: "=="
    expect(checkWeights(model(b64([1, 2, 3]), [[3]]))).toEqual([]); // 12 bytes: none
  });
  it('names the byte count the shapes need and what came', () => {
    expect(checkWeights(model(b64([1, 2]), [[3]]))).toEqual([{ pointer: '/model/weightData', message: 'must decode to 12 bytes (4 per float32 weight of weightSpecs), not 8' }]);
    expect(checkWeights(model('AAA', [[1]]))).toEqual([
      { pointer: '/model/weightData', message: 'must decode to 4 bytes (4 per float32 weight of weightSpecs), not a length that is not whole base64' },
    ]);
  });
  it('refuses other dtypes before looking at the bytes, and weights that are not finite', () => {
    expect(checkWeights(model('', [[1]], 'int32'))).toEqual([
      { pointer: '/model/weightSpecs/0/dtype', message: 'must be "float32" (the network\'s weights are 32-bit floats), not "int32"' },
    ]);
    expect(checkWeights(model(b64([0, Number.NaN]), [[2]]))).toEqual([{ pointer: '/model/weightData', message: 'weight 1 is NaN: every weight must be a finite number' }]);
  });
});

describe('isDistribution', () => {
  it('wants one finite probability in [0, 1] per class summing to 1 within 1e-3', () => {
    expect(isDistribution([0.25, 0.75], 2)).toBe(true);
    expect(isDistribution([0, 1], 2)).toBe(true);
    expect(isDistribution([0.5, 0.5009], 2)).toBe(true);
    expect(isDistribution([0.5, 0.502], 2)).toBe(false);
    expect(isDistribution([1], 2)).toBe(false);
    expect(isDistribution([-0.1, 1.1], 2)).toBe(false);
    expect(isDistribution([1.5, -0.5], 2)).toBe(false);
    expect(isDistribution([Number.NaN, 1], 2)).toBe(false);
    expect(isDistribution(undefined, 2)).toBe(false);
  });
});

describe('probePredictor', () => {
  const p = pre([feature({ min: 0, max: 10, mean: 20, std: 5 })]);
  it('probes min, the mean clamped into the range, and max, standardized', async () => {
    const seen: number[][] = [];
    const predict = async (rows: number[][]) => {
      seen.push(...rows);
      return rows.map(() => [0.5, 0.5]);
    };
    const ok = await probePredictor({ predict }, p);
    expect(ok).toBeNull();
    expect(seen).toEqual([[-4], [-2], [-2]]);
  });
  it('blames the model when it throws, answers too few rows or no distribution', async () => {
    expect(await probePredictor({ predict: async () => Promise.reject(new Error('shape')) }, p)).toEqual({
      pointer: '/model',
      message: 'fails on 1 standardized inputs: the network does not take one input per feature',
    });
    const bad = { pointer: '/model', message: 'must answer 2 finite probabilities summing to 1 for every input in the valid ranges (is the last layer a softmax with one unit per class?)' };
    expect(await probePredictor({ predict: async () => [[0.5, 0.5]] }, p)).toEqual(bad);
    expect(await probePredictor({ predict: async (rows) => rows.map(() => [0.9, 0.9]) }, p)).toEqual(bad);
  });
});
