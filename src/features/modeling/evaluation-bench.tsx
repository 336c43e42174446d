import { useState } from 'react';
import { Link } from 'react-router';
import { buildArtifact } from '../../core/modeling/artifact';
import { mistakeCells } from '../../core/modeling/evaluation';
import { startedAfterTestUse } from '../../core/modeling/test-lock';
import type { LoadedTestLock } from '../../store/test-lock-store';
import type { TrainingClient } from '../../workers/training-client';
import { CellRows } from './cell-rows';
import { ChosenRunCard, finalValidationAccuracy } from './chosen-run-card';
import { ClassMetricsTable } from './class-metrics-table';
import { ConfusionMatrix } from './confusion-matrix';
import { MixUpExplanation } from './mix-up-explanation';
import type { Cell } from './confusion-matrix';
import { penguins } from './evaluate-format';
import { EvaluationSummary } from './evaluation-summary';
import type { TrainingRun } from './model-session';
import { SaveModelPanel } from './save-model-panel';
import { TestLockNotice } from './test-lock-notice';
import { useEvaluation } from './use-evaluation';
import type { UsableData } from './use-evaluation';
import type { useSavedModel } from './use-saved-model';

/** What the matrix shows, in words: no mistakes, or how many and the largest confusion. */
function mistakeSentence(mistakes: ReturnType<typeof mistakeCells>, names: readonly string[]): string {
  const top = mistakes[0];
  if (!top) return 'No mistakes at all: every test penguin sits on the diagonal. Choose a count to see those penguins.';
  const total = mistakes.reduce((s, m) => s + m.count, 0);
  return `The model made ${total} mistake${total === 1 ? '' : 's'}. The largest: ${penguins(top.count)} that ${top.count === 1 ? 'is' : 'are'} ${names[top.actual]} taken for ${names[top.predicted]}. Choose that cell to see ${top.count === 1 ? 'it' : 'them'}.`;
}

interface BenchProps {
  run: TrainingRun;
  runs: readonly TrainingRun[];
  data: UsableData;
  dataKey: string;
  client: TrainingClient | null;
  testLock: LoadedTestLock;
  onTestLock: (next: LoadedTestLock) => void;
  savedModel: ReturnType<typeof useSavedModel>;
}

/** The chosen run against the test set: the lock, the evaluation and its tables, and saving the model. */
export function EvaluationBench({ run, runs, data, dataKey, client, testLock, onTestLock, savedModel }: BenchProps) {
  const { evaluation, running, error, evaluate } = useEvaluation({ client, run, data, dataKey, testLock, onTestLock });
  const [selected, setSelected] = useState<Cell | null>(null);
  const [buildError, setBuildError] = useState<string | null>(null);
  const dataChanged = run.dataKey !== dataKey;
  const trainedAfterSeen = run.afterTestSeen || startedAfterTestUse(testLock.lock, run.startedAt);
  const validation = finalValidationAccuracy(run);
  const { sets, scaler } = data.result;
  const nTest = sets.test.labels.length;

  const blocked = dataChanged
    ? 'Your data choices changed since this run was trained.'
    : !run.model
      ? `This run has no weights to use (it ${run.status === 'diverged' ? 'diverged' : run.status === 'error' ? 'failed' : 'has not finished'}).`
      : null;

  const save = () => {
    if (!run.model || !scaler) return;
    const built = buildArtifact({
      runId: run.id,
      config: run.config,
      model: run.model,
      validationAccuracy: validation ?? Number.NaN,
      testAccuracy: evaluation?.accuracy ?? null,
      testSetSeenBeforeTraining: trainedAfterSeen,
      scaler,
      pipeline: data.state,
      dataKey,
      split: { train: sets.train.labels.length, validation: sets.validation.labels.length, test: nTest },
      created: new Date(),
      features: data.result.features,
    });
    setBuildError(built.ok ? null : `The model could not be packaged: ${built.problems.join(' ')}`);
    if (built.ok) void savedModel.save(built.value, run.id);
  };

  const mistakes = evaluation ? mistakeCells(evaluation.matrix) : [];
  const names = evaluation?.matrix.classes ?? [];
  return (
    <>
      <section className="bench-section" aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">Your chosen model</h2>
        <ChosenRunCard run={run} trainedAfterSeen={trainedAfterSeen} />
        {dataChanged && (
          <div className="callout error">
            <p>
              <strong>Your data choices changed since this run was trained.</strong> Its weights expect the data (and the scaler) it was trained on, so
              evaluating or saving it now would measure the wrong thing.
            </p>
            <p>
              <Link to={`/data/prepare?${run.dataKey}`}>Restore this run’s data choices</Link> or <Link to="/model/train">train again on the new data</Link>.
            </p>
          </div>
        )}
      </section>

      <section className="bench-section" aria-labelledby="test-heading">
        <h2 id="test-heading">Evaluate on the test set</h2>
        <TestLockNotice testLock={testLock} run={run} runs={runs} />
        <p className="measure">
          Your test set holds {penguins(nTest)} that neither training nor tuning has used. The model predicts each one (in the background worker); then the page
          compares the predictions with the true species.
        </p>
        <div className="evaluate-row">
          <button type="button" className="primary" onClick={() => void evaluate()} disabled={blocked !== null || !client || running} aria-describedby="evaluate-hint">
            {running ? 'Evaluating…' : evaluation ? 'Evaluate on the test set again' : 'Evaluate on the test set'}
          </button>
          <p id="evaluate-hint" className="muted">
            {blocked ?? (!client ? 'Starting the worker…' : testLock.lock ? 'The test set has been seen: a new result will be marked as optimistic.' : 'This records the time and the run.')}
          </p>
        </div>
        {error && (
          <p className="callout error" role="alert">
            {error}
          </p>
        )}
        {evaluation && (
          <div className="eval-results">
            <EvaluationSummary evaluation={evaluation} validationAccuracy={validation} trainedAfterSeen={trainedAfterSeen} />
            <div className="eval-grid">
              <div className="eval-matrix">
                <h3>Which species get mixed up?</h3>
                <p className="measure">{mistakeSentence(mistakes, names)}</p>
                <ConfusionMatrix matrix={evaluation.matrix} selected={selected} onSelect={setSelected} />
                {mistakes[0] && (
                  <MixUpExplanation
                    actual={names[mistakes[0].actual] ?? ''}
                    predicted={names[mistakes[0].predicted] ?? ''}
                    train={sets.train.rows}
                    features={data.result.features}
                  />
                )}
              </div>
              <div className="eval-cell-rows">
                <p role="status" className="visually-hidden">
                  {selected ? `Showing actual ${names[selected.actual]}, predicted ${names[selected.predicted]} below the matrix.` : ''}
                </p>
                {selected ? (
                  <CellRows evaluation={evaluation} cell={selected} rows={sets.test.rows} />
                ) : (
                  <p className="muted cm-hint">Choose a count in the matrix to list those test penguins with their measurements and probabilities.</p>
                )}
              </div>
              <div className="eval-metrics">
                <h3>Precision and recall</h3>
                <ClassMetricsTable perClass={evaluation.perClass} matrix={evaluation.matrix} />
              </div>
            </div>
          </div>
        )}
      </section>

      {buildError && (
        <p className="callout error" role="alert">
          {buildError}
        </p>
      )}
      <SaveModelPanel
        saved={savedModel.saved}
        lastSave={savedModel.lastSave}
        control={{ disabledReason: blocked, saving: savedModel.saving, onSave: save, withoutTest: evaluation === null }}
      />
    </>
  );
}
