import type { Predictor } from '../core/serving/model-artifact';

/** Index of the largest value in a probability row (the first one on ties), -1 for an empty row. */
export function argMax(row: readonly number[]): number {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < row.length; i++) {
    const v = row[i] as number;
    if (v > bestValue) {
      best = i;
      bestValue = v;
    }
  }
  return best;
}

/** Share in [0, 1] of standardized rows (n × features) whose most probable class equals the label index. */
export async function evaluateAccuracy(predictor: Predictor, x: number[][], labels: readonly number[]): Promise<number> {
  if (x.length === 0) throw new RangeError('evaluateAccuracy needs at least one row');
  const probabilities = await predictor.predict(x);
  let correct = 0;
  probabilities.forEach((row, i) => {
    if (argMax(row) === labels[i]) correct++;
  });
  return correct / x.length;
}
