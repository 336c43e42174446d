import * as tf from '@tensorflow/tfjs-core';

/** An optimizer over one weight vector; its state (Adam's moments) lives inside it until dispose(). */
export interface FlatOptimizer {
  /** Returns the weights after one step on `gradient` (a new tensor, owned by the caller's tidy). */
  step(theta: tf.Tensor1D, gradient: tf.Tensor1D): tf.Tensor1D;
  /** Frees the optimizer's state and constants. */
  dispose(): void;
}

const BETA1 = 0.9;
const BETA2 = 0.999;

/** Plain gradient descent: θ ← θ − lr·g (2 ops). */
function createSgd(learningRate: number): FlatOptimizer {
  const rate = tf.keep(tf.scalar(learningRate));
  return {
    step: (theta, gradient) => tf.sub(theta, tf.mul(gradient, rate)),
    dispose: () => rate.dispose(),
  };
}

/**
 * Adam with tfjs's defaults (β₁ 0.9, β₂ 0.999, ε = the backend's epsilon) and update rule
 * θ ← θ − lr·m̂ / (√v̂ + ε), with the bias corrections folded into two scalars: 12 ops a step for all weights,
 * where tf.train.adam spends about 12 per weight tensor.
 */
function createAdam(learningRate: number, size: number): FlatOptimizer {
  const epsilon = tf.backend().epsilon();
  const [beta1, oneMinusBeta1, beta2, oneMinusBeta2] = [BETA1, 1 - BETA1, BETA2, 1 - BETA2].map((c) => tf.keep(tf.scalar(c)));
  let m: tf.Tensor1D = tf.keep(tf.zeros([size]));
  let v: tf.Tensor1D = tf.keep(tf.zeros([size]));
  let t = 0;
  return {
    step(theta, gradient) {
      t += 1;
      const nextM: tf.Tensor1D = tf.keep(tf.add(tf.mul(m, beta1 as tf.Scalar), tf.mul(gradient, oneMinusBeta1 as tf.Scalar)));
      const nextV: tf.Tensor1D = tf.keep(tf.add(tf.mul(v, beta2 as tf.Scalar), tf.mul(tf.square(gradient), oneMinusBeta2 as tf.Scalar)));
      tf.dispose([m, v]);
      m = nextM;
      v = nextV;
      // lr·(m/c₁)/(√(v/c₂)+ε) = (lr·√c₂/c₁)·m/(√v + ε·√c₂), with c = 1 − βᵗ.
      const rootC2 = Math.sqrt(1 - BETA2 ** t);
      const rate = (learningRate * rootC2) / (1 - BETA1 ** t);
      return tf.sub(theta, tf.mul(tf.div(m, tf.add(tf.sqrt(v), epsilon * rootC2)), rate));
    },
    dispose() {
      tf.dispose([m, v, beta1, oneMinusBeta1, beta2, oneMinusBeta2] as tf.Tensor[]);
    },
  };
}

/** Creates the optimizer of a TrainConfig for a weight vector of `size` numbers. */
export function createFlatOptimizer(kind: 'adam' | 'sgd', learningRate: number, size: number): FlatOptimizer {
  return kind === 'adam' ? createAdam(learningRate, size) : createSgd(learningRate);
}
