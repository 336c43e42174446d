import type * as tf from '@tensorflow/tfjs-core';
import { FEATURE_UNITS, FEATURES, SPECIES, VALID_RANGES } from '../core/data/penguins';
import { REFERENCE_SEED } from '../core/data/reference-split';
import type { Split } from '../core/data/split';
import type { Standardizer } from '../core/data/standardizer';
import type { ModelCard, Preprocessing } from '../core/serving/model-artifact';

/** Training settings of the shipped reference model v1. */
export const REFERENCE_TRAINING = { epochs: 250, optimizer: 'adam', learning_rate: 0.01, batch: 'full' } as const;

/** Human-readable architecture of the reference model, as written in its card. */
export const REFERENCE_ARCHITECTURE = '4-16-3 MLP (relu, softmax)';

/** Name of the weights file next to model.json. */
export const WEIGHTS_FILE = 'weights.bin';

/** preprocessing.json for a fitted standardizer: FEATURES order, train-fitted mean/std, valid ranges, SPECIES classes. */
export function buildPreprocessing(scaler: Standardizer): Preprocessing {
  return {
    format: 'deploy-lab/preprocessing@1',
    features: FEATURES.map((name, j) => ({
      name,
      unit: FEATURE_UNITS[name],
      mean: scaler.mean[j] as number,
      std: scaler.std[j] as number,
      min: VALID_RANGES[name][0],
      max: VALID_RANGES[name][1],
    })),
    classes: [...SPECIES],
  };
}

/** Rounds a metric to 4 decimals for the card (enough to compare, no false precision). */
export function roundMetric(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Inputs of the reference card: split sizes, measured accuracies and the data accounting. */
export interface ReferenceCardInput {
  created: string;
  split: Split<unknown>;
  validationAccuracy: number;
  testAccuracy: number;
  rowsUsed: number;
  rowsDropped: number;
}

/** card.json of the reference model, with metrics rounded to 4 decimals. */
export function buildReferenceCard(input: ReferenceCardInput): ModelCard {
  return {
    name: 'penguins-mlp',
    description:
      'Predicts a penguin’s species (Adelie, Chinstrap, Gentoo) from bill length, bill depth, flipper length and body mass. ' +
      'Reference model v1, trained by scripts/train-reference.ts.',
    created: input.created,
    seed: REFERENCE_SEED,
    split: {
      train: input.split.train.length,
      validation: input.split.validation.length,
      test: input.split.test.length,
    },
    metrics: {
      validation_accuracy: roundMetric(input.validationAccuracy),
      test_accuracy: roundMetric(input.testAccuracy),
    },
    architecture: REFERENCE_ARCHITECTURE,
    training: { ...REFERENCE_TRAINING },
    data: {
      source: 'vega-datasets penguins.json (Palmer Station LTER / palmerpenguins)',
      license: 'CC0-1.0',
      rows_used: input.rowsUsed,
      rows_dropped_missing: input.rowsDropped,
    },
  };
}

/** The model.json of a tfjs layers artifact whose weights sit in one file (weightsManifest paths [WEIGHTS_FILE]). */
export function buildModelJson(artifacts: tf.io.ModelArtifacts): tf.io.ModelJSON {
  if (!artifacts.modelTopology || !artifacts.weightSpecs) throw new Error('model artifacts lack topology or weight specs');
  // No trainingConfig: loading it would make tfjs create an optimizer that model.dispose() never frees.
  return {
    modelTopology: artifacts.modelTopology,
    format: 'layers-model',
    generatedBy: artifacts.generatedBy ?? 'TensorFlow.js',
    convertedBy: null,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
  };
}
