import { argMax } from '../core/modeling/metrics';
import type { Predictor } from '../core/serving/model-artifact';

export { argMax };

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
