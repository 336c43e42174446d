/**
 * Floor for a bin's proportion before taking logs. An empty bin (proportion 0) would make
 * ln(a/e) infinite; flooring at 1e-4 (one in 10,000) keeps PSI finite while still letting a bin
 * that went from "never" to "often" dominate the sum. Common choices are 1e-4 to 1e-6; smaller floors
 * inflate PSI for a single stray value, larger ones hide real gaps.
 */
export const PSI_EPSILON = 1e-4;

/** Index of the bin of `v` for inner cut points `edges` (ascending): bin i holds edges[i−1] ≤ v < edges[i]. */
export function binIndex(v: number, edges: ArrayLike<number>): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (v < (edges[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Share of `values` in each bin (sums to 1; all zeros for no values). `edges` are k ascending inner
 * cut points, giving k + 1 bins with open ends: (−∞, e0), [e0, e1), …, [e(k−1), +∞).
 */
export function binProportions(values: readonly number[], edges: readonly number[]): number[] {
  const counts = new Array<number>(edges.length + 1).fill(0);
  for (const v of values) {
    const b = binIndex(v, edges);
    counts[b] = (counts[b] as number) + 1;
  }
  const n = values.length;
  return n === 0 ? counts : counts.map((c) => c / n);
}

/**
 * Population Stability Index between two binned distributions (same bins, proportions):
 * Σ (a − e)·ln(a / e), each proportion floored at PSI_EPSILON. 0 means identical; it grows with the shift.
 */
export function psi(expected: readonly number[], actual: readonly number[]): number {
  let sum = 0;
  const k = Math.max(expected.length, actual.length);
  for (let i = 0; i < k; i++) {
    const e = Math.max(expected[i] ?? 0, PSI_EPSILON);
    const a = Math.max(actual[i] ?? 0, PSI_EPSILON);
    sum += (a - e) * Math.log(a / e);
  }
  return sum;
}

/** How worrying a PSI is. */
export type DriftBand = 'none' | 'moderate' | 'major';

/** Where the bands start: PSI from 0.1 is a moderate shift, above 0.25 a major one. */
export const DRIFT_BAND_LIMITS = { moderate: 0.1, major: 0.25 } as const;

/**
 * Reads a PSI with the rule of thumb from credit scoring (Siddiqi 2006, "Credit Risk Scorecards";
 * Yurdakul 2018, "Statistical properties of the population stability index"): below 0.1 no significant
 * shift, 0.1 to 0.25 a moderate shift worth a look, above 0.25 a major shift.
 */
export function driftBand(psi: number): DriftBand {
  if (psi < DRIFT_BAND_LIMITS.moderate) return 'none';
  if (psi <= DRIFT_BAND_LIMITS.major) return 'moderate';
  return 'major';
}
