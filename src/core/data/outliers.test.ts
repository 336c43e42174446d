import { describe, expect, it } from 'vitest';
import { isOutlier, outlierBounds } from './outliers';
import { quantile } from './stats';

describe('outlier rules (hand-computed)', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 100];

  it('quantiles interpolate like numpy: Q1 = 3.25, Q3 = 7.75 for 1..9,100', () => {
    expect(quantile(values, 0.25)).toBeCloseTo(3.25, 12);
    expect(quantile(values, 0.75)).toBeCloseTo(7.75, 12);
  });

  it('IQR ×1.5 fences are [3.25 − 6.75, 7.75 + 6.75] = [−3.5, 14.5]; only 100 is flagged', () => {
    const b = outlierBounds(values, 'iqr', 1.5);
    expect(b.lower).toBeCloseTo(-3.5, 12);
    expect(b.upper).toBeCloseTo(14.5, 12);
    expect(values.filter((v) => isOutlier(v, b))).toEqual([100]);
  });

  it('z-score > 2 uses mean 14.5 and population std √818.25 ≈ 28.605: flags 100 only', () => {
    const b = outlierBounds(values, 'zscore', 2);
    expect(b.center[0]).toBeCloseTo(14.5, 12);
    expect(b.center[1]).toBeCloseTo(Math.sqrt(818.25), 12);
    expect(values.filter((v) => isOutlier(v, b))).toEqual([100]);
  });

  it('a larger threshold never flags more values', () => {
    for (const rule of ['iqr', 'zscore'] as const) {
      const counts = [0.5, 1, 1.5, 2, 3].map((t) => values.filter((v) => isOutlier(v, outlierBounds(values, rule, t))).length);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    }
  });

  it('a value exactly on a fence is not an outlier; the next value out is', () => {
    // 1..9,100: IQR ×1.5 fences are exactly −3.5 and 14.5 (quarters are exact doubles), z-score ×1 is [14.5 − s, 14.5 + s].
    const iqr = outlierBounds(values, 'iqr', 1.5);
    expect([iqr.lower, iqr.upper]).toEqual([-3.5, 14.5]);
    expect([isOutlier(-3.5, iqr), isOutlier(14.5, iqr)]).toEqual([false, false]);
    expect([isOutlier(-3.5 - 1e-9, iqr), isOutlier(14.5 + 1e-9, iqr)]).toEqual([true, true]);
    const z = outlierBounds(values, 'zscore', 1);
    expect([isOutlier(z.lower, z), isOutlier(z.upper, z)]).toEqual([false, false]);
    expect([isOutlier(z.lower - 1e-9, z), isOutlier(z.upper + 1e-9, z)]).toEqual([true, true]);
  });

  it('reports the numbers behind each fence, and flags values below the lower fence too', () => {
    const iqr = outlierBounds(values, 'iqr', 1.5);
    expect(iqr.center).toEqual([3.25, 7.75]);
    expect(isOutlier(-4, iqr)).toBe(true);
    const z = outlierBounds(values, 'zscore', 2);
    expect(z.lower).toBeCloseTo(14.5 - 2 * Math.sqrt(818.25), 12);
    expect(z.upper).toBeCloseTo(14.5 + 2 * Math.sqrt(818.25), 12);
    expect(isOutlier(-43, z)).toBe(true);
  });
});
