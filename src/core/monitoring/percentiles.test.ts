// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { latencySummary, percentile, summarizeBySelection } from './percentiles';

// Expected values computed with numpy: np.percentile(x, p) (default method="linear").
describe('percentile (numpy linear)', () => {
  it.each([
    [[1, 2, 3, 4], 50, 2.5],
    [[1, 2, 3, 4], 95, 3.85],
    [[1, 2, 3, 4], 99, 3.97],
    [[15, 20, 35, 40, 50], 40, 29],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 9.55],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0, 1],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100, 10],
    [[7], 99, 7],
  ])('percentile(%j, %d) = %d', (xs, p, expected) => {
    expect(percentile(xs, p)).toBeCloseTo(expected, 10);
  });

  it('is NaN for no values or a NaN p, and clamps p to 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(percentile([1, 2, 3], Number.NaN)).toBeNaN();
    expect(percentile([1, 2, 3], 150)).toBe(3);
    expect(percentile([1, 2, 3], -20)).toBe(1);
  });
});

describe('latencySummary', () => {
  it('sorts unsorted durations and reports p50/p95/p99 in ms', () => {
    // np.percentile([12, 3, 7, 100, 5], [50, 95, 99]) → [7, 82.4, 96.48]
    const s = latencySummary([12, 3, 7, 100, 5]);
    expect(s.count).toBe(5);
    expect(s.p50).toBeCloseTo(7, 10);
    expect(s.p95).toBeCloseTo(82.4, 10);
    expect(s.p99).toBeCloseTo(96.48, 10);
  });

  it('is NaN with count 0 for no requests', () => {
    expect(latencySummary([])).toEqual({ count: 0, p50: Number.NaN, p95: Number.NaN, p99: Number.NaN });
  });
});

describe('summarizeBySelection', () => {
  // From 64 values on it selects instead of sorting. Expected: np.percentile(x, [50, 95, 99]).
  it.each([
    ['1..100 shuffled', Array.from({ length: 100 }, (_, i) => ((i * 37) % 100) + 1), [50.5, 95.05, 99.01]],
    ['squares 69², 68², … 0 (descending)', Array.from({ length: 70 }, (_, i) => (69 - i) ** 2), [1190.5, 4297.05, 4666.47]],
    ['95 zeros and 5 ones (p95 between a 0 and a 1)', Array.from({ length: 100 }, (_, i) => (i % 20 === 7 ? 1 : 0)), [0, 0.05, 1]],
    ['64 values, each twice', Array.from({ length: 64 }, (_, i) => ((i * 13) % 64) * 0.5), [15.75, 29.925, 31.185]],
    ['100 equal values', Array.from({ length: 100 }, () => 7), [7, 7, 7]],
  ])('%s', (_, xs, [p50, p95, p99]) => {
    const s = summarizeBySelection(Float64Array.from(xs));
    expect(s.count).toBe(xs.length);
    expect(s.p50).toBeCloseTo(p50 as number, 9);
    expect(s.p95).toBeCloseTo(p95 as number, 9);
    expect(s.p99).toBeCloseTo(p99 as number, 9);
  });

  it('gives the same numbers as sorting for large groups (the selection path)', () => {
    // fast-check's default size keeps arrays short: without minLength the n ≥ 64 path would hardly run.
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e4, noNaN: true })), { minLength: 64, maxLength: 300 }), (xs) => {
        expect(summarizeBySelection(Float64Array.from(xs))).toEqual(latencySummary(xs));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same numbers as sorting, for any durations', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1e4, noNaN: true })), { maxLength: 400 }), (xs) => {
        expect(summarizeBySelection(Float64Array.from(xs))).toEqual(latencySummary(xs));
      }),
      { numRuns: 500 },
    );
  });
});
