import { memo } from 'react';
import { Link } from 'react-router';
import type { PreparedDataState } from './use-prepared-data';

/** What stands between the learner and training: data still loading, a failed load (with retry), or blockers to fix on Prepare. */
export const PreparedDataStatus = memo(function PreparedDataStatus({ prepared, retry }: { prepared: PreparedDataState; retry: () => void }) {
  if (prepared.status === 'loading')
    return (
      <div role="status" className="loading">
        <span className="spinner" aria-hidden="true" /> Preparing your data…
      </div>
    );
  if (prepared.status === 'error')
    return (
      <div role="alert" className="callout error">
        <p>
          <strong>Your prepared data could not be loaded.</strong> {prepared.message}
        </p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  if (prepared.data.ok) return null;
  const { message, blockers } = prepared.data;
  return (
    <div className="callout error">
      <p>
        <strong>There is no data to train on yet.</strong> {message}
      </p>
      {blockers.length > 0 && (
        <ul>
          {blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      <p>
        {blockers.length > 0 ? <Link to="/data/prepare">Fix this on the Prepare step</Link> : null}
        {blockers.length === 0 && (
          <button type="button" onClick={retry}>
            Try again
          </button>
        )}
      </p>
    </div>
  );
});

/** Why nothing can be trained yet, shared by Train and Tune: no data, no worker; null when both are ready. */
export function dataOrWorkerBlocker(prepared: PreparedDataState, worker: { error: unknown; client: unknown }): string | null {
  if (prepared.status === 'loading') return 'Waiting for your prepared data.';
  if (prepared.status !== 'ready' || !prepared.data.ok) return 'There is no usable data yet (see the message above).';
  if (worker.error) return 'The training worker is not running (see the message above).';
  if (!worker.client) return 'Starting the training worker…';
  return null;
}

/** The hint under a disabled Train/Run button, with the way back to Prepare when the data has blockers. */
export function BlockedHint({ id, reason, prepared }: { id: string; reason: string; prepared: PreparedDataState }) {
  return (
    <p id={id} className="hint">
      {reason}
      {prepared.status === 'ready' && !prepared.data.ok && prepared.data.blockers.length > 0 && (
        <>
          {' '}
          <Link to="/data/prepare">Back to Prepare</Link>
        </>
      )}
    </p>
  );
}
