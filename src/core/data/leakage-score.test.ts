import { describe, expect, it } from 'vitest';
import { leakageScores } from './leakage-score';
import { DEFAULT_PIPELINE } from './pipeline-state';
import type { PipelineState } from './pipeline-state';
import { rawTestRows } from './test-rows';

const raw = rawTestRows();

describe('leakageScores', () => {
  it('scores the same split both ways, deterministically, with shares in [0, 1]', () => {
    const a = leakageScores(raw, DEFAULT_PIPELINE);
    expect(a).toEqual(leakageScores(raw, { ...DEFAULT_PIPELINE, fitScalerOnAll: true }));
    if (!a) throw new Error('no scores');
    for (const v of [a.trainOnly.validation, a.trainOnly.test, a.allRows.validation, a.allRows.test]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(a.scored).toBe(102);
    expect(a.trainOnly.test).toBeGreaterThan(0.9);
  });

  it('on the default data the leak changes no prediction (the honest "tiny" case the page reports)', () => {
    const s = leakageScores(raw, DEFAULT_PIPELINE);
    expect(s?.changedPredictions).toBe(0);
    expect(s?.allRows).toEqual(s?.trainOnly);
  });

  it('with few training rows the leak does move a prediction and the test score', () => {
    const small: PipelineState = { ...DEFAULT_PIPELINE, split: { ...DEFAULT_PIPELINE.split, train: 10, validation: 45, test: 45 } };
    const s = leakageScores(raw, small);
    if (!s) throw new Error('no scores');
    expect(s.scored).toBe(308);
    expect(s.changedPredictions).toBe(1);
    expect(s.allRows.test).not.toBe(s.trainOnly.test);
  });

  it('is null when the split leaves no usable sets', () => {
    expect(leakageScores(raw, { ...DEFAULT_PIPELINE, split: { ...DEFAULT_PIPELINE.split, train: 95, validation: 3, test: 2 } })).toBeNull();
  });
});
