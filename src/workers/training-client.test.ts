// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runPipeline } from '../core/data/pipeline';
import { DEFAULT_PIPELINE } from '../core/data/pipeline-state';
import { rawTestRows } from '../core/data/test-rows';
import type { EpochPoint } from '../core/modeling/curves';
import { DEFAULT_TRAIN_CONFIG } from '../core/modeling/train-config';
import type { TrainConfig } from '../core/modeling/train-config';
import { createTrainingClient } from './training-client';
import type { TrainingClient } from './training-client';
import { createTrainingHandler } from './training-handler';
import type { LabeledSet } from './training-protocol';

const { sets } = runPipeline(rawTestRows(), DEFAULT_PIPELINE);
if (!sets) throw new Error('the default pipeline produced no sets');
const data = {
  train: { x: sets.train.xScaled, labels: sets.train.labels } as LabeledSet,
  validation: { x: sets.validation.xScaled, labels: sets.validation.labels } as LabeledSet,
  classes: 3,
};
const quick: TrainConfig = { ...DEFAULT_TRAIN_CONFIG, epochs: 20 };

/** Runs the real handler in-process behind the Worker API, with structured clones and a task hop each way. */
class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  readonly handler = createTrainingHandler({
    post: (message) => {
      const copy = structuredClone(message);
      setTimeout(() => {
        if (!this.terminated) this.onmessage?.({ data: copy });
      }, 0);
    },
  });

  constructor(
    readonly url: string | URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
    void this.handler.init();
  }

  private readonly runIds: string[] = [];

  postMessage(message: unknown): void {
    const copy = structuredClone(message) as { type?: string; runId?: string };
    if (copy.type === 'start' && copy.runId) this.runIds.push(copy.runId);
    setTimeout(() => {
      if (!this.terminated) void this.handler.handle(copy);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
    // A real worker's run dies with it; here the in-process run is stopped so it does not outlive the test.
    for (const runId of this.runIds) void this.handler.handle({ type: 'stop', runId });
  }

  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} });
  }
}

let client: TrainingClient;

beforeEach(() => {
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
  client = createTrainingClient();
});

afterEach(() => {
  client.dispose();
  vi.unstubAllGlobals();
});

describe('createTrainingClient', () => {
  it('starts one module worker lazily and reports its backend', async () => {
    expect(FakeWorker.instances).toHaveLength(0);
    expect(await client.backend()).toBe('cpu');
    expect(await client.backend()).toBe('cpu');
    expect(FakeWorker.instances).toHaveLength(1);
    const [worker] = FakeWorker.instances;
    // The built worker's URL (a ?worker&url import), passed as a string through the Trusted Types policy.
    expect(String(worker?.url)).toMatch(/\/training\.worker\.ts\b/);
    expect(worker?.options).toEqual({ type: 'module', name: 'deploy-lab-training' });
  });

  it('routes epoch batches and the outcome to the run that asked', async () => {
    const points: EpochPoint[] = [];
    const elapsed: number[] = [];
    const run = client.train({ config: quick, ...data }, (batch, ms) => {
      points.push(...batch);
      elapsed.push(ms);
    });
    expect(run.runId).toMatch(/^run-/);
    const outcome = await run.done;
    expect(outcome).toMatchObject({ end: 'completed', epochsRun: 20, backend: 'cpu' });
    expect(outcome.model?.weightSpecs).toHaveLength(4);
    expect(points.map((p) => p.epoch)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(elapsed.length).toBeGreaterThan(0);
  });

  it('stops a run and keeps its weights: those of the epoch it stopped at, not the untrained ones', async () => {
    let epochs = 0;
    const run = client.train({ config: { ...quick, epochs: 1000 }, ...data }, () => {
      epochs++;
      if (epochs === 5) client.stop(run.runId);
    });
    const outcome = await run.done;
    expect(outcome.end).toBe('stopped');
    expect(outcome.epochsRun).toBeGreaterThan(1);
    expect(outcome.epochsRun).toBeLessThan(1000);
    // Seeded: a completed run of as many epochs has the same weights; a one-epoch run (nearly untrained) does not.
    const same = await client.train({ config: { ...quick, epochs: outcome.epochsRun }, ...data }, () => {}).done;
    const first = await client.train({ config: { ...quick, epochs: 1 }, ...data }, () => {}).done;
    expect(outcome.model?.weightData).toBe(same.model?.weightData);
    expect(outcome.model?.weightData).not.toBe(first.model?.weightData);
  });

  it('answers concurrent predictions by request id', async () => {
    const { model } = await client.train({ config: quick, ...data }, () => {}).done;
    if (!model) throw new Error('no model');
    const rows = data.validation.x;
    const [a, b] = await Promise.all([client.predict(model, rows.slice(0, 2)), client.predict(model, rows.slice(0, 5))]);
    expect(a).toHaveLength(2);
    expect(b).toHaveLength(5);
    expect(b.slice(0, 2)).toEqual(a);
  });

  it('rejects a run the worker refused, with its message', async () => {
    await expect(client.train({ config: { ...quick, epochs: 0 }, ...data }, () => {}).done).rejects.toThrow(/whole number of epochs/);
    const first = client.train({ config: quick, ...data }, () => {});
    await expect(client.train({ config: quick, ...data }, () => {}).done).rejects.toThrow(/already in progress/);
    expect((await first.done).end).toBe('completed');
  });

  it('rejects everything pending when the worker crashes, then starts a fresh worker', async () => {
    await client.backend();
    const run = client.train({ config: { ...quick, epochs: 1000 }, ...data }, () => {});
    const prediction = client.predict({ modelTopology: {}, weightSpecs: [], weightData: '' }, [[0, 0, 0, 0]]);
    FakeWorker.instances[0]?.crash('out of memory');
    await expect(run.done).rejects.toThrow('The training worker crashed: out of memory');
    await expect(prediction).rejects.toThrow(/crashed/);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);

    expect(await client.backend()).toBe('cpu');
    expect(FakeWorker.instances).toHaveLength(2);
    expect((await client.train({ config: { ...quick, epochs: 2 }, ...data }, () => {}).done).end).toBe('completed');
  });

  it('rejects backend() when tfjs cannot start in the worker, and tries a fresh worker on the next call', async () => {
    class BrokenWorker extends FakeWorker {
      constructor(url: URL, options: WorkerOptions) {
        super(url, options);
        this.terminated = true; // silence the real handler
        setTimeout(() => this.onmessage?.({ data: { type: 'error', message: 'tfjs could not start: no backend' } }), 0);
      }
    }
    vi.stubGlobal('Worker', BrokenWorker);
    await expect(client.backend()).rejects.toThrow('tfjs could not start: no backend');
    vi.stubGlobal('Worker', FakeWorker);
    expect(await client.backend()).toBe('cpu');
    expect(FakeWorker.instances).toHaveLength(2);
  });

  it('rejects backend() instead of throwing when the worker cannot be created', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('blocked by CSP');
        }
      },
    );
    await expect(client.backend()).rejects.toThrow('blocked by CSP');
    await expect(client.train({ config: quick, ...data }, () => {}).done).rejects.toThrow('blocked by CSP');
  });

  it('dispose terminates the worker and rejects what is pending', async () => {
    await client.backend();
    const run = client.train({ config: { ...quick, epochs: 1000 }, ...data }, () => {});
    client.dispose();
    await expect(run.done).rejects.toThrow('The training client was disposed.');
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });
});
