import { Link } from 'react-router';
import { hasDiverged, OVERFITTING_PATIENCE, overfittingSince } from '../../core/modeling/curves';
import type { TrainingRun } from './model-session';
import { correctOf, formatDuration, formatLoss, formatPercent, formatRate, lastFinitePoint } from './run-format';
import { rateFromSlider } from './train-config-form';

/** True when the run blew up (its numbers stopped being finite). */
export function runDiverged(run: TrainingRun): boolean {
  return run.status === 'diverged' || run.points.some(hasDiverged);
}

/** A learning rate ten times smaller (the usual first fix for a diverging run). */
export function smallerRate(lr: number): number {
  return rateFromSlider(Math.log10(lr) - 1);
}

/** One sentence about how a run ended, for the live region ("After 200 epochs your model gets 50 of 51 …"). */
export function completionSentence(run: TrainingRun, validationRows: number): string {
  if (run.status === 'error') return `Training failed. ${run.error ?? ''}`.trim();
  if (runDiverged(run)) return `The run diverged: the loss became too large to compute. Try a smaller learning rate, such as ${formatRate(smallerRate(run.config.learningRate))}.`;
  const last = lastFinitePoint(run.points);
  if (!last) return run.status === 'stopped' ? 'You stopped the run before its first epoch ended.' : 'The run ended without any epochs.';
  const verb = run.status === 'stopped' ? `You stopped the run after ${last.epoch} of ${run.config.epochs} epochs; your model` : `After ${last.epoch} epochs your model`;
  return `${verb} gets ${correctOf(last.valAccuracy, validationRows)} of ${validationRows} validation penguins right (${formatPercent(last.valAccuracy)}).`;
}

/** The overfitting note, when validation loss has risen for a while as training loss fell. */
export function OverfittingNote({ run }: { run: TrainingRun }) {
  const since = overfittingSince(run.points);
  if (since === null) return null;
  return (
    <div className="callout warning overfit-note">
      <p>
        <strong>Overfitting from epoch {since}.</strong> Since then the validation loss has risen for {OVERFITTING_PATIENCE} epochs in a row while the training loss kept falling: the model is starting to
        memorize the training penguins instead of learning what tells species apart.
      </p>
      <p>Try about {since} epochs, or fewer hidden units, and compare the validation numbers.</p>
    </div>
  );
}

/** Plain words for a diverged run, and the fix (a smaller learning rate) one click away. */
export function DivergenceNote({ run, onUseRate }: { run: TrainingRun; onUseRate?: (lr: number) => void }) {
  const bad = run.points.find(hasDiverged);
  const at = bad?.epoch ?? (run.points.at(-1)?.epoch ?? 0) + 1;
  const lr = run.config.learningRate;
  const next = smallerRate(lr);
  return (
    <div className="callout error divergence-note">
      <p>
        <strong>The run diverged at epoch {at}.</strong> The loss became too large to compute (not a number), so there is nothing useful to draw or keep.
      </p>
      <p>
        With a learning rate of {formatRate(lr)}, each step changes the weights so much that they overshoot the best values and grow without bound. Lower the learning rate, for example
        to {formatRate(next)}, and train again.
      </p>
      {onUseRate && next < lr && (
        <button type="button" onClick={() => onUseRate(next)}>
          Use learning rate {formatRate(next)}
        </button>
      )}
    </div>
  );
}

interface SummaryProps {
  run: TrainingRun;
  trainRows: number;
  validationRows: number;
  chosen: boolean;
  onChoose: () => void;
}

/** The result of a finished run in the learner's numbers, and "Use this model". */
export function RunSummary({ run, trainRows, validationRows, chosen, onChoose }: SummaryProps) {
  const last = lastFinitePoint(run.points);
  if (!last) return null;
  const gap = last.accuracy - last.valAccuracy;
  const seconds = run.durationMs / 1000;
  const usable = run.model !== null && (run.status === 'completed' || run.status === 'stopped');
  return (
    <section className="run-summary" aria-labelledby="result-heading">
      <h3 id="result-heading" tabIndex={-1}>
        Result
      </h3>
      <p>
        <strong>{completionSentence(run, validationRows)}</strong> On the {trainRows} training penguins it gets {correctOf(last.accuracy, trainRows)} right (
        {formatPercent(last.accuracy)}).
        {run.status === 'stopped' && ' It keeps the weights it had learned by then.'}
      </p>
      <p>
        {gap > 0.05
          ? `Training accuracy is ${(gap * 100).toFixed(1)} points above validation: the model does better on penguins it has fitted than on new ones, a sign of memorizing.`
          : Math.abs(gap) <= 0.02
            ? 'Training and validation accuracy agree closely: the model does as well on penguins it never fitted.'
            : `Training and validation accuracy differ by ${(Math.abs(gap) * 100).toFixed(1)} points.`}{' '}
        Final loss: {formatLoss(last.loss)} on training, {formatLoss(last.valLoss)} on validation.
      </p>
      <dl className="facts">
        <div>
          <dt>Validation accuracy</dt>
          <dd>
            {formatPercent(last.valAccuracy)} ({correctOf(last.valAccuracy, validationRows)}/{validationRows})
          </dd>
        </div>
        <div>
          <dt>Training accuracy</dt>
          <dd>
            {formatPercent(last.accuracy)} ({correctOf(last.accuracy, trainRows)}/{trainRows})
          </dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>
            {formatDuration(run.durationMs)}
            {seconds > 0 && ` (${(last.epoch / seconds).toFixed(0)} epochs/s)`}
          </dd>
        </div>
        {run.backend && (
          <div>
            <dt>Trained on</dt>
            <dd>
              <code>{run.backend}</code>
            </dd>
          </div>
        )}
      </dl>
      {usable && (
        <div className="choose-row">
          {chosen ? (
            <>
              <p className="chosen-mark">
                <span aria-hidden="true">✓</span> This model is chosen for evaluation.
              </p>
              <Link to="/model/evaluate">Evaluate it on the test set →</Link>
            </>
          ) : (
            <>
              <button type="button" className="primary" onClick={onChoose}>
                Use this model
              </button>
              <span className="muted">or compare more settings on the Tune step first.</span>
            </>
          )}
        </div>
      )}
    </section>
  );
}
