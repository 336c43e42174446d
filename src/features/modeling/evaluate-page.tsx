import { useState } from 'react';
import { Link } from 'react-router';
import { pipelineToQuery } from '../../core/data/pipeline-state';
import { loadTestLock } from '../../store/test-lock-store';
import type { LoadedTestLock } from '../../store/test-lock-store';
import { StagePage } from '../../ui/stage-page';
import './evaluate.css';
import { EvaluationBench } from './evaluation-bench';
import { useModelSession } from './model-session';
import type { TrainingRun } from './model-session';
import { RunsNotice } from './runs-notice';
import { SaveModelPanel } from './save-model-panel';
import { TestLockNotice } from './test-lock-notice';
import { usePreparedData } from './use-prepared-data';
import { useSavedModel } from './use-saved-model';
import { useTrainingClient } from './use-training-client';

type SavedModel = ReturnType<typeof useSavedModel>;

/** Loads the prepared data and the worker for the chosen run, then shows the bench (or why it cannot). */
function ChosenRunEvaluation(props: { run: TrainingRun; runs: readonly TrainingRun[]; testLock: LoadedTestLock; onTestLock: (l: LoadedTestLock) => void; savedModel: SavedModel }) {
  const { prepared, retry } = usePreparedData();
  const { client, error: clientError, restart } = useTrainingClient();
  if (prepared.status === 'loading') {
    return (
      <div role="status" className="loading bench-section">
        <span className="spinner" aria-hidden="true" /> Preparing your test set…
      </div>
    );
  }
  const data = prepared.status === 'ready' ? prepared.data : null;
  if (!data?.ok) {
    const message = data ? data.message : prepared.status === 'error' ? prepared.message : '';
    const blockers = data ? data.blockers : [];
    return (
      <div className="callout error bench-section" role="alert">
        <p>
          <strong>Your test set could not be prepared.</strong> {message}
        </p>
        {blockers.length > 0 && (
          <ul>
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        )}
        <p>
          {blockers.length > 0 ? (
            <Link to="/data/prepare">Fix this on the Prepare step</Link>
          ) : (
            <button type="button" onClick={retry}>
              Try again
            </button>
          )}
        </p>
      </div>
    );
  }
  return (
    <>
      {clientError && (
        <div className="callout error" role="alert">
          <p>{clientError}</p>
          <button type="button" onClick={restart}>
            Restart the worker
          </button>
        </div>
      )}
      <EvaluationBench {...props} data={data} dataKey={pipelineToQuery(data.state)} client={client} />
    </>
  );
}

/** /model/evaluate: the chosen run on the test set (once, recorded), its scores in the learner's numbers, and saving the model. */
export default function EvaluatePage() {
  const session = useModelSession();
  const run = session.runs.find((r) => r.id === session.chosenRunId) ?? null;
  const [testLock, setTestLock] = useState<LoadedTestLock>(() => loadTestLock());
  const savedModel = useSavedModel();

  return (
    <StagePage path="/model/evaluate">
      {/* The chosen run comes from the same stored runs as Train and Tune: say so here too when they were reset. */}
      <RunsNotice />
      {run ? (
        <ChosenRunEvaluation run={run} runs={session.runs} testLock={testLock} onTestLock={setTestLock} savedModel={savedModel} />
      ) : (
        <>
          <section className="bench-section empty-state" aria-labelledby="no-run-heading">
            <h2 id="no-run-heading">No model chosen yet</h2>
            <p className="measure">
              Evaluation needs one trained model, chosen after tuning. Train a model on <Link to="/model/train">Train</Link> or compare several on{' '}
              <Link to="/model/tune">Tune</Link>, then choose the one to evaluate.
              {savedModel.saved?.latest && ' Your saved model is below: you can still download its files, or deploy it on the next step.'}
            </p>
            <p className="measure muted">Training runs live in this tab only: after a reload, train again to evaluate a new run.</p>
          </section>
          {testLock.lock && <TestLockNotice testLock={testLock} run={null} runs={session.runs} savedRunId={savedModel.saved?.latest?.runId ?? null} />}
          <SaveModelPanel saved={savedModel.saved} lastSave={savedModel.lastSave} control={null} />
        </>
      )}
    </StagePage>
  );
}
