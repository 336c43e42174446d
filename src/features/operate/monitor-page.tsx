import { useMemo } from 'react';
import { violationsFromDrift } from '../../core/monitoring/violations';
import { CodeBlock } from '../../ui/code-block';
import { StagePage } from '../../ui/stage-page';
import { MonitorAlerts } from './monitor-alerts';
import { MonitorDriftSection } from './monitor-drift-section';
import { MonitorTrafficControls } from './monitor-traffic-controls';
import { MonitorTrafficSection } from './monitor-traffic-section';
import { MonitorVersionsTable } from './monitor-versions-table';
import { MonitorViolations } from './monitor-violations';
import { useDashboard } from './use-dashboard';
import { useMonitoringBaseline } from './use-monitoring-baseline';
import { useRequestLog } from './use-request-log';
import { useMonitorView } from './use-monitor-view';
import { useTrafficGenerator } from './use-traffic-generator';
import './operate.css';
import './monitor-layout.css';
import { formatCount } from '../../core/format/count';

/** What to paste in the browser console: a request typed by hand shows up on the dashboard like any other. */
export const DEVTOOLS_FETCH = `fetch('/api/endpoints/penguins/invocations', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ instances: [{ bill_length_mm: 39.1, bill_depth_mm: 18.7, flipper_length_mm: 181, body_mass_g: 3750 }] }) }).then((r) => r.json()).then(console.log)`;

/** Step 9: send traffic to the endpoint and watch it: volume, latency, errors, predictions, accuracy, drift and alerts. */
export default function MonitorPage() {
  // One dashboard refresh a second: every React commit here delays the mocked responses (MSW answers on the main thread).
  const log = useRequestLog(1000);
  const base = useMonitoringBaseline();
  const generator = useTrafficGenerator(base.trafficRows);
  useMonitorView(generator);
  const { dashboard, alerts, thresholds, setThresholds, notice } = useDashboard(log.entries, base.baseline, base.features);
  // The drift verdicts reuse the dashboard's drift over the same window; only the quality checks run here.
  const report = useMemo(() => {
    if (!base.baseline || !base.features) return null;
    const since = dashboard.now - dashboard.windowMs;
    const recent = log.entries.filter((e) => e.startedAt > since);
    return violationsFromDrift(recent, dashboard.drift, base.features);
  }, [dashboard, log.entries, base.baseline, base.features]);

  const disabledReason = log.error
    ? 'No traffic without the in-browser API (see the message above).'
    : base.status === 'loading'
      ? 'Loading the penguins the traffic is drawn from…'
      : base.trafficRows.length === 0
        ? 'No penguins to draw traffic from (see the notice above).'
        : null;
  // The page's own set-up calls (data set, endpoint description) are logged too, but only predictions and feedback feed the dashboard.
  const empty = log.ready && !log.entries.some((e) => e.kind !== 'other');

  const logSection = (
    <details className="monitor-section monitor-log" open={empty || undefined}>
      <summary>
        <h2 id="monitor-log">The request log</h2>
        {log.ready && <span className="muted"> ({formatCount(log.entries.length)} requests held)</span>}
      </summary>
      <p className="measure">
        Every call to <code>/api</code> is recorded, from this page and every other, and kept across reloads: from the generator, the inspector, other pages, or a{' '}
        <code>fetch</code> you type in DevTools. Try it: open the console (F12) and paste
      </p>
      <CodeBlock label="A request to paste in the DevTools console">{DEVTOOLS_FETCH}</CodeBlock>
      <p className="log-summary">
        {log.ready ? (
          <>
            <strong>{log.total}</strong> requests recorded, {log.entries.length} held now (the log keeps the last {formatCount(log.capacity)}, across pages and
            reloads).{' '}
          </>
        ) : (
          !log.error && <span className="loading">Starting the in-browser API…</span>
        )}
        <button type="button" className="quiet" onClick={log.clear} disabled={!log.ready || log.entries.length === 0}>
          Clear log
        </button>
      </p>
    </details>
  );

  return (
    <StagePage path="/deploy/monitor">
      {/* One sentence (what failed, why, what to do), written by api/mock-api for every page. */}
      {log.error && (
        <p className="callout error" role="alert">
          {log.error}
        </p>
      )}
      {log.notice && (
        <p className="callout" role="alert">
          {log.notice}
        </p>
      )}
      {/* Without the API there is no data set either: the sentence above already says why. */}
      {base.status === 'error' && !log.error && (
        <div className="callout error">
          <p>
            <strong>No training baseline, so no drift.</strong> {base.error}
          </p>
        </div>
      )}
      {/* The controls and the charts they drive share the first screen; the log and its details come last. */}
      <div className="monitor-bench">
        <MonitorTrafficControls
          running={generator.running}
          paused={generator.paused}
          scenario={generator.scenario}
          onScenario={generator.setScenario}
          rate={generator.rate}
          onRate={generator.setRate}
          counts={generator.counts}
          onStart={generator.start}
          onStop={generator.stop}
          stopReason={generator.stopReason}
          disabledReason={disabledReason}
        />
        <div className="monitor-bench-charts">
          {empty ? (
            <p className="callout monitor-empty">Start the traffic generator or send a request from the inspector; requests appear here within a second.</p>
          ) : (
            log.ready && <MonitorTrafficSection dashboard={dashboard} />
          )}
        </div>
      </div>
      <MonitorAlerts alerts={alerts} thresholds={thresholds} onThresholds={setThresholds} notice={notice} coldStarts={dashboard.coldStarts} />
      {!empty && log.ready && (
        <>
          {base.features && base.baseline ? (
            <>
              <MonitorDriftSection dashboard={dashboard} features={base.features} report={report} baselineDescription={base.description} />
              <MonitorViolations report={report} />
            </>
          ) : (
            base.status === 'loading' && <p className="loading">Loading the training baseline…</p>
          )}
          <section className="monitor-section" aria-labelledby="monitor-versions">
            <h2 id="monitor-versions">Per model version</h2>
            <MonitorVersionsTable dashboard={dashboard} />
          </section>
        </>
      )}
      {logSection}
    </StagePage>
  );
}
