// @vitest-environment node
import * as tf from '@tensorflow/tfjs-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../core/data/pipeline';
import { DEFAULT_PIPELINE } from '../core/data/pipeline-state';
import { rawTestRows } from '../core/data/test-rows';
import { DEFAULT_TRAIN_CONFIG } from '../core/modeling/train-config';
import type { TrainConfig } from '../core/modeling/train-config';
import type { InlineModel } from '../core/serving/model-artifact';
import { clearPredictorCache, loadPredictor } from '../ml/load-predictor';
import { loadReferenceVersionFromDisk } from '../ml/load-predictor-node';
import { createTrainingHandler } from './training-handler';
import type { TrainingHandlerOptions } from './training-handler';
import type { FromTrainingWorker, LabeledSet, ToTrainingWorker } from './training-protocol';

const { sets } = runPipeline(rawTestRows(), DEFAULT_PIPELINE);
if (!sets) throw new Error('the default pipeline produced no sets');
const train: LabeledSet = { x: sets.train.xScaled, labels: sets.train.labels };
const validation: LabeledSet = { x: sets.validation.xScaled, labels: sets.validation.labels };

type Done = Extract<FromTrainingWorker, { type: 'done' }>;
type Epochs = Extract<FromTrainingWorker, { type: 'epochs' }>;
type ErrorMessage = Extract<FromTrainingWorker, { type: 'error' }>;

/** A handler whose posted messages are recorded; `when` waits for the first message matching a predicate. */
function setup(options: Partial<TrainingHandlerOptions> = {}) {
  const posted: FromTrainingWorker[] = [];
  const waiters: { match: (m: FromTrainingWorker) => boolean; resolve: (m: FromTrainingWorker) => void }[] = [];
  const handler = createTrainingHandler({
    ...options,
    post: (message) => {
      posted.push(message);
      for (const w of waiters.filter((w) => w.match(message))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(message);
      }
      options.post?.(message);
    },
  });
  const when = <T extends FromTrainingWorker>(match: (m: FromTrainingWorker) => boolean): Promise<T> => {
    const seen = posted.find(match);
    if (seen) return Promise.resolve(seen as T);
    return new Promise((resolve) => waiters.push({ match, resolve: (m) => resolve(m as T) }));
  };
  const start = (runId: string, config: TrainConfig): ToTrainingWorker => ({ type: 'start', runId, config, train, validation, classes: 3 });
  return { handler, posted, when, start };
}

/** Largest absolute difference between two equally long lists of numbers (Infinity if the lengths differ). */
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs((a[i] as number) - (b[i] as number)));
  return max;
}

const isDone = (runId: string) => (m: FromTrainingWorker) => m.type === 'done' && m.runId === runId;
const quick: TrainConfig = { ...DEFAULT_TRAIN_CONFIG, epochs: 40 };

beforeAll(async () => {
  // Warm the backend (and the JIT) so timing-sensitive tests measure the handler, not the first tfjs call.
  await setup().handler.init();
});

afterAll(() => clearPredictorCache());

describe('training handler', () => {
  it('posts ready with the backend once, before anything else', async () => {
    const { handler, posted, start, when } = setup();
    expect(await handler.init()).toBe('cpu');
    expect(await handler.init()).toBe('cpu');
    await handler.handle(start('r1', { ...quick, epochs: 2 }));
    await when(isDone('r1'));
    expect(posted[0]).toEqual({ type: 'ready', backend: 'cpu' });
    expect(posted.filter((m) => m.type === 'ready')).toHaveLength(1);
  });

  it('runs a start to done: every epoch once and in order, in batches, then the weights and the backend', async () => {
    const { handler, posted, start } = setup();
    const before = tf.memory().numTensors;
    await handler.handle(start('r1', quick));
    const batches = posted.filter((m): m is Epochs => m.type === 'epochs');
    expect(batches.flatMap((b) => b.points.map((p) => p.epoch))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(batches.every((b) => b.runId === 'r1')).toBe(true);
    const elapsed = batches.map((b) => b.elapsedMs);
    expect(elapsed).toEqual([...elapsed].sort((a, b) => a - b));
    const done = posted.at(-1) as Done;
    expect(done).toMatchObject({ type: 'done', runId: 'r1', end: 'completed', epochsRun: 40, backend: 'cpu', numTensors: before });
    expect(done.model?.weightSpecs.map((s) => s.name)).toEqual(['hidden/kernel', 'hidden/bias', 'probabilities/kernel', 'probabilities/bias']);
    expect(done.durationMs).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('posts epochs at most once per interval: the first epoch at once, the rest at the end', async () => {
    const { handler, posted, start } = setup({ epochsIntervalMs: 1e9 });
    await handler.handle(start('r1', quick));
    const batches = posted.filter((m): m is Epochs => m.type === 'epochs');
    expect(batches.map((b) => b.points.length)).toEqual([1, 39]);
  });

  it('stops within one epoch of receiving stop, and keeps the weights learned so far', async () => {
    const { handler, when, start } = setup({
      post: (m) => {
        // The stop arrives while the first epoch's batch is being posted, i.e. during epoch 1.
        if (m.type === 'epochs' && m.points[0]?.epoch === 1) void handler.handle({ type: 'stop', runId: 'r1' });
      },
    });
    await handler.handle(start('r1', { ...DEFAULT_TRAIN_CONFIG, epochs: 1000 }));
    const done = await when<Done>(isDone('r1'));
    expect(done.end).toBe('stopped');
    expect(done.epochsRun).toBe(1);
    expect(done.model).not.toBeNull();
  });

  it('yields between epochs, so a stop sent by a timer during the run gets through', async () => {
    const { handler, when, start } = setup();
    const running = handler.handle(start('r1', { ...DEFAULT_TRAIN_CONFIG, epochs: 1000 }));
    setTimeout(() => void handler.handle({ type: 'stop', runId: 'r1' }), 30);
    await running;
    const done = await when<Done>(isDone('r1'));
    expect(done.end).toBe('stopped');
    expect(done.epochsRun).toBeLessThan(1000);
  });

  it('ignores a stop for another or a finished run', async () => {
    const { handler, posted, start } = setup();
    await handler.handle({ type: 'stop', runId: 'nobody' });
    await handler.handle(start('r1', { ...quick, epochs: 3 }));
    await handler.handle({ type: 'stop', runId: 'r1' });
    expect(posted.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('refuses a second start while a run is in progress, and finishes the first', async () => {
    const { handler, when, start } = setup();
    const first = handler.handle(start('r1', quick));
    await handler.handle(start('r2', quick));
    const error = await when<ErrorMessage>((m) => m.type === 'error');
    expect(error).toEqual({ type: 'error', runId: 'r2', message: 'A training run is already in progress: stop it or wait until it ends.' });
    await first;
    expect((await when<Done>(isDone('r1'))).end).toBe('completed');
    await handler.handle(start('r3', { ...quick, epochs: 2 }));
    expect((await when<Done>(isDone('r3'))).end).toBe('completed');
  });

  it('reports a diverged run with no weights', async () => {
    const { handler, when } = setup();
    const huge = { x: train.x.map((row) => row.map((v) => v * 1e4)), labels: train.labels };
    const config: TrainConfig = { ...quick, optimizer: 'sgd', learningRate: 1, epochs: 200 };
    await handler.handle({ type: 'start', runId: 'r1', config, train: huge, validation, classes: 3 });
    const done = await when<Done>(isDone('r1'));
    expect(done.end).toBe('diverged');
    expect(done.model).toBeNull();
  });

  it('turns bad input into an error message for that run', async () => {
    const { handler, posted, start } = setup();
    await handler.handle(start('bad-config', { ...quick, learningRate: 2 }));
    await handler.handle({ type: 'start', runId: 'bad-data', config: quick, train: { x: [[1, 2, Number.NaN, 4]], labels: [0] }, validation, classes: 3 });
    await handler.handle({ type: 'start', runId: 'no-data', config: quick } as unknown);
    const errors = posted.filter((m): m is ErrorMessage => m.type === 'error');
    expect(errors.map((e) => e.runId)).toEqual(['bad-config', 'bad-data', 'no-data']);
    expect(errors[0]?.message).toMatch(/learning rate from 0.0001 to 1/);
    expect(errors[1]?.message).toBe('Row 1 of the training set has a missing or non-finite value.');
    expect(errors[2]?.message).toBe('Training needs a training set and a validation set.');
  });

  it('predicts with an inline model like the endpoint loader does, and reports a broken model as an error', async () => {
    const { handler, when, start } = setup();
    await handler.handle(start('r1', quick));
    const model = (await when<Done>(isDone('r1'))).model as InlineModel;
    const before = tf.memory().numTensors;
    await handler.handle({ type: 'predict', requestId: 'p1', model, x: validation.x });
    const answer = await when<Extract<FromTrainingWorker, { type: 'predictions' }>>((m) => m.type === 'predictions');
    expect(answer.requestId).toBe('p1');
    expect(tf.memory().numTensors).toBe(before);
    const reference = await loadReferenceVersionFromDisk();
    const served = await (await loadPredictor({ ...reference, version: 'handler-test', source: { kind: 'inline', model } })).predict(validation.x);
    expect(maxAbsDiff(answer.probabilities.flat(), served.flat())).toBeLessThanOrEqual(1e-6);

    await handler.handle({ type: 'predict', requestId: 'p2', model: { ...model, weightData: '!!' }, x: validation.x });
    expect(await when<ErrorMessage>((m) => m.type === 'error')).toEqual({
      type: 'error',
      requestId: 'p2',
      message: 'The model to predict with is not a valid inline tfjs model.',
    });
    await handler.handle({ type: 'predict', requestId: 'p3', model, x: [[1, 2, 3]] });
    expect((await when<ErrorMessage>((m) => m.type === 'error' && m.requestId === 'p3')).message).toMatch(/expected 4 features/);
  });

  it('answers an unknown message with an error', async () => {
    const { handler, posted } = setup();
    await handler.handle({ type: 'explode', requestId: 'q' });
    await handler.handle(42);
    expect(posted.filter((m) => m.type === 'error')).toEqual([
      { type: 'error', requestId: 'q', message: 'Unknown message type "explode".' },
      { type: 'error', message: 'Unknown message type null.' },
    ]);
  });
});
