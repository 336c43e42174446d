// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { applyScaler, fitScaler } from './scaler';

describe('fitScaler and applyScaler (min–max)', () => {
  it('fits per-column minima and maxima and maps them to 0 and 1', () => {
    const s = fitScaler('minmax', [
      [2, 10],
      [6, 30],
      [4, 20],
    ]);
    expect(s).toEqual({ kind: 'minmax', min: [2, 10], max: [6, 30] });
    expect(applyScaler(s, [5, 10])).toEqual([0.75, 0]);
  });

  it('fits nothing on no rows', () => {
    expect(fitScaler('minmax', [])).toEqual({ kind: 'minmax', min: [], max: [] });
  });

  it('gives 0 for a constant column instead of dividing by zero', () => {
    const s = fitScaler('minmax', [[3], [3]]);
    expect(applyScaler(s, [3])).toEqual([0]);
    expect(applyScaler(s, [7])).toEqual([0]);
  });

  it('applies a z-score scaler as (x − mean) / std', () => {
    const s = fitScaler('standard', [[1], [3]]);
    expect(s).toEqual({ kind: 'standard', mean: [2], std: [1] });
    expect(applyScaler(s, [4])).toEqual([2]);
  });
});
