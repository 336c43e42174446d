import { describeConfig } from '../../core/modeling/train-config';
import { formatWhen, pct } from './evaluate-format';
import type { TrainingRun } from './model-session';

/** Validation accuracy of a run's last finite epoch (the weights it ends with), or null. */
export function finalValidationAccuracy(run: TrainingRun): number | null {
  for (let i = run.points.length - 1; i >= 0; i--) {
    const v = run.points[i]?.valAccuracy;
    if (v !== undefined && Number.isFinite(v)) return v;
  }
  return null;
}

const STATUS: Record<TrainingRun['status'], string> = {
  queued: 'waiting to train',
  running: 'still training',
  completed: 'completed',
  stopped: 'stopped early',
  diverged: 'diverged',
  error: 'failed',
};

/** The run chosen for evaluation: its settings, how it ended and what validation said. */
export function ChosenRunCard({ run, trainedAfterSeen }: { run: TrainingRun; trainedAfterSeen: boolean }) {
  const val = finalValidationAccuracy(run);
  const c = run.config;
  return (
    <div className="chosen-run">
      <dl className="facts">
        <div>
          <dt>Run</dt>
          <dd>
            <code>{run.id}</code> ({run.source === 'tune' ? 'from tuning' : 'from training'})
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatWhen(run.startedAt)}</dd>
        </div>
        <div>
          <dt>Settings</dt>
          <dd>{describeConfig(c)}</dd>
        </div>
        <div>
          <dt>Seed</dt>
          <dd>{c.seed}</dd>
        </div>
        <div>
          <dt>Outcome</dt>
          <dd>
            {STATUS[run.status]}
            {run.points.length > 0 && `, ${run.points.at(-1)?.epoch ?? run.points.length} epochs`}
          </dd>
        </div>
        <div>
          <dt>Validation accuracy</dt>
          <dd>{val === null ? '–' : pct(val)}</dd>
        </div>
      </dl>
      {trainedAfterSeen && (
        <p className="measure">
          <span className="lock-tag seen">The test set has been seen</span> This run was trained after the test set had been used, so its test score will be
          optimistic.
        </p>
      )}
    </div>
  );
}
