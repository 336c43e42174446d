// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { binIndex, binProportions, driftBand, PSI_EPSILON, psi } from './psi';

describe('binProportions', () => {
  it('k inner edges make k + 1 open-ended bins; a value on an edge goes to the bin above', () => {
    expect(binProportions([0, 1, 1.5, 2, 9], [1, 2])).toEqual([0.2, 0.4, 0.4]);
    expect(binIndex(-1e9, [1, 2])).toBe(0);
    expect(binIndex(1e9, [1, 2])).toBe(2);
  });

  it('gives all zeros for no values, and one bin without edges', () => {
    expect(binProportions([], [1, 2, 3])).toEqual([0, 0, 0, 0]);
    expect(binProportions([5, 6], [])).toEqual([1]);
  });
});

describe('psi', () => {
  it('is 0 for identical distributions', () => {
    expect(psi([0.2, 0.3, 0.5], [0.2, 0.3, 0.5])).toBe(0);
  });

  it('matches a hand-computed value', () => {
    // Σ (a−e)·ln(a/e) = 0.13744 + 0.01116 + 0.00912 + 0.07050
    expect(psi([0.25, 0.25, 0.25, 0.25], [0.1, 0.2, 0.3, 0.4])).toBeCloseTo(0.228219, 5);
  });

  it('stays finite for empty bins thanks to the epsilon floor', () => {
    // (1 − 0.5)·ln(1/0.5) + (1e-4 − 0.5)·ln(1e-4/0.5)
    const expected = 0.5 * Math.log(2) + (PSI_EPSILON - 0.5) * Math.log(PSI_EPSILON / 0.5);
    expect(psi([0.5, 0.5], [1, 0])).toBeCloseTo(expected, 12);
    expect(psi([0.5, 0.5], [1, 0])).toBeCloseTo(4.6044, 3);
    expect(psi([0, 1], [0, 1])).toBe(0);
  });

  it('is symmetric in expected and actual', () => {
    expect(psi([0.1, 0.9], [0.6, 0.4])).toBeCloseTo(psi([0.6, 0.4], [0.1, 0.9]), 12);
  });
});

describe('driftBand', () => {
  it.each([
    [0, 'none'],
    [0.0999, 'none'],
    [0.1, 'moderate'],
    [0.25, 'moderate'],
    [0.2501, 'major'],
    [5, 'major'],
  ])('PSI %d → %s', (value, band) => {
    expect(driftBand(value)).toBe(band);
  });
});
