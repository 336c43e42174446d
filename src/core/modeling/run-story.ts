import type { EpochPoint } from './curves';

/** The epoch of lowest validation loss and how far validation loss rose after it, by the run's last epoch. */
export interface BestEpoch {
  epoch: number;
  valLoss: number;
  /** Validation accuracy at the best epoch (share in [0, 1]). */
  valAccuracy: number;
  lastEpoch: number;
  lastValLoss: number;
  /** (last validation loss − lowest) / lowest: 0.38 means it rose by 38 %. 0 when the best epoch is the last. */
  rise: number;
}

/** The epoch with the lowest validation loss (the first one on ties) among finite points; null without any. */
export function bestEpoch(points: readonly EpochPoint[]): BestEpoch | null {
  const finite = points.filter((p) => Number.isFinite(p.valLoss) && Number.isFinite(p.loss));
  const last = finite.at(-1);
  if (!last) return null;
  let best = finite[0] as EpochPoint;
  for (const p of finite) if (p.valLoss < best.valLoss) best = p;
  // A loss of exactly 0 cannot rise "by a share"; it cannot happen with softmax outputs, but guard the division.
  const rise = best.valLoss > 0 ? (last.valLoss - best.valLoss) / best.valLoss : 0;
  return { epoch: best.epoch, valLoss: best.valLoss, valAccuracy: best.valAccuracy, lastEpoch: last.epoch, lastValLoss: last.valLoss, rise };
}

/** A rise of validation loss after its lowest point that counts as overfitting (10 %). */
export const OVERFIT_RISE = 0.1;

/** How jumpy training loss was: epochs where it went up instead of down, and its lowest and highest value after the first epoch. */
export interface LossJumps {
  /** Epochs (after the first) whose training loss is more than 5 % above the epoch before. */
  ups: number;
  epochs: number;
  min: number;
  max: number;
}

/** Counts the epochs whose training loss rose by more than 5 % over the previous epoch (a too-large step overshoots). */
export function lossJumps(points: readonly EpochPoint[]): LossJumps {
  const finite = points.filter((p) => Number.isFinite(p.loss));
  let ups = 0;
  for (let i = 1; i < finite.length; i++) if ((finite[i] as EpochPoint).loss > (finite[i - 1] as EpochPoint).loss * 1.05) ups += 1;
  const later = finite.slice(1).map((p) => p.loss);
  return { ups, epochs: finite.length, min: later.length ? Math.min(...later) : Number.NaN, max: later.length ? Math.max(...later) : Number.NaN };
}

const pct = (share: number) => `${Math.round(share * 100)} %`;
const loss = (v: number) => (v < 0.001 ? v.toExponential(1) : v.toFixed(3));

/**
 * What happened in this run, in one or two sentences computed from its curves, e.g.
 * "Validation loss was lowest at epoch 26 (0.026), then rose by 162 % to 0.068 by epoch 300."
 */
export function whatHappened(points: readonly EpochPoint[]): string | null {
  const best = bestEpoch(points);
  if (!best) return null;
  const sentences: string[] = [];
  if (best.epoch === best.lastEpoch) {
    sentences.push(`Validation loss was still at its lowest at the last epoch (${best.lastEpoch}): no sign of overfitting in this run.`);
  } else if (best.rise >= OVERFIT_RISE) {
    sentences.push(
      `Validation loss was lowest at epoch ${best.epoch} (${loss(best.valLoss)}), then rose by ${pct(best.rise)} to ${loss(best.lastValLoss)} by epoch ${best.lastEpoch}: after epoch ${best.epoch} the model fitted the training penguins better and new ones worse.`,
    );
  } else {
    sentences.push(`Validation loss was lowest at epoch ${best.epoch} (${loss(best.valLoss)}) and ended ${pct(Math.max(0, best.rise))} above that by epoch ${best.lastEpoch}: a small change, not clear overfitting.`);
  }
  const jumps = lossJumps(points);
  if (jumps.ups >= Math.max(3, jumps.epochs * 0.05)) {
    sentences.push(
      `Training loss went up instead of down in ${jumps.ups} of ${jumps.epochs} epochs (between ${loss(jumps.min)} and ${loss(jumps.max)}): the steps overshoot, a sign that the learning rate is too high.`,
    );
  }
  return sentences.join(' ');
}
