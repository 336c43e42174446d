/** Per-feature mean and standard deviation, fitted on the training rows only. */
export interface Standardizer {
  mean: number[];
  std: number[];
}

/**
 * Fits a z-score standardizer on a matrix (rows × features): population mean and standard
 * deviation per column. A constant column gets std 1 so applying it never divides by zero.
 */
export function fitStandardizer(matrix: readonly (readonly number[])[]): Standardizer {
  const first = matrix[0];
  if (!first) throw new RangeError('fitStandardizer needs at least one row');
  const k = first.length;
  const mean = new Array<number>(k).fill(0);
  const std = new Array<number>(k).fill(0);
  for (const row of matrix) for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) + (row[j] as number);
  for (let j = 0; j < k; j++) mean[j] = (mean[j] as number) / matrix.length;
  for (const row of matrix) {
    for (let j = 0; j < k; j++) {
      const d = (row[j] as number) - (mean[j] as number);
      std[j] = (std[j] as number) + d * d;
    }
  }
  for (let j = 0; j < k; j++) {
    const s = Math.sqrt((std[j] as number) / matrix.length);
    // A constant column is detected exactly: rounding in its mean would otherwise leave a std of ~1e-16.
    if (matrix.every((row) => row[j] === first[j])) {
      mean[j] = first[j] as number;
      std[j] = 1;
    } else {
      std[j] = s > 0 ? s : 1;
    }
  }
  return { mean, std };
}

/** Standardizes one feature vector: (x − mean) / std per column. */
export function standardize(scaler: Standardizer, row: readonly number[]): number[] {
  return row.map((x, j) => (x - (scaler.mean[j] as number)) / (scaler.std[j] as number));
}
