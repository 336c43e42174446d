import { memo, useMemo } from 'react';
import { SPECIES } from '../../core/data/penguins';
import type { Dashboard, StatusFamily, TimeBucket } from '../../core/monitoring/dashboard';
import { coldStartMarkers, coldStartSentence, formatMs, formatRate, formatShare } from './monitor-format';
import { MonitorTimeChart } from './monitor-time-chart';
import type { TimeRow, TimeSeries } from './monitor-time-chart';

const LINES = [
  { color: 'var(--mon-1)', dash: '', lineStyle: 'solid line' },
  { color: 'var(--mon-2)', dash: '8 4', lineStyle: 'dashed line' },
  { color: 'var(--mon-3)', dash: '2 3', lineStyle: 'dotted line' },
] as const;

const SPECIES_LINES: TimeSeries[] = SPECIES.map((s, i) => ({ key: s, label: s, ...LINES[i % LINES.length] }) as TimeSeries);

const FAMILIES: { family: StatusFamily; meaning: string }[] = [
  { family: '2xx', meaning: 'success' },
  { family: '3xx', meaning: 'redirect' },
  { family: '4xx', meaning: 'client error: the request was refused (wrong, or too many: 429)' },
  { family: '5xx', meaning: 'server error: the endpoint failed' },
  { family: 'network', meaning: 'no answer at all (network error)' },
];

const num = (x: number) => (Number.isFinite(x) ? x : null);

function rowsOf(d: Dashboard, value: (b: TimeBucket) => Record<string, number | null>): TimeRow[] {
  return d.buckets.map((b) => ({ t: Math.round((b.start - d.now) / 1000), ...value(b) }) as TimeRow);
}

function predictedShares(b: TimeBucket): Record<string, number | null> {
  const total = Object.values(b.predicted).reduce((a, c) => a + c, 0);
  return Object.fromEntries(SPECIES.map((s) => [s, total > 0 ? (b.predicted[s] ?? 0) / total : null]));
}

/** Seconds of the "current rate": long enough to smooth timer jitter, short enough to show a start or stop at once. */
const RECENT_S = 5;

/** Requests per second over the last RECENT_S buckets. */
function recentRate(d: Dashboard): number {
  const recent = d.buckets.slice(-RECENT_S);
  return recent.length === 0 ? 0 : recent.reduce((a, b) => a + b.requests, 0) / ((recent.length * d.windowMs) / Math.max(1, d.buckets.length) / 1000);
}

const pct0 = (v: number) => `${(v * 100).toFixed(0)}%`;
const count0 = (v: number) => v.toFixed(0);
const ms = (v: number) => formatMs(v);

/** The traffic half of the dashboard: volume, latency, errors, what the model predicts and how often it is right. */
export const MonitorTrafficSection = memo(function MonitorTrafficSection({ dashboard }: { dashboard: Dashboard }) {
  const windowS = Math.round(dashboard.windowMs / 1000);
  const t = dashboard.totals;
  const rows = useMemo(
    () => ({
      rate: rowsOf(dashboard, (b) => ({ rate: b.requests > 0 ? b.perSecond : 0 })),
      latency: rowsOf(dashboard, (b) => ({ p50: num(b.latency.p50), p95: num(b.latency.p95), p99: num(b.latency.p99) })),
      errors: rowsOf(dashboard, (b) => ({ errorRate: b.requests > 0 ? b.errorRate : null })),
      predicted: rowsOf(dashboard, predictedShares),
      accuracy: rowsOf(dashboard, (b) => ({ accuracy: b.accuracy })),
    }),
    [dashboard],
  );
  const predictedTotal = Object.values(t.predicted).reduce((a, c) => a + c, 0);
  const mix = SPECIES.map((s) => `${s} ${formatShare(predictedTotal > 0 ? (t.predicted[s] ?? 0) / predictedTotal : null)}`).join(', ');
  return (
    <section className="monitor-section" aria-labelledby="monitor-traffic">
      <h2 id="monitor-traffic">Traffic, latency and errors</h2>
      <dl className="facts monitor-facts">
        <div>
          <dt>Requests (last {windowS} s)</dt>
          <dd>{t.requests}</dd>
        </div>
        <div>
          <dt>Rate (last {RECENT_S} s)</dt>
          <dd>{formatRate(recentRate(dashboard))}</dd>
        </div>
        <div>
          <dt>Latency p50 / p95 / p99</dt>
          <dd>
            {formatMs(t.latency.p50)} / {formatMs(t.latency.p95)} / {formatMs(t.latency.p99)}
          </dd>
        </div>
        <div>
          <dt>Error rate</dt>
          <dd>{t.requests > 0 ? formatShare(t.errorRate) : '—'}</dd>
        </div>
        <div>
          <dt>Accuracy (labelled)</dt>
          <dd>{t.accuracy === null ? 'no labels yet' : `${formatShare(t.accuracy)} of ${t.labelled}`}</dd>
        </div>
      </dl>
      <p className="measure">
        p95 = {formatMs(t.latency.p95)} means 95 of 100 requests got their answer within that time. The average hides the slow ones; the p95 and p99
        show what the unluckiest users wait.
      </p>
      <div className="monitor-grid">
        <MonitorTimeChart
          title="Requests per second"
          valueLabel="Requests per second"
          description={`Line chart of requests per second over the last ${windowS} seconds; over the window ${formatRate(t.perSecond)} on average, ${t.requests} requests.`}
          series={[{ key: 'rate', label: 'Requests per second', ...LINES[0] }]}
          rows={rows.rate}
          format={count0}
          windowS={windowS}
          wholeNumbers
        />
        <MonitorTimeChart
          title="Latency per second (ms)"
          valueLabel="Latency"
          description={`Line chart of latency percentiles per second: over the window p50 ${formatMs(t.latency.p50)}, p95 ${formatMs(t.latency.p95)}, p99 ${formatMs(t.latency.p99)}.${dashboard.coldStarts.map((c) => ` Cold start: ${coldStartSentence(c)}`).join('')}`}
          markers={coldStartMarkers(dashboard.coldStarts, dashboard.now)}
          series={[
            { key: 'p50', label: 'p50', ...LINES[0] },
            { key: 'p95', label: 'p95', ...LINES[1] },
            { key: 'p99', label: 'p99', ...LINES[2] },
          ]}
          rows={rows.latency}
          format={ms}
          windowS={windowS}
        />
        <MonitorTimeChart
          title="Error rate per second"
          valueLabel="Error rate"
          description={`Line chart of the share of requests answered with status 400 or more, or not answered: ${t.requests > 0 ? formatShare(t.errorRate) : 'no requests'} over the window.`}
          series={[{ key: 'errorRate', label: 'Error rate', ...LINES[1] }]}
          rows={rows.errors}
          format={pct0}
          yDomain={[0, 1]}
          windowS={windowS}
        />
        <MonitorTimeChart
          title="Predicted species (share per second)"
          valueLabel="Share of predictions"
          description={`Line chart of the share of each predicted species per second. Over the window: ${mix}.`}
          series={SPECIES_LINES}
          rows={rows.predicted}
          format={pct0}
          yDomain={[0, 1]}
          windowS={windowS}
        />
        <MonitorTimeChart
          title="Accuracy where labels came back"
          valueLabel="Accuracy"
          description={`Line chart of accuracy per second, counting only predictions whose true species came back as feedback: ${t.accuracy === null ? 'no labels yet' : `${formatShare(t.accuracy)} of ${t.labelled} labelled`}.`}
          series={[{ key: 'accuracy', label: 'Accuracy', ...LINES[0] }]}
          rows={rows.accuracy}
          format={pct0}
          yDomain={[0, 1]}
          windowS={windowS}
        />
        <section className="monitor-chart" aria-labelledby="monitor-status-mix">
          <h4 id="monitor-status-mix">Status codes (last {windowS} s)</h4>
          <table className="monitor-table">
            <caption className="visually-hidden">Requests per status family over the window</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Meaning</th>
                <th scope="col" className="num">
                  Requests
                </th>
                <th scope="col" className="num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {FAMILIES.map(({ family, meaning }) => (
                <tr key={family} className={`status-row-${family}`}>
                  <th scope="row">{family}</th>
                  <td>{meaning}</td>
                  <td className="num">{t.statusMix[family]}</td>
                  <td className="num">{t.requests > 0 ? formatShare(t.statusMix[family] / t.requests) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </section>
  );
});
