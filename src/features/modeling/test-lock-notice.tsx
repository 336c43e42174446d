import type { LoadedTestLock } from '../../store/test-lock-store';
import { formatWhen, pct } from './evaluate-format';
import type { TrainingRun } from './model-session';

/** The cost of a seen test set, in one place so every warning says the same thing. */
export const SEEN_COST =
  'Whatever you change after looking at test results can end up fitted to these test penguins, so a later test score is optimistic: expect a little less on penguins the model has never met. Only a fresh test set would give an honest estimate again.';

/** Says whether and when the test set was used, and what that means for the chosen run. */
export function TestLockNotice({ testLock, run, runs, savedRunId = null }: { testLock: LoadedTestLock; run: TrainingRun | null; runs: readonly TrainingRun[]; savedRunId?: string | null }) {
  const { lock, uses, notice } = testLock;
  return (
    <div className="test-lock">
      {notice && (
        <p className="callout" role="status">
          {notice}
        </p>
      )}
      {lock ? (
        <div className="callout lock-used">
          <p>
            <span className="lock-tag">Test set used</span> The test set was used on <strong>{formatWhen(lock.evaluatedAt)}</strong> for{' '}
            {lock.runId === run?.id
              ? 'this run'
              : lock.runId === savedRunId
                ? 'the run of your saved model'
                : runs.some((r) => r.id === lock.runId)
                  ? 'another run of this visit'
                  : 'an earlier run'}{' '}
            (
            <code>{lock.runId}</code>), which scored {pct(lock.accuracy)}.
            {uses.length > 1 && ` It has been used ${uses.length} times in all; the last time on ${formatWhen(uses.at(-1)?.evaluatedAt ?? lock.evaluatedAt)}.`}
          </p>
          <p>
            From now on, every evaluation and every training run is marked <strong>“the test set has been seen”</strong>. {SEEN_COST}
          </p>
        </div>
      ) : (
        <p className="callout lock-fresh">
          <span className="lock-tag">Test set untouched</span> Nobody has looked at the test set yet. Evaluate once, after all your choices are made: this page
          records when you do.
        </p>
      )}
    </div>
  );
}
