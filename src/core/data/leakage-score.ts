import { runPipeline } from './pipeline';
import type { PreparedSet } from './pipeline';
import type { PipelineState } from './pipeline-state';
import type { DataRow } from './rows';

/** Accuracy (share in [0, 1]) of the stand-in model on the validation and test rows. */
export interface SetScores {
  validation: number;
  test: number;
}

/** The leakage demo's consequence as numbers: the same stand-in model scored with each way of fitting the scaler. */
export interface LeakageScores {
  /** Scaler fitted on the training rows only (the honest way). */
  trainOnly: SetScores;
  /** Scaler fitted on every row, validation and test included (the leak). */
  allRows: SetScores;
  /** Validation or test penguins whose predicted species differs between the two ways. */
  changedPredictions: number;
  /** Validation plus test penguins scored. */
  scored: number;
}

/** The average scaled point of each class in the training set (k × features); NaN rows for a class without rows. */
function centroids(train: PreparedSet, classes: number): number[][] {
  const width = train.xModel[0]?.length ?? 0;
  return Array.from({ length: classes }, (_, k) => {
    const rows = train.xModel.filter((_, i) => train.labels[i] === k);
    return Array.from({ length: width }, (_, j) => rows.reduce((s, r) => s + (r[j] as number), 0) / rows.length);
  });
}

/** Predicts the class whose training average is nearest (squared Euclidean distance in scaled units). */
function nearest(c: number[][], row: readonly number[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  c.forEach((centre, k) => {
    const d = centre.reduce((s, v, j) => s + (v - (row[j] as number)) ** 2, 0);
    if (d < bestDistance) {
      bestDistance = d;
      best = k;
    }
  });
  return best;
}

function predictions(set: PreparedSet, c: number[][]): number[] {
  return set.xModel.map((row) => nearest(c, row));
}

const accuracy = (predicted: readonly number[], labels: readonly number[]) =>
  labels.length === 0 ? Number.NaN : predicted.filter((p, i) => p === labels[i]).length / labels.length;

/**
 * Scores a nearest-class-average model (fast enough to run on every change, and as sensitive to scaling as the network)
 * on validation and test, once with the scaler fitted on training rows and once on all rows; null when the split fails.
 */
export function leakageScores(raw: readonly DataRow[], state: PipelineState, classes = 3): LeakageScores | null {
  const honest = runPipeline(raw, { ...state, fitScalerOnAll: false }).sets;
  const leaky = runPipeline(raw, { ...state, fitScalerOnAll: true }).sets;
  if (!honest || !leaky) return null;
  const score = (sets: NonNullable<typeof honest>) => {
    const c = centroids(sets.train, classes);
    const validation = predictions(sets.validation, c);
    const test = predictions(sets.test, c);
    return { validation, test, scores: { validation: accuracy(validation, sets.validation.labels), test: accuracy(test, sets.test.labels) } };
  };
  const a = score(honest);
  const b = score(leaky);
  const changed = [...a.validation, ...a.test].filter((p, i) => p !== [...b.validation, ...b.test][i]).length;
  return { trainOnly: a.scores, allRows: b.scores, changedPredictions: changed, scored: a.validation.length + a.test.length };
}
