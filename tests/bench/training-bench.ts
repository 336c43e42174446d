// The training benchmark page: measures the app's real training path (createTrainingClient → training worker)
// and, in a bench-only worker on the same backend, the naive model.fit baseline. scripts/bench-training.ts drives it.
import { runPipeline } from '../../src/core/data/pipeline';
import { DEFAULT_PIPELINE } from '../../src/core/data/pipeline-state';
import { rawTestRows } from '../../src/core/data/test-rows';
import type { EpochPoint } from '../../src/core/modeling/curves';
import { DEFAULT_TRAIN_CONFIG } from '../../src/core/modeling/train-config';
import type { TrainConfig } from '../../src/core/modeling/train-config';
import { createTrainingClient } from '../../src/workers/training-client';
import type { RunOutcome, TrainingClient } from '../../src/workers/training-client';
import type { BenchData, FromBenchWorker, ToBenchWorker, TrainingBenchResult } from './bench-protocol';

declare global {
  interface Window {
    __runTrainingBench?: () => Promise<TrainingBenchResult>;
  }
}

const RUNS = 5;
const FIT_RUNS = 3;
const CYCLES = 20;

const status = document.getElementById('status') as HTMLElement;
const say = (text: string) => {
  status.textContent = text;
};

function benchData(): BenchData {
  const { sets } = runPipeline(rawTestRows(), DEFAULT_PIPELINE);
  if (!sets) throw new Error('the default pipeline produced no sets');
  return {
    train: { x: sets.train.xScaled, labels: sets.train.labels },
    validation: { x: sets.validation.xScaled, labels: sets.validation.labels },
    classes: 3,
  };
}

function askBenchWorker(worker: Worker, message: ToBenchWorker): Promise<FromBenchWorker> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromBenchWorker>) => {
      if (event.data.type === 'error') reject(new Error(event.data.message));
      else resolve(event.data);
    };
    worker.onerror = (event) => reject(new Error(`bench worker: ${event.message}`));
    worker.postMessage(message);
  });
}

/** One run through the app's client; resolves with its outcome, wall time and the points the page received. */
async function appRun(client: TrainingClient, data: BenchData, config: TrainConfig): Promise<{ outcome: RunOutcome; ms: number; points: EpochPoint[] }> {
  const points: EpochPoint[] = [];
  const t0 = performance.now();
  const { done } = client.train({ config, ...data }, (batch) => points.push(...batch));
  const outcome = await done;
  return { outcome, ms: performance.now() - t0, points };
}

/** Configs the leak cycles rotate through, so every engine path (mini-batch, sgd, deep, no hidden layer) is covered. */
const CYCLE_CONFIGS: TrainConfig[] = [
  { ...DEFAULT_TRAIN_CONFIG, epochs: 30 },
  { ...DEFAULT_TRAIN_CONFIG, epochs: 10, batchSize: 32, optimizer: 'sgd', learningRate: 0.1 },
  { ...DEFAULT_TRAIN_CONFIG, epochs: 20, hidden: [8, 8, 8], activation: 'tanh' },
  { ...DEFAULT_TRAIN_CONFIG, epochs: 20, hidden: [], activation: 'sigmoid' },
];

async function runBench(): Promise<TrainingBenchResult> {
  const data = benchData();
  const client = createTrainingClient();
  const benchWorker = new Worker(new URL('./fit-bench.worker.ts', import.meta.url), { type: 'module' });
  try {
    say('starting the training worker');
    const backend = await client.backend();

    say('(a) app path: warm-up');
    await appRun(client, data, DEFAULT_TRAIN_CONFIG);
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask', buffered: false });
    const appTimes: number[] = [];
    const workerTimes: number[] = [];
    let last: Awaited<ReturnType<typeof appRun>> | null = null;
    for (let i = 0; i < RUNS; i++) {
      say(`(a) app path: run ${i + 1}/${RUNS}`);
      last = await appRun(client, data, DEFAULT_TRAIN_CONFIG);
      appTimes.push(last.ms);
      workerTimes.push(last.outcome.durationMs);
    }
    // Long-task entries are delivered after the task; give the observer a moment before reading them.
    await new Promise((resolve) => setTimeout(resolve, 200));
    observer.disconnect();

    say('(b) model.fit baseline');
    await askBenchWorker(benchWorker, { type: 'fit', data, epochs: 5, batchSize: 32, runs: 1 });
    const fit = await askBenchWorker(benchWorker, { type: 'fit', data, epochs: DEFAULT_TRAIN_CONFIG.epochs, batchSize: 32, runs: FIT_RUNS });
    say('engine without the client');
    await askBenchWorker(benchWorker, { type: 'engine', data, config: DEFAULT_TRAIN_CONFIG, runs: 1 });
    const engine = await askBenchWorker(benchWorker, { type: 'engine', data, config: DEFAULT_TRAIN_CONFIG, runs: RUNS });
    const yieldCost = await askBenchWorker(benchWorker, { type: 'yield', count: 1000 });
    if (fit.type !== 'fit' || engine.type !== 'engine' || yieldCost.type !== 'yield') throw new Error('bench worker answered out of order');

    say('stop latency');
    const stopConfig = { ...DEFAULT_TRAIN_CONFIG, epochs: 1000 };
    let seenAtStop = 0;
    let stopSentAt = 0;
    const started = client.train({ config: stopConfig, ...data }, (points) => {
      if (stopSentAt > 0) return;
      seenAtStop = points.at(-1)?.epoch ?? 0;
      stopSentAt = performance.now();
      client.stop(started.runId);
    });
    const stopped = await started.done;
    const stop = { end: stopped.end, latencyMs: performance.now() - stopSentAt, epochsSeenAtStop: seenAtStop, epochsRun: stopped.epochsRun };

    say('(d) leak cycles');
    const probe = { ...DEFAULT_TRAIN_CONFIG, epochs: 1 };
    const before = (await appRun(client, data, probe)).outcome.numTensors ?? Number.NaN;
    for (let i = 0; i < CYCLES; i++) {
      const { outcome } = await appRun(client, data, CYCLE_CONFIGS[i % CYCLE_CONFIGS.length] as TrainConfig);
      if (outcome.model) await client.predict(outcome.model, data.validation.x);
    }
    const after = (await appRun(client, data, probe)).outcome.numTensors ?? Number.NaN;

    say('done');
    return {
      backend,
      simd: engine.simd,
      rows: { train: data.train.x.length, validation: data.validation.x.length },
      appTimes,
      appEnd: last?.outcome.end ?? 'none',
      appValAccuracy: last?.points.at(-1)?.valAccuracy ?? Number.NaN,
      workerTimes,
      fitBackend: fit.backend,
      fitTimes: fit.times,
      engineTimes: engine.times,
      engineYieldTimes: engine.yieldTimes,
      longTasks,
      leakedTensors: after - before,
      cycles: CYCLES,
      stop,
      yieldCost,
    };
  } finally {
    benchWorker.terminate();
    client.dispose();
  }
}

window.__runTrainingBench = runBench;
say('ready: call __runTrainingBench()');
