import { describe, expect, it } from 'vitest';
import { logitMetrics } from './logit-metrics';

describe('logitMetrics', () => {
  it('computes the mean softmax cross-entropy and accuracy of logit rows', () => {
    // Row 0: uniform, label 1 (a tie goes to the first class, so it is wrong). Row 1: label 2 is the largest.
    const logits = [0, 0, 0, 1, 2, 3];
    const { loss, accuracy } = logitMetrics(logits, 0, 2, 3, (r) => [1, 2][r] as number);
    const row1 = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 3;
    expect(loss).toBeCloseTo((Math.log(3) + row1) / 2, 12);
    expect(accuracy).toBe(0.5);
  });

  it('reads a block of rows from a longer buffer', () => {
    const logits = [9, 9, 9, 5, 0, 0, 0, 0, 5];
    const { accuracy } = logitMetrics(logits, 1, 2, 3, (r) => [0, 2][r] as number);
    expect(accuracy).toBe(1);
  });

  it('stays exact for huge logits (log-sum-exp shifted by the row maximum)', () => {
    expect(logitMetrics([1000, 0, 0], 0, 1, 3, () => 0).loss).toBeCloseTo(0, 12);
    expect(logitMetrics([1000, 0, 0], 0, 1, 3, () => 1).loss).toBeCloseTo(1000, 9);
  });

  it('turns any NaN or infinite logit into a non-finite loss (divergence) and a wrong answer', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const { loss, accuracy } = logitMetrics([bad, 0, 0], 0, 1, 3, () => 0);
      expect(Number.isFinite(loss)).toBe(false);
      expect(accuracy).toBe(bad === Number.POSITIVE_INFINITY ? 1 : 0);
    }
  });
});
