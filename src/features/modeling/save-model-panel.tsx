import type { LoadedArtifacts, SaveResult } from '../../store/artifact-store';
import { DownloadLinks } from './download-links';
import { formatBytes, formatWhen, pct } from './evaluate-format';

/** What the save button needs: whether saving is possible now (and why not), and the action. */
export interface SaveControl {
  disabledReason: string | null;
  saving: boolean;
  onSave: () => void;
  /** True when the chosen run has no test score yet (the card will say test_accuracy: null). */
  withoutTest: boolean;
}

/** Save (to IndexedDB), the confirmation, the saved model's facts and its files; the saved model shows even after a reload. */
export function SaveModelPanel({ saved, lastSave, control }: { saved: LoadedArtifacts | null; lastSave: SaveResult | null; control: SaveControl | null }) {
  const latest = saved?.latest ?? null;
  const card = latest?.artifact.card;
  const seenFlag = card?.test_set_seen_before_training;
  return (
    <section className="bench-section save-panel" aria-labelledby="save-heading">
      <h2 id="save-heading">Save and download the model</h2>
      <p className="measure">
        Saving builds the deployable artifact — the network, the scaler fitted on your training rows, and a model card — and keeps it in this browser, so it
        survives a reload. The deploy step sends it to <code>POST /api/models</code>.
      </p>
      {control && (
        <div className="save-row">
          <button type="button" className="primary" onClick={control.onSave} disabled={control.disabledReason !== null || control.saving} aria-describedby="save-hint">
            {control.saving ? 'Saving…' : 'Save model'}
          </button>
          <p id="save-hint" className="muted">
            {control.disabledReason ??
              (control.withoutTest ? 'Not evaluated on the test set yet: the card will record the test accuracy as unknown.' : 'The card will include the test accuracy.')}
          </p>
        </div>
      )}
      <div role="status" className="save-status">
        {lastSave?.ok && (
          <p className="callout saved-ok">
            <strong>Saved</strong> on {formatWhen(lastSave.saved.savedAt)} · {formatBytes(lastSave.saved.sizeBytes)} in 4 files.
          </p>
        )}
      </div>
      {lastSave && !lastSave.ok && (
        <p className="callout error" role="alert">
          {lastSave.message}
        </p>
      )}
      {saved?.notice && <p className="callout">{saved.notice}</p>}
      {latest && card ? (
        <div className="saved-model">
          <h3>Your saved model</h3>
          <dl className="facts">
            <div>
              <dt>Saved</dt>
              <dd>{formatWhen(latest.savedAt)}</dd>
            </div>
            <div>
              <dt>Size</dt>
              <dd>{formatBytes(latest.sizeBytes)}</dd>
            </div>
            <div>
              <dt>Network</dt>
              <dd>{typeof card.layers === 'string' ? card.layers : card.architecture}</dd>
            </div>
            <div>
              <dt>Training</dt>
              <dd>{card.architecture}</dd>
            </div>
            <div>
              <dt>Validation accuracy</dt>
              <dd>{pct(card.metrics.validation_accuracy)}</dd>
            </div>
            <div>
              <dt>Test accuracy</dt>
              <dd>{card.metrics.test_accuracy === null ? 'not evaluated' : pct(card.metrics.test_accuracy)}</dd>
            </div>
            <div>
              <dt>Run</dt>
              <dd>
                <code>{latest.runId}</code>
              </dd>
            </div>
          </dl>
          {seenFlag === true && (
            <p className="measure">
              <span className="lock-tag seen">The test set has been seen</span> This model was trained after the test set had been used; its card says so (
              <code>"test_set_seen_before_training": true</code>).
            </p>
          )}
          <DownloadLinks artifact={latest.artifact} />
        </div>
      ) : (
        saved && <p className="muted">No model saved yet.</p>
      )}
    </section>
  );
}
