// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { histogram, mean, median, quantile, std } from './stats';

describe('mean and std', () => {
  it('computes the mean and the population standard deviation (divides by n)', () => {
    expect(mean([1, 2, 6])).toBe(3);
    // Classic example: deviations from 5 are -3,-1,-1,-1,0,0,2,4; squares sum to 32; 32 / 8 = 4; sqrt 4 = 2.
    expect(std([2, 4, 4, 4, 5, 5, 7, 9])).toBe(2);
    expect(std([-1, 1])).toBe(1);
    expect(std([7])).toBe(0);
  });

  it('gives NaN for an empty list', () => {
    expect(mean([])).toBeNaN();
    expect(std([])).toBeNaN();
  });
});

describe('quantile and median', () => {
  it('sorts a copy numerically (not as text) and leaves the input alone', () => {
    const xs = [10, 9, 100, 1];
    expect(quantile(xs, 0)).toBe(1);
    expect(quantile(xs, 1)).toBe(100);
    expect(xs).toEqual([10, 9, 100, 1]);
  });

  it('interpolates between order statistics like numpy', () => {
    // Sorted [1, 2, 4, 8]: position (4 - 1) * 0.5 = 1.5 → 2 + (4 - 2) * 0.5 = 3.
    expect(quantile([8, 1, 4, 2], 0.5)).toBe(3);
    // Position 3 * 0.25 = 0.75 → 1 + (2 - 1) * 0.75 = 1.75.
    expect(quantile([8, 1, 4, 2], 0.25)).toBe(1.75);
    // Position 3 * (5/6) = 2.5 → 4 + (8 - 4) * 0.5 = 6.
    expect(quantile([8, 1, 4, 2], 5 / 6)).toBeCloseTo(6, 12);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('clamps q to [0, 1]', () => {
    expect(quantile([5, 1, 3], -0.5)).toBe(1);
    expect(quantile([5, 1, 3], 1.5)).toBe(5);
  });

  it('gives NaN for an empty list', () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('histogram', () => {
  it('splits [min, max] into equal bins; the last bin includes max', () => {
    expect(histogram([0, 1, 2, 3, 4, 5, 6], 3)).toEqual([
      { start: 0, end: 2, count: 2 },
      { start: 2, end: 4, count: 2 },
      { start: 4, end: 6, count: 3 },
    ]);
  });

  it('uses the given bounds and skips values outside them, keeping values exactly on them', () => {
    expect(histogram([-1, 0, 5, 9.99, 10, 11], 2, 0, 10)).toEqual([
      { start: 0, end: 5, count: 1 },
      { start: 5, end: 10, count: 3 },
    ]);
  });

  it('floors the bin count and uses at least one bin', () => {
    expect(histogram([0, 4], 2.7)).toHaveLength(2);
    expect(histogram([0, 4], 0)).toEqual([{ start: 0, end: 4, count: 2 }]);
    expect(histogram([0, 4], -3)).toHaveLength(1);
  });

  it('gives bins of width 1 when every value is the same', () => {
    expect(histogram([5, 5], 2)).toEqual([
      { start: 5, end: 6, count: 2 },
      { start: 6, end: 7, count: 0 },
    ]);
  });

  it('returns no bins for no values or a non-finite bound', () => {
    expect(histogram([], 3)).toEqual([]);
    expect(histogram([], 3, 0, 10)).toEqual([]);
    expect(histogram([1], 2, Number.NEGATIVE_INFINITY, 5)).toEqual([]);
    expect(histogram([1], 2, 0, Number.NaN)).toEqual([]);
  });
});

describe('std far from zero', () => {
  it('subtracts the mean before squaring, so a large common offset does not change the spread', () => {
    // Squaring the raw values (or x + mean) loses the small spread to rounding at 1e9; the two-pass formula keeps it.
    const xs = [0.1, 0.2, 0.3, 0.7];
    expect(std(xs.map((x) => x + 1e9))).toBeCloseTo(std(xs), 6);
    expect(std([1e9, 1e9 + 2])).toBe(1);
  });
});
