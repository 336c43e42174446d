import { correctOf, formatLoss, isUnfinished, lastFinitePoint } from './run-format';
import { runDiverged } from './run-summary';
import type { NumberedRun } from './tune-results-table';

/** Finished, non-diverged runs on the current data (the ones the choice is made among). */
function candidates(runs: readonly NumberedRun[], dataKey: string | null): NumberedRun[] {
  return runs.filter((r) => !isUnfinished(r.run) && !runDiverged(r.run) && r.run.dataKey === dataKey && lastFinitePoint(r.run.points));
}

/**
 * Why the best run is the best, by validation numbers only: what it beats the runner-up by (penguins right, or loss on a
 * tie), and an honest word when every run scores the same (an easy setting, where the choice means little).
 */
export function bestRunReason(best: NumberedRun, runs: readonly NumberedRun[], dataKey: string | null, validationRows: number): string | null {
  const others = candidates(runs, dataKey).filter((r) => r.run.id !== best.run.id);
  const b = lastFinitePoint(best.run.points);
  if (!b || others.length === 0) return null;
  const right = (r: NumberedRun) => correctOf(lastFinitePoint(r.run.points)?.valAccuracy ?? 0, validationRows);
  const bestRight = correctOf(b.valAccuracy, validationRows);
  const tied = others.filter((r) => right(r) === bestRight);
  if (tied.length === others.length) {
    return `All ${others.length + 1} runs get ${bestRight} of ${validationRows} validation penguins right, so only the validation loss separates them (${formatLoss(b.valLoss)} for the best). On a setting this easy the runs are practically equal; with a harder problem (fewer measurements, or a smaller training set) they differ.`;
  }
  const runnerUp = others.reduce((a, r) => (right(r) > right(a) ? r : a));
  const gap = bestRight - right(runnerUp);
  if (gap === 0) {
    const rl = lastFinitePoint(runnerUp.run.points)?.valLoss ?? Number.NaN;
    return `Run #${runnerUp.number} gets as many validation penguins right (${bestRight}); the lower validation loss decides (${formatLoss(b.valLoss)} against ${formatLoss(rl)}).`;
  }
  return `It gets ${gap} more validation penguin${gap === 1 ? '' : 's'} right than the next best, run #${runnerUp.number} (${right(runnerUp)} of ${validationRows}). Only validation numbers pick the winner: the test set stays unseen until Evaluate.`;
}
