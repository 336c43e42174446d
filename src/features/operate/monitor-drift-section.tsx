import { memo } from 'react';
import type { FeatureRange } from '../../core/monitoring/baseline';
import type { Dashboard } from '../../core/monitoring/dashboard';
import { expectedNoDriftPsi, MIN_DRIFT_SAMPLES, NOISE_COVERAGE, noDriftPsi95 } from '../../core/monitoring/drift-noise';
import { DRIFT_BAND_LIMITS } from '../../core/monitoring/psi';
import { DEFAULT_TRAFFIC_RATE } from '../../core/monitoring/traffic';
import type { ViolationsReport } from '../../core/monitoring/violations';
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
  const m = dashboard.drift[0]?.noise?.baselineCount ?? 0;
  const windowS = Math.round(dashboard.windowMs / 1000);
  const defaultN = DEFAULT_TRAFFIC_RATE * windowS;
  const coverage = `${Math.round(NOISE_COVERAGE * 100)} %`;
  const at = (n: number) => `${expectedNoDriftPsi(bins, n, m).toFixed(2)} on average, and below ${noDriftPsi95(bins, n, m).toFixed(2)} in ${coverage} of windows`;
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
          The usual reading is a rule of thumb from credit scoring (Siddiqi, 2006; Yurdakul, 2018): below {DRIFT_BAND_LIMITS.moderate} no significant change,{' '}
          {DRIFT_BAND_LIMITS.moderate} to {DRIFT_BAND_LIMITS.major} a moderate shift worth watching, above {DRIFT_BAND_LIMITS.major} a major shift. It is a convention, not a statistical test.
        </p>
        {m > 0 && (
          <p>
            Even with no drift at all, a sample never matches the training shares exactly, so PSI is never 0: part of it is noise, and the noise shrinks as
            the sample grows. With {bins} bins, n live values and m training values, PSI from noise alone averages about ({bins} − 1) × (1/n + 1/m). Your
            baseline has m = {m}. A few seconds of traffic, n = 30, gives PSI {at(30)}
            {expectedNoDriftPsi(bins, 30, m) >= DRIFT_BAND_LIMITS.moderate ? ': "moderate drift" from noise alone' : ''}. At n = {MIN_DRIFT_SAMPLES} it is{' '}
            {at(MIN_DRIFT_SAMPLES)}; at n = {defaultN} (a minute at the generator's default {DEFAULT_TRAFFIC_RATE} requests per second) {at(defaultN)}.
          </p>
        )}
        <p>
          So a feature gets a verdict only once the last {windowS} seconds hold at least {MIN_DRIFT_SAMPLES} of its values; before that it says "not enough data
          yet". In a seeded simulation of Normal traffic against the reference training split, windows of {MIN_DRIFT_SAMPLES} values read "no drift" on every
          feature in at least {coverage} of windows. Each card shows its n beside the PSI, and what noise alone would give at that n.
        </p>
        <p>
          Drift in the inputs is only one way a model goes wrong in silence. In <strong>concept drift</strong> the inputs look the same, but the right answer for
          them changes: PSI stays low while accuracy falls. Only the feedback, the true species coming back, can show it.
        </p>
      </div>
      <div className="monitor-grid drift-grid">
        {dashboard.drift.map((d) => (
          <MonitorDriftChart key={d.feature} drift={d} unit={features.find((f) => f.name === d.feature)?.unit ?? ''} minSamples={d.noise?.minSamples ?? MIN_DRIFT_SAMPLES} />
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
