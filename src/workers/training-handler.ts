import * as tf from '@tensorflow/tfjs-core';
import type { EpochPoint } from '../core/modeling/curves';
import { inlineModelSchema } from '../core/serving/model-artifact';
import type { InlineModel } from '../core/serving/model-artifact';
import { ensureBackend } from '../ml/backend';
import { inlineModelToArtifacts, predictorFromArtifacts } from '../ml/load-predictor';
import { trainEngine } from '../ml/train-engine';
import { createEventLoopYield } from './event-loop-yield';
import type { EventLoopYield } from './event-loop-yield';
import type { FromTrainingWorker, ToTrainingWorker } from './training-protocol';

/** What the handler needs from its host (the worker, or a test). */
export interface TrainingHandlerOptions {
  /** Sends a message to the page (self.postMessage in the worker). */
  post: (message: FromTrainingWorker) => void;
  /** Minimum time between two 'epochs' messages (default 100 ms, so the page re-renders ≤ 10 times a second). */
  epochsIntervalMs?: number;
  /** Creates the yield awaited between epochs (default: a MessageChannel round trip). */
  createYield?: () => EventLoopYield;
}

/** The training worker's logic, separate from `self` so tests can drive it directly. */
export interface TrainingHandler {
  /** Selects the tfjs backend once and posts {type:'ready'}; resolves to the backend name, or null after posting an error. */
  init(): Promise<string | null>;
  /** Handles one message from the page; never throws (every failure is posted as {type:'error'}). */
  handle(message: unknown): Promise<void>;
}

type StartMessage = Extract<ToTrainingWorker, { type: 'start' }>;
type PredictMessage = Extract<ToTrainingWorker, { type: 'predict' }>;

/** A plain message for any thrown value. */
function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : 'unknown error';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The runId / requestId of a message, copied into an error about it so the page can route it. */
function idsOf(message: unknown): { runId?: string; requestId?: string } {
  if (!isRecord(message)) return {};
  return {
    ...(typeof message.runId === 'string' ? { runId: message.runId } : {}),
    ...(typeof message.requestId === 'string' ? { requestId: message.requestId } : {}),
  };
}

async function predictWith(model: InlineModel, x: number[][]): Promise<number[][]> {
  const parsed = inlineModelSchema.safeParse(model);
  if (!parsed.success) throw new Error('The model to predict with is not a valid inline tfjs model.');
  const predictor = await predictorFromArtifacts(inlineModelToArtifacts(parsed.data));
  try {
    return await predictor.predict(x);
  } finally {
    predictor.dispose();
  }
}

/** Creates the handler of the training worker: one run at a time, batched epochs, stop between epochs, predictions. */
export function createTrainingHandler(options: TrainingHandlerOptions): TrainingHandler {
  const { post, epochsIntervalMs = 100, createYield = createEventLoopYield } = options;
  let ready: Promise<string> | null = null;
  let current: { runId: string; stopRequested: boolean } | null = null;

  function selectBackend(): Promise<string> {
    if (!ready) {
      ready = ensureBackend().then((backend) => {
        post({ type: 'ready', backend });
        return backend;
      });
      ready.catch(() => {
        ready = null; // a later message retries
      });
    }
    return ready;
  }

  async function train(message: StartMessage, backend: string, state: { stopRequested: boolean }): Promise<void> {
    const { runId } = message;
    const started = performance.now();
    let pending: EpochPoint[] = [];
    let lastPost = Number.NEGATIVE_INFINITY;
    const flush = () => {
      if (pending.length === 0) return;
      lastPost = performance.now();
      post({ type: 'epochs', runId, points: pending, elapsedMs: lastPost - started });
      pending = [];
    };
    const pause = createYield();
    try {
      const result = await trainEngine(
        message.config,
        { train: message.train, validation: message.validation, classes: message.classes },
        {
          onEpoch: (point) => {
            pending.push(point);
            if (performance.now() - lastPost >= epochsIntervalMs) flush();
          },
          shouldStop: () => state.stopRequested,
          betweenEpochs: pause.next,
        },
      );
      flush();
      post({
        type: 'done',
        runId,
        end: result.end,
        model: result.model,
        epochsRun: result.epochsRun,
        durationMs: performance.now() - started,
        backend,
        numTensors: tf.memory().numTensors,
      });
    } catch (error) {
      flush();
      post({ type: 'error', runId, message: messageOf(error) });
    } finally {
      pause.close();
    }
  }

  async function predict(message: PredictMessage): Promise<void> {
    try {
      post({ type: 'predictions', requestId: message.requestId, probabilities: await predictWith(message.model, message.x) });
    } catch (error) {
      post({ type: 'error', requestId: message.requestId, message: messageOf(error) });
    }
  }

  async function handle(message: unknown): Promise<void> {
    let backend: string;
    try {
      backend = await selectBackend();
    } catch (error) {
      post({ type: 'error', ...idsOf(message), message: `tfjs could not start: ${messageOf(error)}` });
      return;
    }
    const type = isRecord(message) ? message.type : undefined;
    if (type === 'stop') {
      const { runId } = message as Extract<ToTrainingWorker, { type: 'stop' }>;
      // A stop for a run that already ended is not an error: the two messages crossed.
      if (current && current.runId === runId) current.stopRequested = true;
    } else if (type === 'predict') {
      await predict(message as PredictMessage);
    } else if (type === 'start') {
      const start = message as StartMessage;
      if (current) {
        post({ type: 'error', runId: start.runId, message: 'A training run is already in progress: stop it or wait until it ends.' });
        return;
      }
      // Set before any await, so a second 'start' queued behind this one sees it.
      const state = { runId: start.runId, stopRequested: false };
      current = state;
      try {
        await train(start, backend, state);
      } finally {
        current = null;
      }
    } else {
      post({ type: 'error', ...idsOf(message), message: `Unknown message type ${JSON.stringify(type ?? null)}.` });
    }
  }

  return {
    async init() {
      try {
        return await selectBackend();
      } catch (error) {
        post({ type: 'error', message: `tfjs could not start: ${messageOf(error)}` });
        return null;
      }
    },
    handle,
  };
}
