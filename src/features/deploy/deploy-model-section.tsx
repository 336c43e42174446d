import { Link } from 'react-router';
import { formatDateTime } from '../../core/format/date-time';
import { servingPhrase } from '../../core/format/serving-versions';
import { SentRequestList } from '../../ui/sent-request-list';
import { failureDetail, useDeploy } from './use-deploy';

/** "Deploy your model": the saved artifact, the Deploy button, and every request the deploy sends. */
export function DeployModelSection() {
  const d = useDeploy();
  const latest = d.saved.latest;
  const card = latest?.artifact.card;
  const serving = d.status === 'loading' || d.status === null ? null : servingPhrase(d.status.variants);
  return (
    <section aria-labelledby="deploy-title" className="bench-section">
      <h2 id="deploy-title">Deploy your model</h2>
      {d.apiError ? (
        // Without the API nothing is known about what the endpoint serves: say only that, once.
        <p className="callout error" role="alert">
          {d.apiError}
        </p>
      ) : (
        <p className="measure">
          Endpoint <code>penguins</code> serves {d.status === 'loading' ? 'a version we are looking up now' : serving ? <strong>{serving}</strong> : 'no version right now'}. Deploying registers your saved model as a new version and sends
          the endpoint's traffic to it, with three real requests you can watch below (and in DevTools' Network tab).
        </p>
      )}
      {d.saved.notice && <p className="callout">{d.saved.notice}</p>}
      {d.saved.loading && (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Looking for your saved model…
        </p>
      )}
      {!d.saved.loading && !latest && (
        <div className="callout">
          <p>
            <strong>No saved model yet.</strong> Train one on <Link to="/model/train">Train</Link>, then evaluate and save it on <Link to="/model/evaluate">Evaluate</Link>.
            {d.apiError || d.status === 'loading' ? '' : ` Until then, the endpoint serves ${serving ? `model ${serving}` : 'no version'}.`}
          </p>
        </div>
      )}
      {latest && card && (
        <div className="artifact-card">
          <p>
            <strong>Your saved model</strong>, saved {formatDateTime(latest.savedAt)}: {card.architecture}. Validation accuracy{' '}
            {(card.metrics.validation_accuracy * 100).toFixed(1)}%
            {card.metrics.test_accuracy !== null ? `, test accuracy ${(card.metrics.test_accuracy * 100).toFixed(1)}%` : ', not yet evaluated on the test set'}. Its scaler
            travels with it: mean flipper length {latest.artifact.preprocessing.features.find((f) => f.name === 'flipper_length_mm')?.mean.toFixed(1)} mm.
          </p>
          <button type="button" className="primary" onClick={() => void d.deploy()} disabled={d.state === 'deploying'}>
            {d.state === 'deploying' ? 'Deploying…' : 'Deploy to endpoint “penguins”'}
          </button>
        </div>
      )}
      {d.steps.length > 0 && <SentRequestList requests={d.steps} className="deploy-steps" />}
      {d.state === 'deployed' && (
        <p role="status" className="callout">
          <strong>Deployed.</strong> The check request was answered by {d.steps.at(-1)?.exchange.response?.headers.find(([n]) => n.toLowerCase() === 'x-model-version')?.[1] ?? 'your model'}.
          Every prediction from now on comes from your model. <Link to="/deploy/inspect">Call it yourself</Link>, or restore v1 there at any time.
        </p>
      )}
      {d.state === 'failed' && (
        <p role="alert" className="callout error">
          The deploy stopped at the step marked above{failureDetail(d.steps) ? `: ${failureDetail(d.steps)}` : '.'} The endpoint still serves what it served before.
        </p>
      )}
    </section>
  );
}
