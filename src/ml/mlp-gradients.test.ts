// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
// The reference side uses tfjs's gradient tape, whose gradient functions tfjs-core does not register by itself.
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import { ensureBackend } from './backend';
import type { HiddenActivation } from './build-model';
import { paramShapes } from './flat-params';
import { mlpForward, mlpGradients } from './mlp-gradients';
import type { DenseParams } from './mlp-gradients';

beforeAll(async () => {
  await ensureBackend();
});

/** Largest absolute difference between two equally long lists of numbers (Infinity if the lengths differ). */
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

function randomTensor(shape: number[], seed: number): tf.Tensor {
  const random = createRng(seed);
  const size = shape.reduce((a, b) => a * b, 1);
  return tf.tensor(Float32Array.from({ length: size }, () => random() * 2 - 1), shape);
}

/** The same network through plain differentiable ops, for tfjs's own gradient tape. */
function referenceLogits(x: tf.Tensor2D, layers: DenseParams[], activation: HiddenActivation): tf.Tensor2D {
  let h = x;
  layers.forEach(({ kernel, bias }, i) => {
    const z = tf.add(tf.matMul(h, kernel), bias) as tf.Tensor2D;
    h = i === layers.length - 1 ? z : activation === 'relu' ? tf.relu(z) : activation === 'tanh' ? tf.tanh(z) : tf.sigmoid(z);
  });
  return h;
}

describe('mlpGradients', () => {
  it.each([
    [[], 'relu'],
    [[5], 'relu'],
    [[5], 'tanh'],
    [[5], 'sigmoid'],
    [[4, 3, 5], 'relu'],
    [[4, 3, 5], 'tanh'],
    [[4, 3, 5], 'sigmoid'],
  ] as [number[], HiddenActivation][])('equals tfjs autodiff of the mean softmax cross-entropy (hidden %j, %s)', (hidden, activation) => {
    tf.tidy(() => {
      const rows = 7;
      const x = randomTensor([rows, 4], 1) as tf.Tensor2D;
      const y = tf.cast(tf.oneHot(tf.tensor1d([0, 1, 2, 2, 1, 0, 1], 'int32'), 3), 'float32') as tf.Tensor2D;
      const layers = paramShapes(4, hidden, 3).map(([inputs, units], i) => ({
        kernel: randomTensor([inputs, units], 10 + i) as tf.Tensor2D,
        bias: tf.mul(randomTensor([units], 20 + i), 0.1) as tf.Tensor1D,
      }));
      const params = layers.flatMap((l) => [l.kernel, l.bias]);
      const expected = tf.grads((...p: tf.Tensor[]) => {
        const rebuilt = layers.map((_, i) => ({ kernel: p[2 * i] as tf.Tensor2D, bias: p[2 * i + 1] as tf.Tensor1D }));
        return tf.losses.softmaxCrossEntropy(y, referenceLogits(x, rebuilt, activation));
      })(params);
      const forward = mlpForward(x, layers, activation);
      const wantLogits = referenceLogits(x, layers, activation).dataSync();
      expect(maxAbsDiff(forward.logits.dataSync(), wantLogits)).toBeLessThanOrEqual(1e-6);
      const actual = mlpGradients(x, y, forward, layers, activation, tf.scalar(1 / rows));
      expect(actual).toHaveLength(params.length);
      actual.forEach((g, i) => {
        expect(g.shape).toEqual(params[i]?.shape);
        expect(maxAbsDiff(g.dataSync(), expected[i]?.dataSync() ?? [])).toBeLessThanOrEqual(1e-6);
      });
    });
  });
});
