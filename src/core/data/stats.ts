/** Arithmetic mean of finite numbers; NaN for an empty list. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Population standard deviation (divides by n, as the standardizer does); NaN for an empty list. */
export function std(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return Math.sqrt(s / xs.length);
}

/** The q-quantile (0 ≤ q ≤ 1) of numbers by linear interpolation between order statistics (numpy's default). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Median: the 0.5-quantile. */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** One histogram bin: [start, end) except the last, which includes its end. */
export interface Bin {
  start: number;
  end: number;
  count: number;
}

/** Counts values into `bins` equal-width bins spanning [lo, hi] (defaults: the data's min and max). */
export function histogram(xs: readonly number[], bins: number, lo?: number, hi?: number): Bin[] {
  const n = Math.max(1, Math.floor(bins));
  const min = lo ?? Math.min(...xs);
  const max = hi ?? Math.max(...xs);
  if (xs.length === 0 || !Number.isFinite(min) || !Number.isFinite(max)) return [];
  const width = max > min ? (max - min) / n : 1;
  const out: Bin[] = Array.from({ length: n }, (_, i) => ({ start: min + i * width, end: min + (i + 1) * width, count: 0 }));
  for (const x of xs) {
    if (x < min || x > max) continue;
    const i = Math.min(n - 1, Math.floor((x - min) / width));
    (out[i] as Bin).count += 1;
  }
  return out;
}
