import { useId, useState } from 'react';
import { formatDateTime } from '../../core/format/date-time';
import { CANARY_PERCENT, stableVersion } from '../../core/monitoring/versions';
import type { SavedArtifact } from '../../store/artifact-store';
import type { RegisteredVersion, UpdateRelease } from './use-update-release';

const pct = (x: number | null | undefined) => (x === null || x === undefined ? 'not measured' : `${(x * 100).toFixed(1)}%`);
// A date-only card stamp ("2026-11-26") is shown as a date: no invented midnight.
const day = (iso: string) => formatDateTime(iso);

/** What data a version was trained on, from its card. */
function dataUsed(v: RegisteredVersion): string {
  const data = (v.card as { data?: { training_rows?: number; feedback_rows?: number } }).data;
  if (data?.feedback_rows !== undefined) return `${data.training_rows ?? '?'} training + ${data.feedback_rows} feedback rows`;
  return `${v.card.split.train} training rows`;
}

/** True when the saved artifact is already registered (same card: created time and description). */
export function isRegistered(saved: SavedArtifact, versions: readonly RegisteredVersion[]): boolean {
  const c = saved.artifact.card;
  return versions.some((v) => v.card.created === c.created && v.card.description === c.description);
}

/** Step 2: the registered versions with their cards and traffic, registering the newest saved model, and the canary. */
export function UpdateVersionsSection({ release, newest }: { release: UpdateRelease; newest: SavedArtifact | null }) {
  const { models, variants, busy } = release;
  const sliderId = useId();
  const [percent, setPercent] = useState<number>(CANARY_PERCENT.default);
  const [picked, setPicked] = useState<string | null>(null);
  const live = variants.status === 'ready' ? variants.value : [];
  const weightOf = (version: string) => live.find((x) => x.version === version)?.weight ?? 0;
  const versions = models.status === 'ready' ? models.value : [];
  const stable = stableVersion(live, null);
  const choices = versions.filter((v) => v.version !== stable);
  const candidate = picked && choices.some((c) => c.version === picked) ? picked : (choices.at(-1)?.version ?? null);
  const unregistered = newest && models.status === 'ready' && !isRegistered(newest, versions) ? newest : null;

  return (
    <section aria-labelledby="versions-title" className="bench-section">
      <h2 id="versions-title">2. Versions and a canary release</h2>
      <p className="measure">
        Every registered model is a version that never changes. The endpoint's config only says which versions get what share of the requests. A
        canary gives a new version a small share first: if it misbehaves, few users notice.
      </p>
      {models.status === 'loading' && (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" /> Loading the registered versions (GET /api/models)…
        </p>
      )}
      {models.status === 'error' && (
        <div className="callout error" role="alert">
          <p>{models.message}</p>
          <button type="button" onClick={() => void release.refresh()}>
            Try again
          </button>
        </div>
      )}
      {variants.status === 'error' && <p className="callout error">{variants.message}</p>}
      {models.status === 'ready' && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways (on a phone) must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label="Registered versions">
          <table className="update-table">
            <caption>Versions and their traffic now</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Traffic now</th>
                <th scope="col">Validation accuracy</th>
                <th scope="col">Test accuracy</th>
                <th scope="col">Created</th>
                <th scope="col">Data used</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.version}</th>
                  <td>{variants.status === 'ready' ? `${weightOf(v.version)}%` : '…'}</td>
                  <td>{pct(v.card.metrics.validation_accuracy)}</td>
                  <td>{pct(v.card.metrics.test_accuracy)}</td>
                  <td>{day(v.card.created)}</td>
                  <td>{dataUsed(v)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {unregistered && (
        <div className="artifact-card">
          <p>
            <strong>Your newest saved model is not registered yet</strong> (saved {day(unregistered.savedAt)}, validation accuracy{' '}
            {pct(unregistered.artifact.card.metrics.validation_accuracy)}). Registering sends it to <code>POST /api/models</code>; it gets the next version name and
            no traffic yet.
          </p>
          <button type="button" className="primary" onClick={() => void release.register(unregistered.artifact)} disabled={busy !== null}>
            {busy === 'register' ? 'Registering…' : 'Register as a new version'}
          </button>
        </div>
      )}
      {models.status === 'ready' && choices.length === 0 && (
        <p className="callout">Only one version is registered. Retrain above (or save a model on Evaluate) and register it to have a candidate for a canary.</p>
      )}
      {models.status === 'ready' && choices.length > 0 && (
        <fieldset className="update-canary">
          <legend>Deploy a canary</legend>
          <div className="field">
            <label htmlFor={`${sliderId}-candidate`}>Candidate version</label>
            <select id={`${sliderId}-candidate`} value={candidate ?? ''} onChange={(e) => setPicked(e.target.value)}>
              {choices.map((c) => (
                <option key={c.version} value={c.version}>
                  {c.version} (now {weightOf(c.version)}%)
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={sliderId}>Canary share of traffic: {percent}%</label>
            <input
              id={sliderId}
              type="range"
              min={CANARY_PERCENT.min}
              max={CANARY_PERCENT.max}
              step={1}
              value={percent}
              aria-valuetext={`${percent}% to ${candidate ?? 'the candidate'}, ${100 - percent}% to ${stable ?? 'the stable version'}`}
              onChange={(e) => setPercent(Number(e.target.value))}
            />
          </div>
          <p className="muted">
            {stable
              ? `The config sent: ${stable} ${100 - percent}%, ${candidate} ${percent}%. Each request goes to one of them at random, in those proportions.`
              : 'No version serves traffic now, so there is no stable side for a canary: promote a version instead (below).'}
          </p>
          <button type="button" className="primary" disabled={busy !== null || !candidate || !stable} onClick={() => candidate && void release.startCanary(candidate, percent)}>
            {busy === 'canary' ? 'Deploying…' : `Deploy ${candidate ?? ''} as a canary at ${percent}%`}
          </button>
        </fieldset>
      )}
    </section>
  );
}
