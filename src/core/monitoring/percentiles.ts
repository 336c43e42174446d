/**
 * The p-th percentile (p in 0..100) of ascending-sorted numbers, by linear interpolation between the
 * closest ranks: rank h = (n − 1)·p/100, value = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * This is numpy's default (`method="linear"`, Hyndman & Fan type 7), so results match `np.percentile`.
 * NaN for an empty array; p is clamped to 0..100.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(p)) return Number.NaN;
  const h = ((n - 1) * Math.min(100, Math.max(0, p))) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  if (lo + 1 >= n) return a;
  return a + (h - lo) * ((sorted[lo + 1] as number) - a);
}

/** Latency percentiles of a set of requests, in ms (NaN when there were none). */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
}

/** Summarizes request durations (ms, any order) into count, p50, p95 and p99 (numpy's linear percentiles). */
export function latencySummary(durationsMs: ArrayLike<number>): LatencySummary {
  // A Float64Array sorts numerically and natively: faster than Array#sort with a comparator.
  const sorted = Float64Array.from(durationsMs).sort();
  return summarizeSorted(sorted);
}

/** The same summary from durations already sorted ascending (no copy). */
export function summarizeSorted(sorted: ArrayLike<number>): LatencySummary {
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

/** Puts the k-th smallest of a[left..right] at a[k], smaller-or-equal values before it, larger-or-equal after (Hoare quickselect, in place). */
function select(a: Float64Array, k: number, left: number, right: number): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    // Median of three as pivot: sorted or constant input stays O(n).
    const mid = (lo + hi) >>> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * The same summary as latencySummary without a full sort: three quickselects on nested ranges, O(n).
 * Reorders `values` (pass a scratch copy). For large groups, where an n·log n sort dominates the dashboard.
 */
export function summarizeBySelection(values: Float64Array): LatencySummary {
  const n = values.length;
  if (n < 64) return summarizeSorted(values.sort());
  const at = (p: number, from: number): { value: number; next: number } => {
    const h = ((n - 1) * p) / 100;
    const k = Math.floor(h);
    select(values, k, from, n - 1);
    const a = values[k] as number;
    if (h === k || k + 1 >= n) return { value: a, next: k };
    // Everything right of k is ≥ a[k]: the (k+1)-th smallest is their minimum.
    let b = Number.POSITIVE_INFINITY;
    for (let i = k + 1; i < n; i++) if ((values[i] as number) < b) b = values[i] as number;
    return { value: a + (h - k) * (b - a), next: k };
  };
  const p50 = at(50, 0);
  const p95 = at(95, p50.next);
  const p99 = at(99, p95.next);
  return { count: n, p50: p50.value, p95: p95.value, p99: p99.value };
}
