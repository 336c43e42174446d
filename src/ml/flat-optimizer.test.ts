// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBackend } from './backend';
import { createFlatOptimizer } from './flat-optimizer';

beforeAll(async () => {
  await ensureBackend();
});

const START = [0.5, -0.25, 1.5, 0, -2];
/** A different gradient every step, with signs and sizes mixed. */
const gradientAt = (t: number) => START.map((v, i) => Math.sin(t + i) * (i + 1) + v * 0.1);

/** Weights after `steps` updates by tfjs's own optimizer on one variable. */
function withTfOptimizer(optimizer: tf.Optimizer, steps: number): number[] {
  const variable = tf.variable(tf.tensor1d(START));
  for (let t = 1; t <= steps; t++) {
    tf.tidy(() => optimizer.applyGradients([{ name: variable.name, tensor: tf.tensor1d(gradientAt(t)) }]));
  }
  const out = Array.from(variable.dataSync());
  variable.dispose();
  optimizer.dispose();
  return out;
}

function withFlatOptimizer(kind: 'adam' | 'sgd', learningRate: number, steps: number): number[] {
  const optimizer = createFlatOptimizer(kind, learningRate, START.length);
  let theta = tf.tensor1d(START);
  for (let t = 1; t <= steps; t++) {
    const next = tf.tidy(() => optimizer.step(theta, tf.tensor1d(gradientAt(t))));
    theta.dispose();
    theta = next;
  }
  const out = Array.from(theta.dataSync());
  theta.dispose();
  optimizer.dispose();
  return out;
}

describe('createFlatOptimizer', () => {
  it.each([
    ['adam', 0.03, () => tf.train.adam(0.03)],
    ['adam', 0.5, () => tf.train.adam(0.5)],
    ['sgd', 0.1, () => tf.train.sgd(0.1)],
  ] as const)('takes the same steps as tf.train.%s (learning rate %s)', (kind, learningRate, make) => {
    const expected = withTfOptimizer(make(), 25);
    const actual = withFlatOptimizer(kind, learningRate, 25);
    // Float32 rounding differs a little (the bias corrections are folded differently): compare relatively.
    actual.forEach((v, i) => {
      const want = expected[i] as number;
      expect(Math.abs(v - want)).toBeLessThanOrEqual(5e-5 * Math.max(1, Math.abs(want)));
    });
  });

  it('frees its state and constants on dispose', () => {
    const before = tf.memory().numTensors;
    withFlatOptimizer('adam', 0.01, 3);
    withFlatOptimizer('sgd', 0.01, 3);
    expect(tf.memory().numTensors).toBe(before);
  });
});
