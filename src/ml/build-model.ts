import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { LayersModel } from '@tensorflow/tfjs-layers';

/** Activations a hidden layer of the classifier may use. */
export type HiddenActivation = 'relu' | 'tanh' | 'sigmoid';

/** Shape of the small classifier MLP and the seed of its initial weights. */
export interface ClassifierOptions {
  /** Seed of the weight initializers: the same seed gives the same initial weights. */
  seed: number;
  /** Input features (default 4). */
  inputs?: number;
  /** Units of each hidden layer, 0–n layers (default [16]). */
  hidden?: readonly number[];
  /** Activation of every hidden layer (default relu). */
  activation?: HiddenActivation;
  /** Output classes (default 3). */
  classes?: number;
}

/** Layer name of hidden layer i: the first is "hidden" (as in the shipped v1), then "hidden_2", "hidden_3". */
export function hiddenLayerName(i: number): string {
  return i === 0 ? 'hidden' : `hidden_${i + 1}`;
}

/**
 * Builds an uncompiled seeded MLP: inputs → dense hidden layers → softmax classes.
 * Layer k's kernel uses seed + k, so one hidden layer of 16 relu units reproduces the v1 topology and initial weights.
 */
export function buildClassifier(options: ClassifierOptions): LayersModel {
  const { seed, inputs = 4, hidden = [16], activation = 'relu', classes = 3 } = options;
  const layers = hidden.map((units, i) =>
    tfl.layers.dense({
      ...(i === 0 ? { inputShape: [inputs] } : {}),
      units,
      activation,
      // Seeded initializers make training reproducible: Math.random would change the model on every run.
      kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + i }),
      biasInitializer: 'zeros',
      name: hiddenLayerName(i),
    }),
  );
  layers.push(
    tfl.layers.dense({
      ...(hidden.length === 0 ? { inputShape: [inputs] } : {}),
      units: classes,
      activation: 'softmax',
      kernelInitializer: tfl.initializers.glorotUniform({ seed: seed + hidden.length }),
      biasInitializer: 'zeros',
      name: 'probabilities',
    }),
  );
  // A fixed name (not tfjs's counter, sequential_N) keeps the exported artifact identical for identical runs.
  return tfl.sequential({ layers, name: 'classifier' });
}

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
  const model = buildClassifier({ seed, inputs, hidden: [hidden], activation: 'relu', classes });
  const optimizer = tf.train.adam(learningRate);
  model.compile({ optimizer, loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  return { model, optimizer };
}

/** Frees a built model's weights and its optimizer's variables. */
export function disposeBuiltModel(built: BuiltModel): void {
  built.model.dispose();
  built.optimizer.dispose();
}
