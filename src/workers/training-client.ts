// Interface of the training worker's client. The implementation lives in this file too
// (createTrainingClient), written by the engine work; pages use it only through hooks.
import type { EpochPoint } from '../core/modeling/curves';
import type { TrainConfig } from '../core/modeling/train-config';
import type { InlineModel } from '../core/serving/model-artifact';
import type { LabeledSet, RunEnd } from './training-protocol';

/** How a run ended, with its weights (null when it diverged) and timing. */
export interface RunOutcome {
  end: RunEnd;
  model: InlineModel | null;
  epochsRun: number;
  durationMs: number;
  backend: string;
}

/** A started run: its id (for stop) and a promise of its outcome (rejects if the worker crashes). */
export interface StartedRun {
  runId: string;
  done: Promise<RunOutcome>;
}

/** What the pages can ask of the training worker. */
export interface TrainingClient {
  /** The tfjs backend the worker runs on ("wasm" or "cpu"), once it is ready. */
  backend(): Promise<string>;
  /** Starts a run; `onEpochs` receives batches of epochs (at most ~10 per second). */
  train(args: { config: TrainConfig; train: LabeledSet; validation: LabeledSet; classes: number }, onEpochs: (points: EpochPoint[], elapsedMs: number) => void): StartedRun;
  /** Asks a run to stop after its current epoch; its outcome keeps what was learned. */
  stop(runId: string): void;
  /** Class probabilities (n × classes) for standardized rows, computed in the worker. */
  predict(model: InlineModel, x: number[][]): Promise<number[][]>;
  /** Ends the worker. */
  dispose(): void;
}
