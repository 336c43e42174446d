import type { EpochPoint } from '../core/modeling/curves';
import type { TrainConfig } from '../core/modeling/train-config';
import type { InlineModel } from '../core/serving/model-artifact';

/** Standardized features (n × 4) and class indices (n) of one split. */
export interface LabeledSet {
  x: number[][];
  labels: number[];
}

/** Messages the page sends to the training worker. */
export type ToTrainingWorker =
  | { type: 'start'; runId: string; config: TrainConfig; train: LabeledSet; validation: LabeledSet; classes: number }
  | { type: 'stop'; runId: string }
  | { type: 'predict'; requestId: string; model: InlineModel; x: number[][] };

/** Why a run ended. */
export type RunEnd = 'completed' | 'stopped' | 'diverged';

/** Messages the training worker sends back; epochs come in batches so a fast run does not flood the page. */
export type FromTrainingWorker =
  | { type: 'ready'; backend: string }
  | { type: 'epochs'; runId: string; points: EpochPoint[]; elapsedMs: number }
  | {
      type: 'done';
      runId: string;
      end: RunEnd;
      /** The weights at the end (after a stop: what was learned so far); null when the run diverged. */
      model: InlineModel | null;
      epochsRun: number;
      durationMs: number;
      backend: string;
      /** tf.memory().numTensors in the worker after the run freed its tensors (stays flat when nothing leaks). */
      numTensors?: number;
    }
  | { type: 'predictions'; requestId: string; probabilities: number[][] }
  | { type: 'error'; runId?: string; requestId?: string; message: string };
