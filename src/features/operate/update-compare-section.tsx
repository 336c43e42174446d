import { useId, useState } from 'react';
import { Link } from 'react-router';
import { NO_VERSION } from '../../core/monitoring/dashboard';
import type { RequestLogEntry } from '../../core/monitoring/log-entry';
import type { TrafficScenario } from '../../core/monitoring/traffic';
import type { ConfigChange, TrafficVariant } from '../../core/monitoring/versions';
import { CANARY_PERCENT } from '../../core/monitoring/versions';
import { formatClock } from './monitor-format';
import type { VersionComparison } from './use-dashboard';
import { DASHBOARD_WINDOW_MS, useVersionComparison } from './use-dashboard';
import type { BurstProgress } from './use-update-traffic';
import { BURST } from './use-update-traffic';

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');
const pct = (x: number | null) => (x === null || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)}%`);
const mix = (predicted: Record<string, number>) => {
  const total = Object.values(predicted).reduce((a, b) => a + b, 0);
  if (total === 0) return '–';
  return Object.entries(predicted)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([c, n]) => `${c} ${Math.round((100 * n) / total)}%`)
    .join(', ');
};

/**
 * Why a few requests give noisy numbers, in the numbers of this config: the canary's share (the smallest weight
 * when several versions serve, else the default canary share) of a burst of `requests`.
 */
export function smallSampleNote(variants: readonly TrafficVariant[], requests: number): string {
  const serving = variants.filter((v) => v.weight > 0);
  const canary = serving.length > 1 ? serving.reduce((a, b) => (b.weight < a.weight ? b : a)) : null;
  const percent = canary?.weight ?? CANARY_PERCENT.default;
  const who = canary ? `the canary (${canary.version}, ${percent}%)` : `a ${percent}% canary`;
  const answered = Math.round((percent / 100) * requests);
  if (answered === 0) return `Few requests give noisy numbers: of ${requests} requests, ${who} may answer none at all. Send more traffic before you decide.`;
  return `Few requests give noisy numbers: of ${requests} requests, ${who} answers about ${answered}, and one mistake moves its accuracy by ${Math.round(100 / answered)} points. Wait for a few dozen labelled answers per version before you decide.`;
}

/** The table's caption: which requests it counts, so the learner can check the shares against the split. */
export function comparisonCaption(c: Pick<VersionComparison, 'since'>): string {
  return c.since === null
    ? `Last ${Math.round(DASHBOARD_WINDOW_MS / 1000)} s, per version (no change of the traffic split recorded)`
    : `Since the last change of the traffic split (${formatClock(c.since)}), per version`;
}

/** Step 3: per-version stats since the last traffic change side by side, and a button that sends a burst of traffic with feedback. */
export function UpdateCompareSection({
  entries,
  history,
  variants,
  progress,
  canSend,
  onSend,
}: {
  entries: readonly RequestLogEntry[];
  history: readonly ConfigChange[];
  variants: readonly TrafficVariant[];
  progress: BurstProgress;
  canSend: boolean;
  onSend: (scenario: TrafficScenario) => void;
}) {
  const id = useId();
  const [scenario, setScenario] = useState<TrafficScenario>('new-population');
  const comparison = useVersionComparison(entries, history);
  const shown = comparison.versions.filter((v) => v.requests > 0);
  const total = shown.reduce((sum, v) => sum + v.requests, 0);
  const weight = (v: string) => variants.find((x) => x.version === v)?.weight;
  return (
    <section aria-labelledby="compare-title" className="bench-section">
      <h2 id="compare-title">3. Compare the versions on live traffic</h2>
      <p className="measure">
        Both versions now answer real requests. Compare them side by side: speed, errors, what they predict, and — where the true species came back as
        feedback — how often they are right. Run traffic on <Link to="/deploy/monitor">Monitor</Link>, or send a burst from here.
      </p>
      <p className="measure">
        The table starts at the last change of the traffic split, so every request in it was routed by the split you set: the shares seen should be close
        to the shares set. Each request carries a new penguin, drawn from the species' measured distributions, never a real row replayed. So the canary is
        graded on birds it never learned from, even though it was retrained on the labels of earlier traffic.
      </p>
      <div className="update-burst">
        <label htmlFor={`${id}-scenario`}>Traffic</label>
        <select id={`${id}-scenario`} value={scenario} onChange={(e) => setScenario(e.target.value as TrafficScenario)}>
          <option value="new-population">New population (longer bills)</option>
          <option value="normal">Normal</option>
        </select>
        <button type="button" onClick={() => onSend(scenario)} disabled={!canSend || progress.running}>
          {progress.running ? `Sending… ${progress.sent} of ${BURST.requests}` : `Send ${BURST.requests} requests`}
        </button>
      </div>
      {!canSend && <p className="muted">Your prepared data, which the penguins to send are drawn like, is still loading (or it is not usable).</p>}
      <p role="status" className="muted">
        {progress.sent > 0 &&
          `${progress.sent} sent, ${progress.answered} answered, ${progress.failed} failed${Object.keys(progress.byVersion).length > 0 ? `; answered by ${Object.entries(progress.byVersion).map(([v, n]) => `${v}: ${n}`).join(', ')}` : ''}.${progress.running ? '' : ' Feedback was sent for every answer.'}`}
      </p>
      {shown.length === 0 ? (
        <p className="callout">
          No requests to the endpoint {comparison.since === null ? 'in the last minute' : `since the last traffic change (${formatClock(comparison.since)})`}. Send a burst above or start the traffic generator on
          Monitor; the numbers appear here within a second.
        </p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways (on a phone) must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label="Per-version comparison">
          <table className="update-table">
            <caption>{comparisonCaption(comparison)}</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Share set</th>
                <th scope="col">Share seen</th>
                <th scope="col">Requests</th>
                <th scope="col">p50 (warm)</th>
                <th scope="col">p95 (warm)</th>
                <th scope="col">Error rate</th>
                <th scope="col">Predictions</th>
                <th scope="col">Accuracy (labelled)</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((v) => (
                <tr key={v.version}>
                  <th scope="row">{v.version === NO_VERSION ? 'no version (refused before the model)' : v.version}</th>
                  <td>{weight(v.version) === undefined ? '–' : `${weight(v.version)}%`}</td>
                  <td>{pct(v.requests / total)}</td>
                  <td>{v.requests}</td>
                  <td>{ms(v.warmLatency.p50)}</td>
                  <td>
                    {ms(v.warmLatency.p95)}
                    {v.coldRequests > 0 && <span className="muted"> ({v.coldRequests} cold start{v.coldRequests === 1 ? '' : 's'} left out)</span>}
                  </td>
                  <td>{pct(v.errorRate)}</td>
                  <td>{mix(v.predicted)}</td>
                  <td>{v.accuracy === null ? 'no feedback yet' : `${pct(v.accuracy)} of ${v.labelled}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p className="muted measure">{smallSampleNote(variants, BURST.requests)}</p>
    </section>
  );
}
