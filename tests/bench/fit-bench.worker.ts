// Bench-only worker: the naive model.fit baseline and the engine without the app's worker plumbing,
// on the same backend module as the app's training worker (src/ml/backend.ts).
import * as tf from '@tensorflow/tfjs-core';
import { ensureBackend } from '../../src/ml/backend';
import { buildModel, disposeBuiltModel } from '../../src/ml/build-model';
import { trainEngine } from '../../src/ml/train-engine';
import { createEventLoopYield } from '../../src/workers/event-loop-yield';
import type { BenchData, FromBenchWorker, ToBenchWorker } from './bench-protocol';

function toTensors(set: BenchData['train'], classes: number): [tf.Tensor2D, tf.Tensor2D] {
  return [tf.tensor2d(set.x), tf.tidy(() => tf.cast(tf.oneHot(tf.tensor1d(set.labels, 'int32'), classes), 'float32') as tf.Tensor2D)];
}

/** model.fit as a tutorial would write it: mini-batches of 32, validation data, shuffling. */
async function fitOnce(data: BenchData, epochs: number, batchSize: number): Promise<[number, number]> {
  const built = buildModel({ seed: 42, learningRate: 0.03, inputs: data.train.x[0]?.length ?? 4, classes: data.classes });
  const [x, y] = toTensors(data.train, data.classes);
  const validationData = toTensors(data.validation, data.classes);
  try {
    const t0 = performance.now();
    // yieldEvery 'never': in a worker nothing needs the event loop, so the baseline is not slowed by yields.
    const history = await built.model.fit(x, y, { epochs, batchSize, validationData, shuffle: true, verbose: 0, yieldEvery: 'never' });
    const ms = performance.now() - t0;
    return [ms, Number(history.history.loss?.at(-1) ?? Number.NaN)];
  } finally {
    tf.dispose([x, y, ...validationData]);
    disposeBuiltModel(built);
  }
}

async function timeYields(count: number): Promise<FromBenchWorker> {
  const pause = createEventLoopYield();
  let t0 = performance.now();
  for (let i = 0; i < count; i++) await pause.next();
  const messageChannelMs = (performance.now() - t0) / count;
  pause.close();
  t0 = performance.now();
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  const setTimeoutMs = (performance.now() - t0) / count;
  return { type: 'yield', messageChannelMs, setTimeoutMs, count };
}

async function handle(message: ToBenchWorker): Promise<FromBenchWorker> {
  const backend = await ensureBackend();
  if (message.type === 'yield') return timeYields(message.count);
  const times: number[] = [];
  if (message.type === 'fit') {
    let finalLoss = Number.NaN;
    for (let i = 0; i < message.runs; i++) {
      const [ms, loss] = await fitOnce(message.data, message.epochs, message.batchSize);
      times.push(ms);
      finalLoss = loss;
    }
    return { type: 'fit', backend, times, finalLoss };
  }
  const yieldTimes: number[] = [];
  // Alternating runs without and with the yield, so JIT warm-up and machine load hit both alike.
  for (let i = 0; i < message.runs; i++) {
    for (const [withYield, into] of [[false, times], [true, yieldTimes]] as const) {
      const pause = createEventLoopYield();
      const t0 = performance.now();
      await trainEngine(message.config, message.data, withYield ? { betweenEpochs: pause.next } : {});
      into.push(performance.now() - t0);
      pause.close();
    }
  }
  const simd = backend === 'wasm' ? Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) : null;
  return { type: 'engine', backend, simd, times, yieldTimes };
}

self.addEventListener('message', (event: MessageEvent<ToBenchWorker>) => {
  handle(event.data).then(
    (answer) => self.postMessage(answer),
    (error: unknown) => self.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) } satisfies FromBenchWorker),
  );
});
