// Interface of the training worker's client. The implementation lives in this file too
// (createTrainingClient), written by the engine work; pages use it only through hooks.
import type { EpochPoint } from '../core/modeling/curves';
import type { TrainConfig } from '../core/modeling/train-config';
import type { InlineModel } from '../core/serving/model-artifact';
import type { FromTrainingWorker, LabeledSet, RunEnd, ToTrainingWorker } from './training-protocol';
import { startAppWorker } from './worker-scripts';

/** How a run ended, with its weights (null when it diverged) and timing. */
export interface RunOutcome {
  end: RunEnd;
  model: InlineModel | null;
  epochsRun: number;
  durationMs: number;
  backend: string;
  /** Tensors alive in the worker after the run (a diagnostic: it stays flat when nothing leaks). */
  numTensors?: number;
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

interface PendingRun {
  onEpochs: (points: EpochPoint[], elapsedMs: number) => void;
  resolve: (outcome: RunOutcome) => void;
  reject: (error: Error) => void;
}

interface Pending<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** A promise with its resolve and reject (Promise.withResolvers is not in ES2023). */
function deferred<T>(): Pending<T> & { promise: Promise<T> } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The TrainingClient of the app: one module worker (created on first use), messages routed by runId / requestId.
 * If the worker crashes, every pending promise rejects and the next call starts a fresh worker.
 */
export function createTrainingClient(): TrainingClient {
  let worker: Worker | null = null;
  let ready: (Pending<string> & { promise: Promise<string> }) | null = null;
  let backendName: string | null = null;
  const runs = new Map<string, PendingRun>();
  const predictions = new Map<string, Pending<number[][]>>();
  let nextId = 0;

  /** Ends the worker and rejects everything waiting on it. */
  function fail(error: Error): void {
    worker?.terminate();
    worker = null;
    ready?.reject(error);
    ready = null;
    for (const run of runs.values()) run.reject(error);
    for (const request of predictions.values()) request.reject(error);
    runs.clear();
    predictions.clear();
  }

  function onMessage(message: FromTrainingWorker): void {
    switch (message.type) {
      case 'ready':
        backendName = message.backend;
        ready?.resolve(message.backend);
        return;
      case 'epochs':
        runs.get(message.runId)?.onEpochs(message.points, message.elapsedMs);
        return;
      case 'done': {
        const run = runs.get(message.runId);
        runs.delete(message.runId);
        const { end, model, epochsRun, durationMs, backend, numTensors } = message;
        run?.resolve({ end, model, epochsRun, durationMs, backend, ...(numTensors === undefined ? {} : { numTensors }) });
        return;
      }
      case 'predictions': {
        const request = predictions.get(message.requestId);
        predictions.delete(message.requestId);
        request?.resolve(message.probabilities);
        return;
      }
      case 'error': {
        const error = new Error(message.message);
        if (message.runId !== undefined) {
          runs.get(message.runId)?.reject(error);
          runs.delete(message.runId);
        } else if (message.requestId !== undefined) {
          predictions.get(message.requestId)?.reject(error);
          predictions.delete(message.requestId);
        } else if (backendName === null) {
          // Not about one request, before 'ready': tfjs could not start in this worker. The next call starts a fresh one.
          fail(error);
        }
        return;
      }
    }
  }

  function connect(): Worker {
    if (worker) return worker;
    const created = startAppWorker('training');
    created.onmessage = (event: MessageEvent<FromTrainingWorker>) => onMessage(event.data);
    created.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      if (worker === created) fail(new Error(`The training worker crashed: ${event.message || 'it could not be loaded'}`));
    };
    created.onmessageerror = () => {
      if (worker === created) fail(new Error('The training worker sent a message that could not be read.'));
    };
    worker = created;
    backendName = null;
    ready = deferred<string>();
    // Nobody may be asking for the backend yet; a failure still reaches later backend() calls via fail().
    ready.promise.catch(() => {});
    return created;
  }

  function send(message: ToTrainingWorker): void {
    connect().postMessage(message);
  }

  return {
    backend() {
      try {
        connect();
      } catch (error) {
        return Promise.reject(toError(error));
      }
      return (ready as Pending<string> & { promise: Promise<string> }).promise;
    },

    train({ config, train, validation, classes }, onEpochs) {
      const runId = `run-${++nextId}`;
      const done = new Promise<RunOutcome>((resolve, reject) => {
        runs.set(runId, { onEpochs, resolve, reject });
      });
      try {
        send({ type: 'start', runId, config, train, validation, classes });
      } catch (error) {
        runs.get(runId)?.reject(toError(error));
        runs.delete(runId);
      }
      return { runId, done };
    },

    stop(runId) {
      if (worker && runs.has(runId)) worker.postMessage({ type: 'stop', runId } satisfies ToTrainingWorker);
    },

    predict(model, x) {
      const requestId = `predict-${++nextId}`;
      const result = new Promise<number[][]>((resolve, reject) => {
        predictions.set(requestId, { resolve, reject });
      });
      try {
        send({ type: 'predict', requestId, model, x });
      } catch (error) {
        predictions.get(requestId)?.reject(toError(error));
        predictions.delete(requestId);
      }
      return result;
    },

    dispose() {
      fail(new Error('The training client was disposed.'));
    },
  };
}
