import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import { fakePoints } from './fake-training-client';
import { gridConfigs } from './tune-grid-builder';
import { sortRuns } from './tune-results-table';
import type { NumberedRun } from './tune-results-table';
import { newRun } from './use-training-run';

function numbered(number: number, valAccuracy: number | null, status: 'completed' | 'queued' | 'diverged' = 'completed'): NumberedRun {
  const run = { ...newRun(DEFAULT_TRAIN_CONFIG, 'tune', 'k', status), points: valAccuracy === null ? [] : fakePoints(3, { valAccuracy }) };
  return { run, number };
}

describe('sortRuns', () => {
  it('sorts by a column in both directions and keeps runs without numbers last', () => {
    const rows = [numbered(1, 0.9), numbered(2, null, 'queued'), numbered(3, 0.98), numbered(4, 0.94)];
    expect(sortRuns(rows, 'valAccuracy', 'descending').map((r) => r.number)).toEqual([3, 4, 1, 2]);
    expect(sortRuns(rows, 'valAccuracy', 'ascending').map((r) => r.number)).toEqual([1, 4, 3, 2]);
    expect(sortRuns(rows, 'number', 'descending').map((r) => r.number)).toEqual([4, 3, 2, 1]);
  });
});

describe('gridConfigs', () => {
  it('crosses rates and units on top of the base settings, rates outer', () => {
    const configs = gridConfigs({ ...DEFAULT_TRAIN_CONFIG, hidden: [16, 16], seed: 7 }, [0.01, 0.1], [4, 32]);
    expect(configs.map((c) => [c.learningRate, c.hidden])).toEqual([
      [0.01, [4, 4]],
      [0.01, [32, 32]],
      [0.1, [4, 4]],
      [0.1, [32, 32]],
    ]);
    expect(configs.every((c) => c.seed === 7 && c.epochs === DEFAULT_TRAIN_CONFIG.epochs)).toBe(true);
  });
});
