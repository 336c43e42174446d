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

  it('is NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
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
  it('gives the same numbers as sorting, for any durations', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 1e4, noNaN: true })), { maxLength: 400 }), (xs) => {
        expect(summarizeBySelection(Float64Array.from(xs))).toEqual(latencySummary(xs));
      }),
      { numRuns: 500 },
    );
  });
});
