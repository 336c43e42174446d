import type { TrainingRun } from './model-session';
import { formatDuration } from './run-format';

/** Epoch n of N as a progress bar, with the elapsed time and the speed in epochs per second. */
export function RunProgress({ run, label }: { run: TrainingRun; label: string }) {
  const n = run.points.at(-1)?.epoch ?? 0;
  const total = run.config.epochs;
  const seconds = run.elapsedMs / 1000;
  const rate = seconds > 0 ? n / seconds : 0;
  return (
    <div className="run-progress">
      <div className="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={total} aria-valuenow={n} aria-valuetext={`Epoch ${n} of ${total}`}>
        <span className="progress-fill" style={{ width: `${total > 0 ? (100 * n) / total : 0}%` }} />
      </div>
      <p className="progress-text">
        <span>
          Epoch <strong>{n}</strong> of {total}
        </span>
        <span>{formatDuration(run.elapsedMs)} elapsed</span>
        <span>{rate > 0 ? `${rate.toFixed(rate < 10 ? 1 : 0)} epochs/s` : '— epochs/s'}</span>
      </p>
    </div>
  );
}
