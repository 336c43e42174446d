import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import { addRun, chooseRun, forgetRestoreForTests, getModelSession, resetModelSession, restoreModelSession, updateRun } from './model-session';

describe('model session persistence', () => {
  it('a finished run and the chosen run come back after a reload; a running run is not saved', async () => {
    await restoreModelSession();
    const base = { source: 'train' as const, config: DEFAULT_TRAIN_CONFIG, points: [], model: null, durationMs: 0, elapsedMs: 0, backend: 'cpu', startedAt: '2026-01-01T10:00:00.000Z', dataKey: '', afterTestSeen: false };
    addRun({ ...base, id: 'done', status: 'running' });
    addRun({ ...base, id: 'still-running', status: 'running' });
    updateRun('done', { status: 'completed', points: [{ epoch: 1, loss: 1, accuracy: 0.5, valLoss: 1, valAccuracy: 0.5 }] });
    chooseRun('done');
    await new Promise((r) => setTimeout(r, 50));
    // A reload: the module's memory is gone, IndexedDB is not.
    forgetRestoreForTests();
    resetModelSession();
    await restoreModelSession();
    expect(getModelSession().runs.map((r) => r.id)).toEqual(['done']);
    expect(getModelSession().chosenRunId).toBe('done');
  });
});
