import { memo } from 'react';
import { SPECIES } from '../../core/data/penguins';
import type { Dashboard } from '../../core/monitoring/dashboard';
import { NO_VERSION } from '../../core/monitoring/dashboard';
import { formatMs, formatShare } from './monitor-format';

/** Per model version: requests, warm latency (cold-start requests counted apart), errors, prediction mix and accuracy (shown once several versions answer). */
export const MonitorVersionsTable = memo(function MonitorVersionsTable({ dashboard }: { dashboard: Dashboard }) {
  const served = dashboard.versions.filter((v) => v.version !== NO_VERSION);
  if (served.length < 2) {
    return (
      <p className="measure">
        {served.length === 1 ? (
          <>
            Every answered request came from version <code>{served[0]?.version}</code>. When a canary release splits traffic between two versions (next step), a
            table compares them here.
          </>
        ) : (
          'No model version has answered in the window yet.'
        )}
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table className="monitor-table">
        <caption>Traffic per model version (last {Math.round(dashboard.windowMs / 1000)} s)</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col" className="num">
              Requests
            </th>
            <th scope="col" className="num">
              p50 (warm)
            </th>
            <th scope="col" className="num">
              p95 (warm)
            </th>
            <th scope="col" className="num">
              Cold starts
            </th>
            <th scope="col" className="num">
              Error rate
            </th>
            <th scope="col">Predictions</th>
            <th scope="col" className="num">
              Accuracy
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.versions.map((v) => {
            const total = Object.values(v.predicted).reduce((a, c) => a + c, 0);
            return (
              <tr key={v.version}>
                <th scope="row">{v.version === NO_VERSION ? 'none (refused or failed before a model)' : v.version}</th>
                <td className="num">{v.requests}</td>
                <td className="num">{formatMs(v.warmLatency.p50)}</td>
                <td className="num">{formatMs(v.warmLatency.p95)}</td>
                <td className="num">{v.coldRequests}</td>
                <td className="num">{formatShare(v.errorRate)}</td>
                <td>{total > 0 ? SPECIES.map((s) => `${s} ${formatShare((v.predicted[s] ?? 0) / total)}`).join(', ') : '—'}</td>
                <td className="num">{v.accuracy === null ? '—' : `${formatShare(v.accuracy)} (${v.labelled})`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
