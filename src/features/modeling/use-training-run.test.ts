import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import { FakeTrainingClient, fakePoints, finishRun } from './fake-training-client';
import type { FakeRun } from './fake-training-client';
import { getModelSession, resetModelSession } from './model-session';
import { INTERRUPTED } from './run-format';
import { UI_UPDATE_MS, useTrainingRun } from './use-training-run';
import type { TrainingInput } from './use-training-run';

const input: TrainingInput = {
  train: { x: [[0, 0, 0, 0]], labels: [0] },
  validation: { x: [[0, 0, 0, 0]], labels: [0] },
  classes: 3,
  dataKey: 'messy=0',
};

describe('useTrainingRun', () => {
  beforeEach(() => resetModelSession());

  it('records the run and writes epoch points at most once per UI_UPDATE_MS', async () => {
    const client = new FakeTrainingClient('hold');
    const { result } = renderHook(() => useTrainingRun(client, input, 'train'));
    let outcome: Promise<unknown> = Promise.resolve();
    act(() => {
      outcome = result.current.start(DEFAULT_TRAIN_CONFIG);
    });
    const run = client.runs[0] as FakeRun;
    expect(getModelSession().runs[0]).toMatchObject({ status: 'running', source: 'train', dataKey: 'messy=0', config: DEFAULT_TRAIN_CONFIG });

    // Twenty batches in one burst: the first is written at once, the rest wait for the next slot.
    const points = fakePoints(20);
    act(() => {
      for (const p of points) run.onEpochs([p], p.epoch * 2);
    });
    expect(getModelSession().runs[0]?.points).toHaveLength(1);
    await waitFor(() => expect(getModelSession().runs[0]?.points).toHaveLength(20), { timeout: UI_UPDATE_MS * 5 });
    expect(getModelSession().runs[0]?.elapsedMs).toBe(40);

    await act(async () => {
      finishRun(run, 'completed', 20, 123);
      await outcome;
    });
    expect(getModelSession().runs[0]).toMatchObject({ status: 'completed', durationMs: 123, backend: 'wasm' });
    expect(result.current.running).toBe(false);
  });

  it('refuses a second start while a run is going', async () => {
    const client = new FakeTrainingClient('hold');
    const { result } = renderHook(() => useTrainingRun(client, input, 'tune'));
    let second: unknown;
    await act(async () => {
      void result.current.start(DEFAULT_TRAIN_CONFIG);
      second = await result.current.start(DEFAULT_TRAIN_CONFIG);
    });
    expect(second).toBeNull();
    expect(client.runs).toHaveLength(1);
    expect(getModelSession().runs).toHaveLength(1);
  });

  it('records a worker crash as an error the page can retry', async () => {
    const client = new FakeTrainingClient(() => ({ crash: 'The training worker crashed: boom' }));
    const { result } = renderHook(() => useTrainingRun(client, input, 'train'));
    await act(async () => {
      await result.current.start(DEFAULT_TRAIN_CONFIG);
    });
    expect(result.current.crash).toBe('The training worker crashed: boom');
    expect(getModelSession().runs[0]).toMatchObject({ status: 'error', error: 'The training worker crashed: boom' });
    expect(result.current.running).toBe(false);
  });

  it('marks a run still going as interrupted when the page goes away', () => {
    const client = new FakeTrainingClient('hold');
    const { result, unmount } = renderHook(() => useTrainingRun(client, input, 'train'));
    act(() => {
      void result.current.start(DEFAULT_TRAIN_CONFIG);
    });
    unmount();
    expect(getModelSession().runs[0]).toMatchObject({ status: 'error', error: INTERRUPTED });
  });
});
