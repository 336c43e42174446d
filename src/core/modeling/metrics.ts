/** A confusion matrix: counts[actual][predicted] over `classes` (square, k × k). */
export interface ConfusionMatrix {
  classes: string[];
  counts: number[][];
}

/** Index of the largest value (the predicted class of a probability row); 0 for an empty row. */
export function argMax(row: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < row.length; i++) if ((row[i] as number) > (row[best] as number)) best = i;
  return best;
}

/** Builds the confusion matrix of actual vs predicted class indices. */
export function confusionMatrix(actual: readonly number[], predicted: readonly number[], classes: readonly string[]): ConfusionMatrix {
  const counts = classes.map(() => classes.map(() => 0));
  actual.forEach((a, i) => {
    const p = predicted[i] as number;
    const row = counts[a];
    if (row && p >= 0 && p < classes.length) row[p] = (row[p] as number) + 1;
  });
  return { classes: [...classes], counts };
}

/** Precision, recall, F1 and support (number of actual examples) of one class. */
export interface ClassMetrics {
  className: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** Per-class precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = their harmonic mean; 0 where a denominator is 0. */
export function classMetrics(cm: ConfusionMatrix): ClassMetrics[] {
  return cm.classes.map((className, k) => {
    const tp = cm.counts[k]?.[k] ?? 0;
    const support = (cm.counts[k] ?? []).reduce((a, b) => a + b, 0);
    const predictedK = cm.counts.reduce((s, row) => s + (row[k] ?? 0), 0);
    const precision = predictedK > 0 ? tp / predictedK : 0;
    const recall = support > 0 ? tp / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { className, precision, recall, f1, support };
  });
}

/** Share of correct predictions (trace / total); 0 for no examples. */
export function accuracy(cm: ConfusionMatrix): number {
  const total = cm.counts.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  const correct = cm.counts.reduce((s, row, k) => s + (row[k] ?? 0), 0);
  return total > 0 ? correct / total : 0;
}

/** The majority-class baseline: always predict the class most common in `trainLabels`; its accuracy on `testLabels`. */
export function majorityBaseline(trainLabels: readonly number[], testLabels: readonly number[], classes: readonly string[]): { classIndex: number; className: string; accuracy: number } {
  const counts = classes.map((_, k) => trainLabels.filter((l) => l === k).length);
  const classIndex = argMax(counts);
  const hits = testLabels.filter((l) => l === classIndex).length;
  return { classIndex, className: classes[classIndex] ?? '', accuracy: testLabels.length > 0 ? hits / testLabels.length : 0 };
}
