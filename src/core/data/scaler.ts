import { fitStandardizer } from './standardizer';

/** A fitted feature scaler: z-score (mean/std) or min–max, with the numbers that travel with the model. */
export type FittedScaler = { kind: 'standard'; mean: number[]; std: number[] } | { kind: 'minmax'; min: number[]; max: number[] };

/** Fits a scaler of the given kind on a matrix (rows × features). */
export function fitScaler(kind: 'standard' | 'minmax', matrix: readonly (readonly number[])[]): FittedScaler {
  if (kind === 'standard') return { kind, ...fitStandardizer(matrix) };
  const k = matrix[0]?.length ?? 0;
  const min = Array.from({ length: k }, (_, j) => Math.min(...matrix.map((r) => r[j] as number)));
  const max = Array.from({ length: k }, (_, j) => Math.max(...matrix.map((r) => r[j] as number)));
  return { kind, min, max };
}

/** Applies a fitted scaler to one row: (x − mean)/std, or (x − min)/(max − min) (0 for a constant column). */
export function applyScaler(s: FittedScaler, row: readonly number[]): number[] {
  if (s.kind === 'standard') return row.map((x, j) => (x - (s.mean[j] as number)) / (s.std[j] as number));
  return row.map((x, j) => {
    const lo = s.min[j] as number;
    const range = (s.max[j] as number) - lo;
    return range > 0 ? (x - lo) / range : 0;
  });
}
