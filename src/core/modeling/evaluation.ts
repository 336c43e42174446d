import { accuracy, argMax, classMetrics, confusionMatrix, majorityBaseline } from './metrics';
import type { ClassMetrics, ConfusionMatrix } from './metrics';

/** Everything the evaluate page shows about one pass over the test set. */
export interface TestEvaluation {
  /** Class probabilities per test row (n × classes), as the model produced them. */
  probabilities: number[][];
  /** Predicted class index per test row (the most probable class). */
  predicted: number[];
  /** Actual class index per test row. */
  actual: number[];
  matrix: ConfusionMatrix;
  accuracy: number;
  perClass: ClassMetrics[];
  /** Always guessing the most common training class, scored on the same test rows. */
  baseline: { classIndex: number; className: string; accuracy: number };
}

/** Scores test predictions: confusion matrix, accuracy, per-class metrics and the majority baseline (fitted on train labels). */
export function evaluatePredictions(probabilities: number[][], actual: readonly number[], trainLabels: readonly number[], classes: readonly string[]): TestEvaluation {
  const predicted = probabilities.map((row) => argMax(row));
  const matrix = confusionMatrix(actual, predicted, classes);
  return {
    probabilities,
    predicted,
    actual: [...actual],
    matrix,
    accuracy: accuracy(matrix),
    perClass: classMetrics(matrix),
    baseline: majorityBaseline(trainLabels, actual, classes),
  };
}

/** Indices of the test rows in one confusion-matrix cell (actual class a, predicted class p). */
export function cellRowIndices(ev: Pick<TestEvaluation, 'actual' | 'predicted'>, a: number, p: number): number[] {
  const out: number[] = [];
  ev.actual.forEach((label, i) => {
    if (label === a && ev.predicted[i] === p) out.push(i);
  });
  return out;
}

/** The off-diagonal cells with a count, largest first: which species the model mixes up. */
export function mistakeCells(m: ConfusionMatrix): { actual: number; predicted: number; count: number }[] {
  const out: { actual: number; predicted: number; count: number }[] = [];
  m.counts.forEach((row, a) => {
    row.forEach((count, p) => {
      if (a !== p && count > 0) out.push({ actual: a, predicted: p, count });
    });
  });
  return out.sort((x, y) => y.count - x.count || x.actual - y.actual || x.predicted - y.predicted);
}
