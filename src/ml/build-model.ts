import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { LayersModel } from '@tensorflow/tfjs-layers';

/** Shape and training settings of the small classifier MLP. */
export interface BuildModelOptions {
  /** Seed of the weight initializers: the same seed gives the same initial weights. */
  seed: number;
  /** Adam learning rate. */
  learningRate: number;
  inputs?: number;
  hidden?: number;
  classes?: number;
}

/** A compiled model and its optimizer; dispose both (model.dispose() leaves Adam's slot variables behind). */
export interface BuiltModel {
  model: LayersModel;
  optimizer: tf.Optimizer;
}

/** Builds and compiles a seeded MLP: inputs (default 4) → hidden relu units (16) → softmax classes (3), Adam, cross-entropy. */
export function buildModel(options: BuildModelOptions): BuiltModel {
  const { seed, learningRate, inputs = 4, hidden = 16, classes = 3 } = options;
  const model = tfl.sequential({
    layers: [
      tfl.layers.dense({
        inputShape: [inputs],
        units: hidden,
        activation: 'relu',
        // Seeded initializers make training reproducible: Math.random would change the model on every run.
        kernelInitializer: tfl.initializers.glorotUniform({ seed }),
        biasInitializer: 'zeros',
        name: 'hidden',
      }),
      tfl.layers.dense({
        units: classes,
        activation: 'softmax',
        kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + 1 }),
        biasInitializer: 'zeros',
        name: 'probabilities',
      }),
    ],
  });
  const optimizer = tf.train.adam(learningRate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return { model, optimizer };
}

/** Frees a built model's weights and its optimizer's variables. */
export function disposeBuiltModel(built: BuiltModel): void {
  built.model.dispose();
  built.optimizer.dispose();
}
