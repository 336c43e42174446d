// Messages and results of the training benchmark (tests/bench), shared by the page, its worker and the Node runner.
import type { TrainConfig } from '../../src/core/modeling/train-config';
import type { LabeledSet } from '../../src/workers/training-protocol';

/** Data of one benchmark task: standardized penguins splits of the default pipeline. */
export interface BenchData {
  train: LabeledSet;
  validation: LabeledSet;
  classes: number;
}

/** What the page asks of the bench worker (which runs beside, not inside, the app's training worker). */
export type ToBenchWorker =
  | { type: 'fit'; data: BenchData; epochs: number; batchSize: number; runs: number }
  | { type: 'engine'; data: BenchData; config: TrainConfig; runs: number }
  | { type: 'yield'; count: number };

/** Answers of the bench worker; times in milliseconds. */
export type FromBenchWorker =
  | { type: 'fit'; backend: string; times: number[]; finalLoss: number }
  | { type: 'engine'; backend: string; simd: boolean | null; times: number[]; yieldTimes: number[] }
  | { type: 'yield'; messageChannelMs: number; setTimeoutMs: number; count: number }
  | { type: 'error'; message: string };

/** Everything the bench page measured, returned to scripts/bench-training.ts. */
export interface TrainingBenchResult {
  backend: string;
  simd: boolean | null;
  rows: { train: number; validation: number };
  /** (a) The app path: createTrainingClient → training worker → done, DEFAULT_TRAIN_CONFIG. */
  appTimes: number[];
  appEnd: string;
  appValAccuracy: number;
  /** The worker's own durationMs of the same runs (without message latency). */
  workerTimes: number[];
  /** (b) model.fit, batch 32, same epochs, in the bench worker on the same backend. */
  fitBackend: string;
  fitTimes: number[];
  /** trainEngine called directly in the bench worker (no client), without and with the MessageChannel yield. */
  engineTimes: number[];
  engineYieldTimes: number[];
  /** (c) Main-thread long tasks (> 50 ms) observed during the app-path runs. */
  longTasks: number[];
  /** (d) Tensors alive in the training worker after 20 train + predict cycles, minus before them. */
  leakedTensors: number;
  cycles: number;
  /** A stop sent after the first epochs arrived: time until done, and how the run ended. */
  stop: { end: string; latencyMs: number; epochsSeenAtStop: number; epochsRun: number };
  /** Cost of one event-loop yield in a worker. */
  yieldCost: { messageChannelMs: number; setTimeoutMs: number; count: number };
}
