// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkPreprocessing, checkTopology, checkWeights, isDistribution } from './artifact-checks';
import type { InlineModel, Preprocessing } from './model-artifact';

const feature = (over: Partial<Preprocessing['features'][number]> = {}) => ({ name: 'x', unit: '', mean: 0, std: 1, min: -1, max: 1, ...over });
/** One feature and two classes unless told otherwise. */
const pre = (features = [feature()], classes = ['A', 'B']): Preprocessing => ({ format: 'deploy-lab/preprocessing@1', features, classes });

/** base64 of little-endian float32 values, as a registration carries them. */
const b64 = (values: number[]) => btoa(String.fromCharCode(...new Uint8Array(new Float32Array(values).buffer)));

type Spec = [name: string, shape: number[]];
/** A model with the given topology and weight specs (float32); the weight bytes do not matter to checkTopology. */
const net = (modelTopology: Record<string, unknown>, specs: Spec[] = []) =>
  ({ modelTopology, weightSpecs: specs.map(([name, shape]) => ({ name, shape, dtype: 'float32' })), weightData: '' }) as unknown as InlineModel;
/** A Sequential topology with these layers. */
const sequential = (...layers: unknown[]) => ({ class_name: 'Sequential', config: { layers } });
const dense = (config: Record<string, unknown>) => ({ class_name: 'Dense', config });

const FIRST_INPUT = 'must be 1, one input per feature in preprocessing.features';
const UNITS = 'must be 2, one output per class in preprocessing.classes';

describe('checkWeights edges', () => {
  it('reports an empty weightData as 0 bytes, not as a length that is not whole base64', () => {
    expect(checkWeights({ modelTopology: {}, weightSpecs: [{ name: 'w', shape: [1], dtype: 'float32' }], weightData: '' } as unknown as InlineModel)).toEqual([
      { pointer: '/model/weightData', message: 'must decode to 4 bytes (4 per float32 weight of weightSpecs), not 0' },
    ]);
  });

  it('names weight 0 when the very first weight is not finite', () => {
    const model = { modelTopology: {}, weightSpecs: [{ name: 'w', shape: [2], dtype: 'float32' }], weightData: b64([Number.POSITIVE_INFINITY, 1]) } as unknown as InlineModel;
    expect(checkWeights(model, ['m'])).toEqual([{ pointer: '/m/weightData', message: 'weight 0 is Infinity: every weight must be a finite number' }]);
  });
});

describe('checkPreprocessing edges', () => {
  it('standardizes a range end as (x - mean) / std: min far below a huge mean overflows', () => {
    // (-1e308 - 1e308) / 1 is -Infinity, while (-1e308 + 1e308) / 1 would be 0.
    expect(checkPreprocessing(pre([feature({ mean: 1e308, min: -1e308, max: 0 })]))).toEqual([
      { pointer: '/preprocessing/features/0/std', message: 'is too small for mean 1e+308: standardizing the valid range gives an infinite value' },
    ]);
    expect(checkPreprocessing(pre([feature({ mean: 1e308, min: 0, max: 1e308 })]))).toEqual([]);
  });
});

describe('checkTopology: input shape and dtype of the first layer', () => {
  it('accepts a Sequential network whose first layer takes one input per feature and is float32', () => {
    expect(checkTopology(net(sequential(dense({ batch_input_shape: [null, 1], dtype: 'float32', units: 2 }))), pre())).toEqual([]);
  });

  it('blames the last entry of batch_input_shape, with the Keras or the camel-case key', () => {
    expect(checkTopology(net(sequential(dense({ batch_input_shape: [null, 3] }))), pre())).toEqual([
      { pointer: '/model/modelTopology/config/layers/0/config/batch_input_shape/1', message: FIRST_INPUT },
    ]);
    expect(checkTopology(net(sequential(dense({ batchInputShape: [null, 3] }))), pre(), ['m'])).toEqual([
      { pointer: '/m/modelTopology/config/layers/0/config/batchInputShape/1', message: FIRST_INPUT },
    ]);
  });

  it('compares the last entry of a longer input shape, not the second', () => {
    expect(checkTopology(net(sequential(dense({ batch_input_shape: [null, 2, 1] }))), pre())).toEqual([]);
    expect(checkTopology(net(sequential(dense({ batch_input_shape: [null, 1, 2] }))), pre())).toEqual([
      { pointer: '/model/modelTopology/config/layers/0/config/batch_input_shape/2', message: FIRST_INPUT },
    ]);
  });

  it('finds the layers of a Functional model under model_config.config.layers', () => {
    const functional = { model_config: { class_name: 'Functional', config: { layers: [dense({ batch_input_shape: [null, 4], units: 3 })] } } };
    expect(checkTopology(net(functional), pre())).toEqual([
      { pointer: '/model/modelTopology/model_config/config/layers/0/config/batch_input_shape/1', message: FIRST_INPUT },
      { pointer: '/model/modelTopology/model_config/config/layers/0/config/units', message: UNITS },
    ]);
  });

  it('refuses a first layer declared with another dtype, and says nothing when dtype is absent', () => {
    expect(checkTopology(net(sequential(dense({ dtype: 'int32' }))), pre())).toEqual([
      { pointer: '/model/modelTopology/config/layers/0/config/dtype', message: 'must be "float32", not "int32"' },
    ]);
    expect(checkTopology(net(sequential(dense({ dtype: null }))), pre())).toEqual([
      { pointer: '/model/modelTopology/config/layers/0/config/dtype', message: 'must be "float32", not null' },
    ]);
    expect(checkTopology(net(sequential(dense({ batch_input_shape: [null, 1] }))), pre())).toEqual([]);
    expect(checkTopology(net(sequential(dense({ dtype: 'float32' }))), pre())).toEqual([]);
  });

  it('skips the first-layer checks when that layer is not an object or its config is not one', () => {
    for (const first of [null, 7, {}, { config: 'dense' }, { config: ['batch_input_shape', 'dtype'] }, { config: null }]) {
      expect(checkTopology(net(sequential(first, dense({ units: 2 }))), pre())).toEqual([]);
    }
  });

  it('checks nothing in an empty layer list or a topology without layers', () => {
    expect(checkTopology(net(sequential()), pre())).toEqual([]);
    expect(checkTopology(net({ config: { layers: 'none' } }), pre())).toEqual([]);
    expect(checkTopology(net({ config: null, model_config: 'x' }), pre())).toEqual([]);
  });
});

describe('checkTopology: output units', () => {
  it('blames the last layer that declares units, past later layers without them', () => {
    const topology = sequential(dense({ units: 8 }), dense({ units: 3 }), { class_name: 'Activation', config: { activation: 'softmax' } }, {}, null);
    expect(checkTopology(net(topology), pre())).toEqual([{ pointer: '/model/modelTopology/config/layers/1/config/units', message: UNITS }]);
  });

  it('blames layer 0 when it is the only one with units', () => {
    expect(checkTopology(net(sequential(dense({ units: 5 }), { config: { activation: 'softmax' } })), pre())).toEqual([
      { pointer: '/model/modelTopology/config/layers/0/config/units', message: UNITS },
    ]);
  });

  it('ignores units that are not numbers and layers with no units at all', () => {
    expect(checkTopology(net(sequential(dense({ units: '3' }))), pre())).toEqual([]);
    expect(checkTopology(net(sequential(dense({ activation: 'relu' }), { config: {} })), pre())).toEqual([]);
    expect(checkTopology(net(sequential({ config: { activation: 'softmax' } }, null)), pre())).toEqual([]);
  });
});

describe('checkTopology: kernel shapes', () => {
  const ok: Spec[] = [
    ['dense/kernel', [1, 4]],
    ['dense/bias', [4]],
    ['dense_1/kernel', [4, 4]],
    ['dense_1/bias', [4]],
    ['dense_2/kernel', [4, 2]],
    ['dense_2/bias', [2]],
  ];

  it('accepts a first kernel with one row per feature and a last kernel with one column per class', () => {
    expect(checkTopology(net({}, ok), pre())).toEqual([]);
  });

  it('blames the rows of the first kernel and the columns of the last one', () => {
    expect(checkTopology(net({}, [['dense/kernel', [3, 4]], ['dense/bias', [4]], ['out/kernel', [4, 5]]]), pre())).toEqual([
      { pointer: '/model/weightSpecs/0/shape/0', message: 'must be 1: the first layer takes one input per feature' },
      { pointer: '/model/weightSpecs/2/shape/1', message: 'must be 2: the last layer gives one probability per class' },
    ]);
  });

  it('treats a single kernel as both the first and the last', () => {
    expect(checkTopology(net({}, [['dense/kernel', [1, 3]]]), pre())).toEqual([
      { pointer: '/model/weightSpecs/0/shape/1', message: 'must be 2: the last layer gives one probability per class' },
    ]);
  });

  it('counts only 2-D weights whose name ends in "kernel"', () => {
    for (const extra of [
      ['dense_2/kernel_regularizer', [4, 9]],
      ['norm/moving_mean', [4, 9]],
      ['odd/kernel', [9]],
    ] as Spec[]) {
      expect(checkTopology(net({}, [...ok, extra]), pre())).toEqual([]);
    }
  });
});

describe('isDistribution edges', () => {
  it('refuses a row summing to 1 with one probability below 0', () => {
    expect(isDistribution([-0.5, 0.5, 1], 3)).toBe(false);
    expect(isDistribution([-0.0005, 0.5, 0.5], 3)).toBe(false);
  });

  it('refuses a probability just above 1 even when the sum is within 1e-3', () => {
    expect(isDistribution([1.0005, 0], 2)).toBe(false);
    expect(isDistribution([1, 0], 2)).toBe(true);
  });

  it('refuses infinite probabilities', () => {
    expect(isDistribution([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], 2)).toBe(false);
    expect(isDistribution([1, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY], 3)).toBe(false);
  });
});
