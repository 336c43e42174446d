import type { EpochPoint } from '../../core/modeling/curves';
import type { TrainingRun } from './model-session';

/** Why a run that had not finished ended when the page went away. */
export const INTERRUPTED = 'Interrupted: you left the page before the run finished.';

/** A share in [0, 1] as a percentage, e.g. 0.98 → "98.0%". */
export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${(share * 100).toFixed(digits)}%` : 'not a number';
}

/** A loss with three decimals, two significant digits below 0.01 (or "not a number" once it has diverged). */
export function formatLoss(loss: number): string {
  if (!Number.isFinite(loss)) return 'not a number';
  if (loss >= 1000) return loss.toExponential(2);
  // Tiny losses keep two significant digits, so a good model does not read as exactly 0.000.
  if (loss > 0 && loss < 0.0001) return '< 0.0001';
  if (loss > 0 && loss < 0.01) return Number(loss.toPrecision(2)).toString();
  return loss.toFixed(3);
}

/** An axis tick for losses: as many decimals as the scale needs (0.25, 1.5, 1500). */
export function formatLossTick(v: number): string {
  const a = Math.abs(v);
  return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
}

/** A duration for people: "420 ms", "3.4 s", "2 min 05 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** A learning rate without float noise: 0.03 → "0.03", 0.0001 → "0.0001". */
export function formatRate(lr: number): string {
  return Number(lr.toPrecision(2)).toString();
}

/** How many of `n` examples an accuracy means, e.g. 0.98 of 51 → 50. */
export function correctOf(accuracy: number, n: number): number {
  return Math.round(accuracy * n);
}

/** The last epoch with all numbers finite, or null. */
export function lastFinitePoint(points: readonly EpochPoint[]): EpochPoint | null {
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i] as EpochPoint;
    if ([p.loss, p.accuracy, p.valLoss, p.valAccuracy].every(Number.isFinite)) return p;
  }
  return null;
}

/** True while a run has not reached an outcome. */
export function isUnfinished(run: TrainingRun): boolean {
  return run.status === 'queued' || run.status === 'running';
}

/** The learner-facing word for a run's status. */
export function statusLabel(run: TrainingRun): string {
  switch (run.status) {
    case 'queued':
      return 'Waiting';
    case 'running':
      return `Training (epoch ${run.points.at(-1)?.epoch ?? 0} of ${run.config.epochs})`;
    case 'completed':
      return 'Completed';
    case 'stopped':
      return `Stopped at epoch ${run.points.at(-1)?.epoch ?? 0}`;
    case 'diverged':
      return 'Diverged';
    case 'error':
      return run.error === INTERRUPTED ? 'Interrupted' : 'Failed';
  }
}

/** Short architecture label: "4 → 16 → 3" (inputs, hidden units, outputs). */
export function architecture(hidden: readonly number[], inputs = 4, outputs = 3): string {
  return [inputs, ...hidden, outputs].join(' → ');
}
