/** One epoch's numbers: cross-entropy losses and accuracies (shares in [0, 1]) on training and validation data. */
export interface EpochPoint {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number;
  valAccuracy: number;
}

/** True when any number of the epoch is NaN or infinite: the run has diverged. */
export function hasDiverged(p: EpochPoint): boolean {
  return ![p.loss, p.accuracy, p.valLoss, p.valAccuracy].every(Number.isFinite);
}

/** Epochs in a row of rising validation loss before overfittingSince calls it overfitting. */
export const OVERFITTING_PATIENCE = 10;

/**
 * The epoch where overfitting shows, or null: validation loss has risen for `patience` epochs
 * in a row while training loss fell over the same stretch.
 */
export function overfittingSince(points: readonly EpochPoint[], patience = OVERFITTING_PATIENCE): number | null {
  let rising = 0;
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1] as EpochPoint;
    const cur = points[i] as EpochPoint;
    rising = cur.valLoss > prev.valLoss ? rising + 1 : 0;
    if (rising >= patience) {
      const start = points[i - patience] as EpochPoint;
      if (cur.loss < start.loss) return start.epoch;
    }
  }
  return null;
}

/** Keeps at most `max` points, evenly spaced, always including the first and the last (for charts). */
export function downsample<T>(points: readonly T[], max: number): T[] {
  if (points.length <= max || max < 2) return [...points];
  const out: T[] = [];
  const step = (points.length - 1) / (max - 1);
  for (let i = 0; i < max; i++) out.push(points[Math.round(i * step)] as T);
  return out;
}
