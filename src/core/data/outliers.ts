import { mean, quantile, std } from './stats';

/** How outliers are found: outside the IQR fences (Tukey) or beyond a z-score. */
export type OutlierRule = 'iqr' | 'zscore';

/** The interval inside which a value is not an outlier, with the numbers it came from. */
export interface OutlierBounds {
  rule: OutlierRule;
  threshold: number;
  lower: number;
  upper: number;
  /** IQR rule: first and third quartiles; z-score rule: mean and std. */
  center: [number, number];
}

/**
 * Bounds for one feature. IQR ×k: [Q1 − k·IQR, Q3 + k·IQR] (k = 1.5 is Tukey's fence);
 * z-score > t: [mean − t·std, mean + t·std] with the population std.
 */
export function outlierBounds(values: readonly number[], rule: OutlierRule, threshold: number): OutlierBounds {
  if (rule === 'iqr') {
    const q1 = quantile(values, 0.25);
    const q3 = quantile(values, 0.75);
    const iqr = q3 - q1;
    return { rule, threshold, lower: q1 - threshold * iqr, upper: q3 + threshold * iqr, center: [q1, q3] };
  }
  const m = mean(values);
  const s = std(values);
  return { rule, threshold, lower: m - threshold * s, upper: m + threshold * s, center: [m, s] };
}

/** True when a value falls outside the bounds. */
export function isOutlier(value: number, bounds: OutlierBounds): boolean {
  return value < bounds.lower || value > bounds.upper;
}
