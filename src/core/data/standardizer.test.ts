// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitStandardizer, standardize } from './standardizer';

function columnStats(matrix: number[][], j: number): { mean: number; std: number } {
  const col = matrix.map((row) => row[j] as number);
  const mean = col.reduce((a, b) => a + b, 0) / col.length;
  const std = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length);
  return { mean, std };
}

/** Matrices of penguin-like magnitudes (3 columns, 2–60 rows); values have 2 decimals like the data. */
const matrixArb = fc.array(
  fc.tuple(
    fc.integer({ min: 3000, max: 6000 }).map((v) => v / 100),
    fc.integer({ min: 17000, max: 23000 }).map((v) => v / 100),
    fc.integer({ min: 2700, max: 6300 }),
  ),
  { minLength: 2, maxLength: 60 },
);

const isConstant = (matrix: number[][], j: number) => matrix.every((row) => row[j] === matrix[0]?.[j]);

describe('fitStandardizer', () => {
  it('computes the population mean and standard deviation per column', () => {
    const s = fitStandardizer([
      [1, 10],
      [2, 20],
      [3, 30],
      [4, 40],
    ]);
    expect(s.mean).toEqual([2.5, 25]);
    expect(s.std[0]).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(s.std[1]).toBeCloseTo(Math.sqrt(125), 12);
  });

  it('makes the rows it was fitted on mean 0 and std 1 (within 1e-9)', () => {
    fc.assert(
      fc.property(matrixArb, (matrix) => {
        const s = fitStandardizer(matrix);
        const z = matrix.map((row) => standardize(s, row));
        for (let j = 0; j < 3; j++) {
          const { mean, std } = columnStats(z, j);
          expect(Math.abs(mean)).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(std - (isConstant(matrix, j) ? 0 : 1))).toBeLessThanOrEqual(1e-9);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is fitted only on the rows passed: validation rows standardized with it do not change it', () => {
    fc.assert(
      fc.property(matrixArb, matrixArb, (train, validation) => {
        const fitted = fitStandardizer(train);
        const copy = structuredClone(fitted);
        for (const row of validation) standardize(fitted, row);
        expect(fitted).toEqual(copy);
        expect(fitStandardizer(train)).toEqual(fitted);
      }),
      { numRuns: 1000 },
    );
  });

  it('differs from a fit on train + validation (so using the wrong rows is detectable)', () => {
    const train = [
      [1, 100],
      [3, 300],
    ];
    const validation = [[10, 1000]];
    expect(fitStandardizer([...train, ...validation]).mean).not.toEqual(fitStandardizer(train).mean);
  });

  it('gives a constant column std 1 and standardizes its value to exactly 0', () => {
    // 0.1 × 3 and 39.1 × 10 have rounding error in their mean: the std must still be 1, not ~1e-17.
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 1, max: 300 }),
        (value, n) => {
          const s = fitStandardizer(Array.from({ length: n }, () => [value, n]));
          expect(s.std).toEqual([1, 1]);
          expect(s.mean[0]).toBe(value);
          expect(standardize(s, [value, n])).toEqual([0, 0]);
          expect(standardize(s, [value + 1, n])[0]).toBeCloseTo(1, 9);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects an empty matrix', () => {
    expect(() => fitStandardizer([])).toThrow(RangeError);
  });
});

describe('standardize', () => {
  it('applies (x − mean) / std per column', () => {
    expect(standardize({ mean: [10, 0], std: [2, 4] }, [14, -2])).toEqual([2, -0.5]);
  });
});

describe('fitStandardizer edge cases', () => {
  it('names the problem when there are no rows', () => {
    expect(() => fitStandardizer([])).toThrow(new RangeError('fitStandardizer needs at least one row'));
  });

  it('uses std 1 for a column that is not constant but whose spread underflows to 0', () => {
    // Deviations of ±5e-201 square to 2.5e-401, below the smallest double: the computed std is exactly 0.
    const s = fitStandardizer([[0], [1e-200]]);
    expect(s.std).toEqual([1]);
  });
});
