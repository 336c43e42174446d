import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '../core/modeling/train-config';
import { CORRUPT_RUNS_NOTICE, MAX_STORED_RUNS, loadStoredRuns, saveStoredRuns, writeRawRunsForTests } from './runs-store';
import type { StoredRun } from './runs-store';

function run(i: number, status: StoredRun['status'] = 'completed'): StoredRun {
  return {
    id: `train-${i}`,
    source: i % 2 ? 'tune' : 'train',
    config: DEFAULT_TRAIN_CONFIG,
    points: [{ epoch: 1, loss: 1.1, accuracy: 0.4, valLoss: status === 'diverged' ? Number.NaN : 1.2, valAccuracy: 0.3 }],
    status,
    model: null,
    durationMs: 500,
    elapsedMs: 500,
    backend: 'cpu',
    startedAt: new Date(2026, 0, 1, 10, i).toISOString(),
    dataKey: 'train=0.7',
    afterTestSeen: false,
  };
}

describe('runs store (IndexedDB)', () => {
  it('round-trips runs (a diverged run with NaN too) and the chosen run', async () => {
    await saveStoredRuns([run(2, 'diverged'), run(1)], 'train-1');
    const loaded = await loadStoredRuns();
    expect(loaded.notice).toBeNull();
    expect(loaded.chosenRunId).toBe('train-1');
    expect(loaded.runs.map((r) => r.id)).toEqual(['train-2', 'train-1']);
    expect(loaded.runs[0]?.points[0]?.valLoss).toBeNaN();
  });

  it(`keeps only the newest ${MAX_STORED_RUNS} runs, and drops a chosen id whose run is gone`, async () => {
    const runs = Array.from({ length: 25 }, (_, i) => run(25 - i));
    await saveStoredRuns(runs, 'train-2');
    const loaded = await loadStoredRuns();
    expect(loaded.runs).toHaveLength(MAX_STORED_RUNS);
    expect(loaded.runs[0]?.id).toBe('train-25');
    expect(loaded.runs.at(-1)?.id).toBe('train-6');
    expect(loaded.chosenRunId).toBeNull();
  });

  it('corrupt data → empty, cleared, and a notice', async () => {
    await writeRawRunsForTests({ runs: [{ id: 3, status: 'bogus' }], chosenRunId: null });
    expect(await loadStoredRuns()).toEqual({ runs: [], chosenRunId: null, notice: CORRUPT_RUNS_NOTICE });
    expect(await loadStoredRuns()).toEqual({ runs: [], chosenRunId: null, notice: null });
  });
});
