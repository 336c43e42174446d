import { baselineSentence, formatWhen, pct, penguins } from './evaluate-format';
import { SEEN_COST } from './test-lock-notice';
import type { EvaluationRecord } from './use-evaluation';

/** The headline of an evaluation: accuracy in the learner's numbers, the baseline, validation vs test, and the seen-test warning. */
export function EvaluationSummary({ evaluation, validationAccuracy, trainedAfterSeen }: { evaluation: EvaluationRecord; validationAccuracy: number | null; trainedAfterSeen: boolean }) {
  const n = evaluation.actual.length;
  const correct = evaluation.actual.filter((a, i) => evaluation.predicted[i] === a).length;
  const { baseline } = evaluation;
  const seen = evaluation.seenBefore !== null || trainedAfterSeen;
  return (
    <div className="eval-summary">
      {seen && (
        <div className="callout seen-warning" role="note">
          <p>
            <span className="lock-tag seen">The test set has been seen</span>{' '}
            {evaluation.seenBefore
              ? `It was first used on ${formatWhen(evaluation.seenBefore.evaluatedAt)}, before this evaluation.`
              : 'This run was trained after the test set had been used.'}
          </p>
          <p>{SEEN_COST}</p>
        </div>
      )}
      <dl className="eval-headline">
        <div>
          <dt>Test accuracy</dt>
          <dd className="eval-big">{pct(evaluation.accuracy)}</dd>
          <dd>
            {correct} of {penguins(n)} named correctly
          </dd>
        </div>
        <div>
          <dt>Always guessing {baseline.className}</dt>
          <dd className="eval-big">{pct(baseline.accuracy)}</dd>
          <dd>the majority-class baseline</dd>
        </div>
        {validationAccuracy !== null && (
          <div>
            <dt>Validation accuracy</dt>
            <dd className="eval-big">{pct(validationAccuracy)}</dd>
            <dd>what tuning saw</dd>
          </div>
        )}
      </dl>
      <p className="measure baseline-sentence">
        {baselineSentence(baseline.className, baseline.accuracy, evaluation.accuracy)} ({baseline.className} is the most common species in your training set.)
      </p>
      {validationAccuracy !== null && (
        <p className="measure">
          {validationAccuracy > evaluation.accuracy
            ? `The test score is ${Math.round((validationAccuracy - evaluation.accuracy) * 100)} points below validation. That is normal: you picked this run because it did well on validation, so its validation score flatters it a little. The test score is the honest one.`
            : `The test score is as good as validation or better: on new penguins it holds up. With ${penguins(n)}, one penguin moves the score by ${(100 / Math.max(1, n)).toFixed(1)} points, so treat small differences as noise.`}
        </p>
      )}
      <p className="muted">Evaluated on {formatWhen(evaluation.evaluatedAt)}.</p>
    </div>
  );
}
