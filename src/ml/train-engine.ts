import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { hasDiverged } from '../core/modeling/curves';
import type { EpochPoint } from '../core/modeling/curves';
import { configErrors, trainConfigSchema } from '../core/modeling/train-config';
import type { TrainConfig } from '../core/modeling/train-config';
import { createRng } from '../core/rng';
import type { Random } from '../core/rng';
import type { InlineModel } from '../core/serving/model-artifact';
import { ensureBackend } from './backend';
import { buildClassifier } from './build-model';
import type { HiddenActivation } from './build-model';
import { createFlatOptimizer } from './flat-optimizer';
import type { FlatOptimizer } from './flat-optimizer';
import { disposeFlatParams, flatten, paramShapes, unflatten } from './flat-params';
import type { FlatParams } from './flat-params';
import { artifactsToInlineModel } from './load-predictor';
import { logitMetrics } from './logit-metrics';
import { mlpForward, mlpGradients } from './mlp-gradients';
import type { LabeledData } from './train-model';

/** Why a run ended (the same values as the worker protocol's RunEnd). */
export type TrainEnd = 'completed' | 'stopped' | 'diverged';

/** Standardized training and validation sets (n × features, class indices) and the number of classes. */
export interface TrainData {
  train: LabeledData;
  validation: LabeledData;
  classes: number;
}

/** Callbacks of a run; all optional. */
export interface TrainHooks {
  /** Receives each epoch's numbers; the last point of a diverged run is non-finite (hasDiverged is true). */
  onEpoch?: (point: EpochPoint) => void;
  /** Checked before every epoch; true ends the run as 'stopped' and keeps what was learned. */
  shouldStop?: () => boolean;
  /** Awaited between epochs: a worker yields to its event loop here so a 'stop' message can arrive. */
  betweenEpochs?: () => Promise<void>;
  /** Sees the trained in-memory model just before it is freed (tests compare it with the exported one). */
  beforeDispose?: (model: LayersModel) => Promise<void> | void;
}

/** How a run ended, the exported weights (null when it diverged) and how many epochs ran. */
export interface TrainResult {
  end: TrainEnd;
  model: InlineModel | null;
  epochsRun: number;
}

/** One split on the backend (features, one-hot targets) and its class indices in JS (metrics are computed there). */
interface SetTensors {
  x: tf.Tensor2D;
  y: tf.Tensor2D;
  labels: readonly number[];
  size: number;
}

/** The state of a run between epochs. */
interface RunState {
  train: SetTensors;
  validation: SetTensors;
  params: FlatParams;
  shapes: [number, number][];
  activation: HiddenActivation;
  optimizer: FlatOptimizer;
  /** The scalar 1/n per batch size n, created once. */
  scales: Map<number, tf.Scalar>;
  classes: number;
}

function checkInputs(config: TrainConfig, data: TrainData): void {
  const sets = [data.train, data.validation];
  if (!sets.every((set) => Array.isArray(set?.x) && Array.isArray(set?.labels))) {
    throw new RangeError('Training needs a training set and a validation set.');
  }
  if (!trainConfigSchema.safeParse(config).success) {
    throw new RangeError(`Invalid training settings. ${Object.values(configErrors(config)).join(' ')}`);
  }
  if (!Number.isInteger(data.classes) || data.classes < 2) throw new RangeError('Training needs at least 2 classes.');
  const width = data.train.x[0]?.length ?? 0;
  if (width === 0) throw new RangeError('The training set has no rows (or rows without features).');
  for (const [name, set] of [['training', data.train], ['validation', data.validation]] as const) {
    if (set.x.length === 0) throw new RangeError(`The ${name} set has no rows.`);
    if (set.labels.length !== set.x.length) throw new RangeError(`The ${name} set has ${set.x.length} rows but ${set.labels.length} labels.`);
    set.x.forEach((row, i) => {
      if (row.length !== width) throw new RangeError(`Row ${i + 1} of the ${name} set has ${row.length} features, expected ${width}.`);
      if (!row.every(Number.isFinite)) throw new RangeError(`Row ${i + 1} of the ${name} set has a missing or non-finite value.`);
    });
    for (const label of set.labels) {
      if (!Number.isInteger(label) || label < 0 || label >= data.classes) {
        throw new RangeError(`The ${name} set has label ${label}, expected a class index from 0 to ${data.classes - 1}.`);
      }
    }
  }
}

function toSetTensors(data: LabeledData, classes: number): SetTensors {
  const size = data.x.length;
  const width = data.x[0]?.length ?? 0;
  const flat = new Float32Array(size * width);
  data.x.forEach((row, i) => {
    flat.set(row, i * width);
  });
  const x = tf.tensor2d(flat, [size, width]);
  const y = tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(Int32Array.from(data.labels), 'int32'), classes), 'float32') as tf.Tensor2D);
  return { x, y, labels: data.labels, size };
}

function scaleFor(run: RunState, rows: number): tf.Scalar {
  let scale = run.scales.get(rows);
  if (!scale) {
    scale = tf.keep(tf.scalar(1 / rows));
    run.scales.set(rows, scale);
  }
  return scale;
}

/**
 * One optimizer step on rows [start, start + size) of x/y: forward, explicit backward, update of the weight vector.
 * Returns the logits of those rows before the step (the caller frees them), from which the epoch's training metrics come.
 */
function trainStep(run: RunState, x: tf.Tensor2D, y: tf.Tensor2D, start: number, size: number): tf.Tensor2D {
  const scale = scaleFor(run, size);
  const next = tf.tidy(() => {
    const whole = start === 0 && size === x.shape[0];
    const xb = whole ? x : tf.slice(x, [start, 0], [size, -1]);
    const yb = whole ? y : tf.slice(y, [start, 0], [size, -1]);
    const { layers, theta } = run.params;
    const forward = mlpForward(xb, layers, run.activation);
    const grads = mlpGradients(xb, yb, forward, layers, run.activation, scale);
    return { params: unflatten(run.optimizer.step(theta, flatten(grads)), run.shapes), logits: forward.logits };
  });
  disposeFlatParams(run.params);
  run.params = next.params;
  return next.logits;
}

/** Fisher–Yates shuffle of an index array, driven by the run's seeded generator. */
function shuffleInPlace(order: Int32Array, random: Random): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = order[i] as number;
    order[i] = order[j] as number;
    order[j] = a;
  }
}

/**
 * Runs one epoch and reads back, in one sync, the training logits of every step (taken before that step, in visiting
 * order) followed by the validation logits after the last step: model.fit's semantics for the epoch's numbers.
 */
function runEpoch(run: RunState, batchSize: number | 'full', order: Int32Array, random: Random): Float32Array {
  const { train } = run;
  const logits: tf.Tensor2D[] = [];
  try {
    if (batchSize === 'full' || batchSize >= train.size) {
      // One step over all rows: their order does not change the gradient, so there is nothing to shuffle.
      logits.push(trainStep(run, train.x, train.y, 0, train.size));
    } else {
      shuffleInPlace(order, random);
      const [x, y] = tf.tidy(() => {
        const index = tf.tensor1d(order, 'int32');
        return [tf.gather(train.x, index), tf.gather(train.y, index)] as [tf.Tensor2D, tf.Tensor2D];
      });
      try {
        for (let start = 0; start < train.size; start += batchSize) {
          logits.push(trainStep(run, x, y, start, Math.min(batchSize, train.size - start)));
        }
      } finally {
        tf.dispose([x, y]);
      }
    }
    logits.push(tf.tidy(() => mlpForward(run.validation.x, run.params.layers, run.activation).logits));
    const all = tf.concat(logits, 0);
    try {
      return all.dataSync() as Float32Array;
    } finally {
      all.dispose();
    }
  } finally {
    tf.dispose(logits);
  }
}

/** The epoch's point from its read-back logits (training rows first, in the order the steps visited them). */
function epochPoint(run: RunState, epoch: number, logits: Float32Array, order: Int32Array, shuffled: boolean): EpochPoint {
  const { train, validation, classes } = run;
  const fit = logitMetrics(logits, 0, train.size, classes, (r) => train.labels[shuffled ? (order[r] as number) : r] as number);
  const val = logitMetrics(logits, train.size, validation.size, classes, (r) => validation.labels[r] as number);
  return { epoch, loss: fit.loss, accuracy: fit.accuracy, valLoss: val.loss, valAccuracy: val.accuracy };
}

/** Saves a layers model in memory and encodes it as an InlineModel (topology, weight specs, base64 weights). */
async function exportInlineModel(model: LayersModel): Promise<InlineModel> {
  const saved: { artifacts?: tf.io.ModelArtifacts } = {};
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      saved.artifacts = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!saved.artifacts) throw new Error('model.save produced no artifacts');
  return artifactsToInlineModel(saved.artifacts);
}

/**
 * Trains the seeded MLP of a TrainConfig on standardized data and returns its weights as an InlineModel
 * (the format of the shipped v1 model, so the endpoint can serve it).
 * The initial weights come from the seeded tfjs-layers model; training then runs on one weight vector with explicit
 * backpropagation and a flat Adam/SGD (≈ 35 ops an epoch instead of ≈ 165 through optimizer.minimize), and each epoch
 * costs one read-back. A non-finite loss ends the run as 'diverged'. Every tensor is freed before it returns.
 */
export async function trainEngine(config: TrainConfig, data: TrainData, hooks: TrainHooks = {}): Promise<TrainResult> {
  checkInputs(config, data);
  await ensureBackend();
  const inputs = data.train.x[0]?.length ?? 0;
  const shapes = paramShapes(inputs, config.hidden, data.classes);
  const model = buildClassifier({ seed: config.seed, inputs, hidden: config.hidden, activation: config.activation, classes: data.classes });
  const params = tf.tidy(() => unflatten(flatten(model.getWeights()), shapes));
  const run: RunState = {
    train: toSetTensors(data.train, data.classes),
    validation: toSetTensors(data.validation, data.classes),
    params,
    shapes,
    activation: config.activation,
    optimizer: createFlatOptimizer(config.optimizer, config.learningRate, params.theta.size),
    scales: new Map(),
    classes: data.classes,
  };
  try {
    // Its own stream (not the initializers'): the shuffle order depends only on the seed.
    const random = createRng(config.seed);
    const order = Int32Array.from({ length: run.train.size }, (_, i) => i);
    const shuffled = config.batchSize !== 'full' && config.batchSize < run.train.size;
    let end: TrainEnd = 'completed';
    let epochsRun = 0;
    for (let epoch = 1; epoch <= config.epochs; epoch++) {
      if (hooks.shouldStop?.()) {
        end = 'stopped';
        break;
      }
      const point = epochPoint(run, epoch, runEpoch(run, config.batchSize, order, random), order, shuffled);
      epochsRun = epoch;
      hooks.onEpoch?.(point);
      if (hasDiverged(point)) {
        end = 'diverged';
        break;
      }
      if (epoch < config.epochs) await hooks.betweenEpochs?.();
    }
    model.setWeights(run.params.layers.flatMap((l) => [l.kernel, l.bias]));
    const inline = end === 'diverged' ? null : await exportInlineModel(model);
    await hooks.beforeDispose?.(model);
    return { end, model: inline, epochsRun };
  } finally {
    model.dispose();
    run.optimizer.dispose();
    disposeFlatParams(run.params);
    tf.dispose([run.train.x, run.train.y, run.validation.x, run.validation.y, ...run.scales.values()]);
  }
}
