import * as tf from '@tensorflow/tfjs-core';
import type { DenseParams } from './mlp-gradients';

/** All weights of an MLP in one vector, plus each layer's kernel and bias as tensors split from it. */
// A type alias, not an interface: tf.tidy can only return types that fit its TensorContainer index signature.
export type FlatParams = {
  theta: tf.Tensor1D;
  layers: DenseParams[];
};

/** Shapes of [kernel₁, bias₁, kernel₂, …] of an MLP: inputs → hidden… → classes. */
export function paramShapes(inputs: number, hidden: readonly number[], classes: number): [number, number][] {
  const widths = [inputs, ...hidden, classes];
  return widths.slice(1).map((units, i) => [widths[i] as number, units]);
}

/** Concatenates tensors into one vector (kernels row-major), the layout the optimizer updates in one go. */
export function flatten(tensors: readonly tf.Tensor[]): tf.Tensor1D {
  return tf.concat(tensors.map((t) => (t.rank === 1 ? (t as tf.Tensor1D) : tf.reshape(t, [-1]))));
}

/** Splits a weight vector back into per-layer kernels and biases (one split op, one reshape per kernel). */
export function unflatten(theta: tf.Tensor1D, shapes: readonly [number, number][]): FlatParams {
  const sizes = shapes.flatMap(([inputs, units]) => [inputs * units, units]);
  const parts = tf.split(theta, sizes);
  const layers = shapes.map(([inputs, units], i) => ({
    kernel: tf.reshape(parts[2 * i] as tf.Tensor, [inputs, units]) as tf.Tensor2D,
    bias: parts[2 * i + 1] as tf.Tensor1D,
  }));
  return { theta, layers };
}

/** Frees a weight vector and the layer tensors split from it. */
export function disposeFlatParams(params: FlatParams): void {
  tf.dispose([params.theta, ...params.layers.flatMap((l) => [l.kernel, l.bias])]);
}
