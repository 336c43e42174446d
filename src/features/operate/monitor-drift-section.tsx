import { memo } from 'react';
import type { FeatureRange } from '../../core/monitoring/baseline';
import type { Dashboard } from '../../core/monitoring/dashboard';
import type { ViolationsReport } from '../../core/monitoring/violations';
import { DEFAULT_MIN_SAMPLES } from '../../core/monitoring/violations';
import { MonitorDriftChart } from './monitor-drift-chart';
import { formatPsi } from './monitor-format';

/** Drift per feature against the training baseline, and the data-quality summary of what clients sent. */
export const MonitorDriftSection = memo(function MonitorDriftSection({
  dashboard,
  features,
  report,
  baselineDescription,
}: {
  dashboard: Dashboard;
  features: readonly FeatureRange[];
  report: ViolationsReport | null;
  baselineDescription: string;
}) {
  const worst = dashboard.drift.reduce<(typeof dashboard.drift)[number] | null>((w, d) => (d.psi !== null && (w === null || (w.psi ?? 0) < d.psi) ? d : w), null);
  const bins = Math.max(1, ...dashboard.drift.map((d) => d.expected.length));
  const quality = report?.violations.filter((v) => v.constraint_check_type !== 'baseline_drift_check') ?? [];
  return (
    <section className="monitor-section" aria-labelledby="monitor-drift">
      <h2 id="monitor-drift">Data drift: do the penguins still look like the training data?</h2>
      <div className="measure">
        <p>
          The baseline is the {baselineDescription}. Each feature is cut into {bins} bins at quantiles of the training values, so about {Math.round(100 / bins)}% of
          the training penguins fall in each bin (fewer bins when many penguins share a value). Credit scoring often uses 10 bins, but with a few hundred penguins 10 bins read random noise as drift. The striped bars show where the last minute's requests fall.
        </p>
        <p>
          The <strong>population stability index</strong> (PSI) adds up, over the bins, (live share − training share) × ln(live share ÷ training share). 0 means
          the same shape. {worst ? `Right now the largest is ${worst.feature}: PSI ${formatPsi(worst.psi)}.` : ''}
        </p>
        <p>
          The usual reading is a rule of thumb from credit scoring (Siddiqi, 2006; Yurdakul, 2018): below 0.1 no significant change, 0.1 to 0.25 a moderate
          shift worth watching, above 0.25 a major shift. It is a convention, not a statistical test. With fewer than {DEFAULT_MIN_SAMPLES} values no verdict is
          given: a handful of penguins always looks odd.
        </p>
        <p>
          Drift in the inputs is only one way a model goes wrong in silence. In <strong>concept drift</strong> the inputs look the same, but the right answer for
          them changes: PSI stays low while accuracy falls. Only the feedback, the true species coming back, can show it.
        </p>
      </div>
      <div className="monitor-grid drift-grid">
        {dashboard.drift.map((d) => (
          <MonitorDriftChart key={d.feature} drift={d} unit={features.find((f) => f.name === d.feature)?.unit ?? ''} minSamples={DEFAULT_MIN_SAMPLES} />
        ))}
      </div>
      <h3>Data quality</h3>
      <p className="measure">
        Drift bins every finite number clients send, even one outside the valid range in a request the endpoint refused with 422. That is why a unit mistake
        shows as drift as well as an error. Data quality looks at what is broken: missing fields, strings instead of numbers, values outside the valid range (
        {features.map((f) => `${f.name} ${f.min}–${f.max}${f.unit ? ` ${f.unit}` : ''}`).join(', ')}), fields the model does not read.
      </p>
      {quality.length === 0 ? (
        <p className="measure">No data-quality problem in the last minute ({dashboard.qualityIssues} issues).</p>
      ) : (
        <ul className="measure quality-list" aria-label="Data-quality problems in the last minute">
          {quality.map((v) => (
            <li key={`${v.constraint_check_type}:${v.feature_name}`}>
              <code>{v.constraint_check_type}</code>: {v.description}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
