// Test doubles for the modeling pages: a scriptable training client and prepared data of the reference sizes.
import { vi } from 'vitest';
import { DEFAULT_PIPELINE } from '../../core/data/pipeline-state';
import type { EpochPoint } from '../../core/modeling/curves';
import type { TrainConfig } from '../../core/modeling/train-config';
import type { InlineModel } from '../../core/serving/model-artifact';
import type { PreparedData } from '../../store/prepared-data';
import type { RunOutcome, StartedRun, TrainingClient } from '../../workers/training-client';
import type { RunEnd } from '../../workers/training-protocol';

/** A tiny stand-in for trained weights. */
export const FAKE_MODEL: InlineModel = { modelTopology: {}, weightSpecs: [], weightData: '' };

/** `n` epochs of falling loss that end at the given validation accuracy. */
export function fakePoints(n: number, end: { valAccuracy?: number; accuracy?: number; from?: number } = {}): EpochPoint[] {
  const from = end.from ?? 1;
  return Array.from({ length: n }, (_, i) => {
    const epoch = from + i;
    const t = (i + 1) / n;
    return {
      epoch,
      loss: 1 / (epoch + 1),
      accuracy: 0.5 + t * ((end.accuracy ?? 238 / 240) - 0.5),
      valLoss: 1.1 / (epoch + 1),
      valAccuracy: 0.5 + t * ((end.valAccuracy ?? 50 / 51) - 0.5),
    };
  });
}

/** One run the fake client was asked for, with handles to drive it. */
export interface FakeRun {
  runId: string;
  config: TrainConfig;
  onEpochs: (points: EpochPoint[], elapsedMs: number) => void;
  resolve: (outcome: RunOutcome) => void;
  reject: (error: Error) => void;
}

/** What the fake does when a run starts: finish it by itself (with these points and end), or wait to be driven. */
export type FakeScript = ((config: TrainConfig) => { points: EpochPoint[]; end: RunEnd } | { crash: string }) | 'hold';

/** A TrainingClient that runs nothing: it replays scripted epochs, or waits for the test to drive each run. */
export class FakeTrainingClient implements TrainingClient {
  readonly runs: FakeRun[] = [];
  readonly stop = vi.fn((_runId: string) => undefined);
  readonly dispose = vi.fn(() => undefined);
  script: FakeScript;
  private next = 0;

  constructor(script: FakeScript) {
    this.script = script;
  }

  backend(): Promise<string> {
    return Promise.resolve('wasm');
  }

  predict(): Promise<number[][]> {
    return Promise.reject(new Error('predict is not used by these pages'));
  }

  train(args: Parameters<TrainingClient['train']>[0], onEpochs: FakeRun['onEpochs']): StartedRun {
    const runId = `fake-${++this.next}`;
    let resolve!: FakeRun['resolve'];
    let reject!: FakeRun['reject'];
    const done = new Promise<RunOutcome>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const run: FakeRun = { runId, config: args.config, onEpochs, resolve, reject };
    this.runs.push(run);
    const script = this.script;
    if (script !== 'hold') {
      setTimeout(() => {
        const plan = script(args.config);
        if ('crash' in plan) return reject(new Error(plan.crash));
        onEpochs(plan.points, plan.points.length * 4);
        finishRun(run, plan.end, plan.points.length);
      }, 0);
    }
    return { runId, done };
  }
}

/** Ends a driven run the way the worker would. */
export function finishRun(run: FakeRun, end: RunEnd, epochsRun: number, durationMs = 812): void {
  run.resolve({ end, model: end === 'diverged' ? null : FAKE_MODEL, epochsRun, durationMs, backend: 'wasm' });
}

/** Prepared data with the reference split sizes (240 / 51 / 51); the numbers inside do not matter to the pages. */
export function fakePreparedData(sizes = { train: 240, validation: 51, test: 51 }): PreparedData {
  const set = (n: number) => ({
    rows: Array.from({ length: n }, (_, i) => ({ id: i + 1 })),
    x: Array.from({ length: n }, () => [40, 18, 200, 4000]),
    xScaled: Array.from({ length: n }, () => [0, 0, 0, 0]),
    xModel: Array.from({ length: n }, () => [0, 0, 0, 0]),
    labels: Array.from({ length: n }, (_, i) => i % 3),
    oneHot: [],
  });
  return {
    ok: true,
    state: DEFAULT_PIPELINE,
    notice: null,
    result: { sets: { train: set(sizes.train), validation: set(sizes.validation), test: set(sizes.test) }, blockers: [], features: DEFAULT_PIPELINE.features },
  } as unknown as PreparedData;
}
