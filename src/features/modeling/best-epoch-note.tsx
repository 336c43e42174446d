import { bestEpoch, OVERFIT_RISE, whatHappened } from '../../core/modeling/run-story';
import type { TrainingRun } from './model-session';

interface Props {
  run: TrainingRun;
  /** Trains again for this many epochs; absent while a run is going. */
  onKeepBest?: (epochs: number) => void;
}

/**
 * What happened in this run, computed from its curves, and early stopping one click away.
 * Training is seeded (the same settings give the same run), so training again for `best` epochs retraces the run
 * and stops with exactly the weights of its best epoch.
 */
export function BestEpochNote({ run, onKeepBest }: Props) {
  const story = whatHappened(run.points);
  const best = bestEpoch(run.points);
  if (!story || !best) return null;
  const overfit = best.epoch < best.lastEpoch && best.rise >= OVERFIT_RISE;
  return (
    <div className={overfit ? 'callout warning best-epoch-note' : 'callout best-epoch-note'}>
      <p>
        <strong>What happened in this run:</strong> <span data-testid="what-happened">{story}</span>
      </p>
      {overfit && (
        <>
          <p>
            The best epoch was <strong data-testid="best-epoch">{best.epoch}</strong>. Stopping there is called <dfn>early stopping</dfn>: you keep the weights from the
            epoch with the lowest validation loss. Training here is seeded, so the same settings with {best.epoch} epochs retrace this run exactly and stop at that epoch.
          </p>
          {onKeepBest && (
            <button type="button" onClick={() => onKeepBest(best.epoch)}>
              Keep the best epoch’s weights (train {best.epoch} epochs)
            </button>
          )}
        </>
      )}
    </div>
  );
}
