// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import type { LayersModel } from '@tensorflow/tfjs-layers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../core/data/pipeline';
import { DEFAULT_PIPELINE } from '../core/data/pipeline-state';
import { rawTestRows } from '../core/data/test-rows';
import { hasDiverged } from '../core/modeling/curves';
import type { EpochPoint } from '../core/modeling/curves';
import { DEFAULT_TRAIN_CONFIG } from '../core/modeling/train-config';
import type { TrainConfig } from '../core/modeling/train-config';
import { inlineModelSchema } from '../core/serving/model-artifact';
import type { InlineModel, ModelVersion } from '../core/serving/model-artifact';
import { ensureBackend } from './backend';
import { evaluateAccuracy } from './evaluate-accuracy';
import { clearPredictorCache, loadPredictor } from './load-predictor';
import { loadReferenceVersionFromDisk, readArtifactsFromDisk } from './load-predictor-node';
import { trainEngine } from './train-engine';
import type { TrainData, TrainHooks } from './train-engine';

const { sets } = runPipeline(rawTestRows(), DEFAULT_PIPELINE);
if (!sets) throw new Error('the default pipeline produced no sets');

/** The penguins training and validation sets of the default pipeline (standardized on train). */
const penguins: TrainData = {
  train: { x: sets.train.xScaled, labels: sets.train.labels },
  validation: { x: sets.validation.xScaled, labels: sets.validation.labels },
  classes: 3,
};

/** 8 training and 3 validation rows per species. */
function tinyData(): TrainData {
  const pick = (set: { x: number[][]; labels: number[] }, perClass: number) => {
    const rows = [0, 1, 2].flatMap((k) => set.labels.map((l, i) => [l, i] as const).filter(([l]) => l === k).slice(0, perClass).map(([, i]) => i));
    return { x: rows.map((i) => set.x[i] as number[]), labels: rows.map((i) => set.labels[i] as number) };
  };
  return { train: pick(penguins.train, 8), validation: pick(penguins.validation, 3), classes: 3 };
}

const quick: TrainConfig = { ...DEFAULT_TRAIN_CONFIG, epochs: 30 };

async function train(config: TrainConfig, data: TrainData = tinyData(), hooks: TrainHooks = {}) {
  const points: EpochPoint[] = [];
  const result = await trainEngine(config, data, {
    ...hooks,
    onEpoch: (p) => {
      points.push(p);
      hooks.onEpoch?.(p);
    },
  });
  return { ...result, points };
}

/** Largest absolute difference between two equally long lists of numbers (Infinity if the lengths differ). */
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

let reference: ModelVersion;
let served = 0;

/** Serves an inline model through the endpoint's loader (a fresh version each time, so nothing is cached across tests). */
async function serve(model: InlineModel) {
  served += 1;
  return loadPredictor({ ...reference, version: `trained-${served}`, registeredAt: `t${served}`, source: { kind: 'inline', model } });
}

beforeAll(async () => {
  expect(await ensureBackend()).toBe('cpu');
  reference = await loadReferenceVersionFromDisk();
});

afterAll(() => clearPredictorCache());

describe('trainEngine', () => {
  it('reduces the loss on tiny data and reports every epoch', async () => {
    const run = await train(quick);
    expect(run.end).toBe('completed');
    expect(run.epochsRun).toBe(30);
    expect(run.points.map((p) => p.epoch)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const first = run.points[0] as EpochPoint;
    const last = run.points[29] as EpochPoint;
    expect(last.loss).toBeLessThan(first.loss * 0.5);
    expect(last.valLoss).toBeLessThan(first.valLoss);
    for (const p of run.points) {
      expect(hasDiverged(p)).toBe(false);
      expect(p.accuracy).toBeGreaterThanOrEqual(0);
      expect(p.valAccuracy).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['full batch, adam', quick],
    ['mini-batches of 8 (seeded shuffle), sgd, 3 tanh layers', { ...quick, batchSize: 8, optimizer: 'sgd', learningRate: 0.1, hidden: [8, 6, 4], activation: 'tanh' }],
    ['no hidden layer, sigmoid setting', { ...quick, hidden: [], activation: 'sigmoid' }],
  ] as [string, TrainConfig][])('is reproducible by seed: %s', async (_, config) => {
    const a = await train({ ...config, epochs: 5 });
    const b = await train({ ...config, epochs: 5 });
    expect(b.points).toEqual(a.points);
    expect(b.model).toEqual(a.model);
    const other = await train({ ...config, epochs: 5, seed: config.seed + 1 });
    expect(other.points.map((p) => p.loss)).not.toEqual(a.points.map((p) => p.loss));
  });

  it('starts from the same seeded weights, and from different ones for another seed', async () => {
    const stopAtOnce = { shouldStop: () => true };
    const a = await train(quick, tinyData(), stopAtOnce);
    const b = await train(quick, tinyData(), stopAtOnce);
    const c = await train({ ...quick, seed: 7 }, tinyData(), stopAtOnce);
    expect(a.end).toBe('stopped');
    expect(a.epochsRun).toBe(0);
    expect(a.model?.weightData).toBe(b.model?.weightData);
    expect(c.model?.weightData).not.toBe(a.model?.weightData);
  });

  it('starts from the initial weights of the shipped v1 model for its seed and architecture', async () => {
    // v1 was trained from buildModel({ seed: 42 }): the same initializers must give the same starting point.
    const v1 = await readArtifactsFromDisk();
    const initial = await train({ ...DEFAULT_TRAIN_CONFIG, seed: 42 }, penguins, { shouldStop: () => true });
    expect(initial.model?.weightSpecs).toEqual(v1.weightSpecs);
    const layers = (model: Record<string, unknown>) =>
      ((model.config as { layers: { class_name: string; config: Record<string, unknown> }[] }).layers).map((l) => ({
        class_name: l.class_name,
        name: l.config.name,
        units: l.config.units,
        activation: l.config.activation,
      }));
    expect(layers(initial.model?.modelTopology ?? {})).toEqual(layers(v1.modelTopology as Record<string, unknown>));
  });

  it('stops as "diverged" with no model when the loss becomes non-finite (sgd, learning rate 1, inputs ×10⁴)', async () => {
    const data = tinyData();
    const huge = { ...data, train: { ...data.train, x: data.train.x.map((row) => row.map((v) => v * 1e4)) } };
    const run = await train({ ...quick, optimizer: 'sgd', learningRate: 1, epochs: 100 }, huge);
    expect(run.end).toBe('diverged');
    expect(run.model).toBeNull();
    expect(run.epochsRun).toBeLessThan(100);
    expect(run.points).toHaveLength(run.epochsRun);
    expect(hasDiverged(run.points.at(-1) as EpochPoint)).toBe(true);
    expect(run.points.slice(0, -1).some(hasDiverged)).toBe(false);
  });

  it('rejects non-finite inputs and bad settings with a plain message instead of training on them', async () => {
    const data = tinyData();
    const broken = { ...data, train: { ...data.train, x: data.train.x.map((row, i) => (i === 2 ? [row[0] ?? 0, Number.NaN, 0, 0] : row)) } };
    await expect(train(quick, broken)).rejects.toThrow('Row 3 of the training set has a missing or non-finite value.');
    await expect(train({ ...quick, learningRate: 5 })).rejects.toThrow(/learning rate/);
    await expect(train(quick, { ...data, train: { ...data.train, labels: data.train.labels.map(() => 3) } })).rejects.toThrow(/label 3/);
    await expect(train(quick, { ...data, validation: { x: [], labels: [] } })).rejects.toThrow(/validation set has no rows/);
  });

  it('keeps what was learned when stopped after N epochs', async () => {
    let seen = 0;
    const run = await train({ ...quick, epochs: 100 }, tinyData(), { onEpoch: () => seen++, shouldStop: () => seen >= 3 });
    expect(run.end).toBe('stopped');
    expect(run.epochsRun).toBe(3);
    expect(run.model).not.toBeNull();
    const initial = await train(quick, tinyData(), { shouldStop: () => true });
    expect(run.model?.weightData).not.toBe(initial.model?.weightData);
  });

  it('frees every tensor and the optimizer state: 20 train/dispose cycles leave tf.memory() at its baseline', async () => {
    const configs: TrainConfig[] = [
      quick,
      { ...quick, batchSize: 8, optimizer: 'sgd' },
      { ...quick, hidden: [4, 4, 4], activation: 'sigmoid' },
      { ...quick, hidden: [] },
      { ...quick, optimizer: 'sgd', learningRate: 1 },
    ];
    await train(quick);
    const baseline = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      const config = configs[i % configs.length] as TrainConfig;
      await train(config, tinyData(), i % 4 === 3 ? { shouldStop: () => i % 2 === 1 } : {});
    }
    await expect(trainEngine(quick, tinyData(), { onEpoch: () => { throw new Error('chart crashed'); } })).rejects.toThrow('chart crashed');
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('returns an InlineModel that the endpoint loader serves with the same predictions as the in-memory model', async () => {
    let inMemory: number[][] = [];
    const run = await train(DEFAULT_TRAIN_CONFIG, penguins, {
      beforeDispose: async (model: LayersModel) => {
        const output = tf.tidy(() => model.predict(tf.tensor2d(penguins.validation.x)) as tf.Tensor2D);
        inMemory = (await output.array()) as number[][];
        output.dispose();
      },
    });
    const model = inlineModelSchema.parse(run.model);
    const predictor = await serve(model);
    const served = await predictor.predict(penguins.validation.x);
    expect(served).toHaveLength(inMemory.length);
    expect(maxAbsDiff(served.flat(), inMemory.flat())).toBeLessThanOrEqual(1e-5);
    // The last point's validation numbers are those of the returned weights.
    const last = run.points.at(-1) as EpochPoint;
    expect(await evaluateAccuracy(predictor, penguins.validation.x, penguins.validation.labels)).toBe(last.valAccuracy);
    const crossEntropy = served.reduce((sum, row, i) => sum - Math.log(row[penguins.validation.labels[i] as number] as number), 0) / served.length;
    expect(Math.abs(crossEntropy - last.valLoss)).toBeLessThanOrEqual(1e-4);
  });

  it('reaches ≥ 95% validation accuracy with the default settings on the default pipeline', async () => {
    const run = await train(DEFAULT_TRAIN_CONFIG, penguins);
    expect(run.end).toBe('completed');
    expect(run.epochsRun).toBe(DEFAULT_TRAIN_CONFIG.epochs);
    expect((run.points.at(-1) as EpochPoint).valAccuracy).toBeGreaterThanOrEqual(0.95);
    const predictor = await serve(run.model as InlineModel);
    expect(await evaluateAccuracy(predictor, penguins.validation.x, penguins.validation.labels)).toBeGreaterThanOrEqual(0.95);
  });
});
