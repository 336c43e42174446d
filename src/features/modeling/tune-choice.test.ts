import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_CONFIG } from '../../core/modeling/train-config';
import { fakePoints } from './fake-training-client';
import { bestRunReason } from './tune-choice';
import type { NumberedRun } from './tune-results-table';
import { newRun } from './use-training-run';

function numbered(number: number, valAccuracy: number, valLoss = 0.1, dataKey = 'k'): NumberedRun {
  const points = fakePoints(3, { valAccuracy }).map((p, i, all) => (i === all.length - 1 ? { ...p, valLoss } : p));
  return { run: { ...newRun(DEFAULT_TRAIN_CONFIG, 'tune', dataKey, 'completed'), points }, number };
}

describe('bestRunReason', () => {
  it('names the runner-up and the margin in validation penguins', () => {
    const runs = [numbered(1, 45 / 51), numbered(2, 48 / 51), numbered(3, 47 / 51)];
    expect(bestRunReason(runs[1] as NumberedRun, runs, 'k', 51)).toMatch(/^It gets 1 more validation penguin right than the next best, run #3 \(47 of 51\)/);
  });

  it('says the loss decides on a tie in accuracy', () => {
    const runs = [numbered(1, 48 / 51, 0.2), numbered(2, 48 / 51, 0.1), numbered(3, 40 / 51)];
    expect(bestRunReason(runs[1] as NumberedRun, runs, 'k', 51)).toMatch(/Run #1 gets as many validation penguins right \(48\); the lower validation loss decides \(0\.100 against 0\.200\)/);
  });

  it('is honest when every run scores the same, and ignores runs on other data', () => {
    const runs = [numbered(1, 1, 0.0002), numbered(2, 1, 0.0001), numbered(3, 0.5, 0.9, 'other data')];
    expect(bestRunReason(runs[1] as NumberedRun, runs, 'k', 51)).toMatch(/^All 2 runs get 51 of 51 validation penguins right, so only the validation loss separates them.*practically equal/);
    expect(bestRunReason(runs[1] as NumberedRun, [runs[1] as NumberedRun], 'k', 51)).toBeNull();
  });
});
