import { Link } from 'react-router';
import { describeConfig } from '../../core/modeling/train-config';
import type { LabelledFeedback } from '../../core/monitoring/feedback-data';
import { UpdateFeedbackEmpty } from './update-feedback-empty';
import type { RetrainSource, RetrainState } from './use-update-retrain';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** What the empty state says about the log: when its oldest exchange started (null: empty), how many it holds, and at most. */
export interface LogExtent {
  oldestAt: number | null;
  held: number;
  capacity: number;
}

/** Step 1: how much labelled feedback the log holds, and retraining on the training rows plus those rows. */
export function UpdateRetrainSection(props: { feedback: LabelledFeedback; logReady: boolean; log: LogExtent; source: RetrainSource; state: RetrainState; onRetrain: () => void }) {
  const { feedback, logReady, log, source, state, onRetrain } = props;
  const n = feedback.rows.length;
  const skipped = Object.values(feedback.skipped).reduce((a, b) => a + b, 0);
  const busy = state.phase === 'training' || state.phase === 'saving';
  const data = source.status === 'ready' && source.data.ok ? source.data.result.sets : null;
  const nTrain = data?.train.labels.length ?? 0;
  return (
    <section aria-labelledby="retrain-title" className="bench-section">
      <h2 id="retrain-title">1. Retrain with new data</h2>
      <p className="measure">
        Feedback calls carry the true species of penguins the endpoint already saw. Joined to those requests, they are new labelled rows: data from the
        population the model meets now, not the one it was trained on.
      </p>
      {!logReady && (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Reading the request log…
        </p>
      )}
      {logReady && n === 0 && <UpdateFeedbackEmpty oldestAt={log.oldestAt} held={log.held} capacity={log.capacity} skipped={skipped} />}
      {logReady && n > 0 && (
        <>
          <table className="update-table">
            <caption>Labelled rows from feedback, per species</caption>
            <thead>
              <tr>
                {Object.keys(feedback.perClass).map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                {Object.entries(feedback.perClass).map(([c, k]) => (
                  <td key={c}>{k}</td>
                ))}
                <td>
                  <strong>{n}</strong>
                </td>
              </tr>
            </tbody>
          </table>
          <p className="muted">
            From {feedback.joinedRequests} answered requests
            {Object.keys(feedback.byClient).length > 0 && ` (sent by ${Object.entries(feedback.byClient).map(([c, k]) => `${c}: ${k}`).join(', ')})`}.
            {skipped > 0 && ` ${skipped} labels were left out: their request was refused, malformed or no longer in the log.`}
          </p>
          {source.status === 'loading' && (
            <p role="status" className="loading">
              <span className="spinner" aria-hidden="true" /> Loading your prepared data…
            </p>
          )}
          {source.status === 'error' && <p className="callout error">Your prepared data could not be loaded: {source.message} Reload the page to try again.</p>}
          {source.status === 'ready' && !source.data.ok && (
            <p className="callout error">
              {source.data.message} Fix it on <Link to="/data/prepare">Prepare</Link> first: retraining starts from your training rows.
            </p>
          )}
          {source.status === 'ready' && data && (
            <div className="artifact-card">
              <p>
                <strong>
                  {nTrain} training rows + {n} new rows from feedback = {nTrain + n} rows.
                </strong>{' '}
                The {data.validation.labels.length} validation rows stay as they are, unseen, to check the new model.
              </p>
              <p>
                The scaler is refitted on all {nTrain + n} training rows. It ships with the model, and the endpoint applies it to every request: it must describe
                the data this model learned from, new penguins included.
              </p>
              <p>
                Settings: {describeConfig(source.config)} ({source.configSource === 'saved' ? 'those of your last saved model' : 'the defaults: you have not saved a model yet'}).
              </p>
              <button type="button" className="primary" onClick={onRetrain} disabled={busy}>
                {busy ? 'Retraining…' : 'Retrain with this data'}
              </button>
            </div>
          )}
        </>
      )}
      <RetrainProgress state={state} />
    </section>
  );
}

function RetrainProgress({ state }: { state: RetrainState }) {
  if (state.phase === 'training') {
    return (
      <div className="update-progress">
        <div className="progress-track" role="progressbar" aria-label="Retraining" aria-valuemin={0} aria-valuemax={state.epochs} aria-valuenow={state.epoch} aria-valuetext={`Epoch ${state.epoch} of ${state.epochs}`}>
          <span className="progress-fill" style={{ width: `${state.epochs > 0 ? (100 * state.epoch) / state.epochs : 0}%` }} />
        </div>
        <p className="muted">
          Epoch {state.epoch} of {state.epochs}, in the training worker.
        </p>
      </div>
    );
  }
  if (state.phase === 'saving') {
    return (
      <p role="status" className="loading">
        <span className="spinner" aria-hidden="true" /> Evaluating on the validation set and saving the new model…
      </p>
    );
  }
  if (state.phase === 'failed') {
    return (
      <p role="alert" className="callout error">
        Retraining failed: {state.message}
      </p>
    );
  }
  if (state.phase === 'done') {
    const { counts } = state;
    return (
      <div role="status" className="callout">
        <p>
          <strong>Retrained and saved.</strong> {counts.original} training rows + {counts.feedback} feedback rows. Validation accuracy{' '}
          <strong>{pct(state.validationAccuracy)}</strong> on the {counts.validation} original validation rows.
        </p>
        <p className="muted">
          Those rows come from the old population, so this says the new model has not forgotten it. How it does on the new penguins shows on live traffic:
          register it and give it a canary below.
        </p>
      </div>
    );
  }
  return null;
}
