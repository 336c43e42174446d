import { memo, useId } from 'react';
import type { FeatureDrift } from '../../core/monitoring/dashboard';
import type { DriftBand } from '../../core/monitoring/psi';
import { DRIFT_BAND_LIMITS } from '../../core/monitoring/psi';
import { ChartTableTwin } from '../../ui/chart-table-twin';
import { DriftBars } from './monitor-drift-bars';
import { binLabel, edgeLabel, formatPsi, noiseSentence } from './monitor-format';
import { MONITOR_TABLE_LOOK } from './monitor-time-chart';

/** The PSI bands in words (a credit-scoring rule of thumb, not a law: see the drift section's note). */
export const BAND_WORDS: Record<DriftBand, string> = {
  none: `no significant drift (< ${DRIFT_BAND_LIMITS.moderate})`,
  moderate: `moderate drift (${DRIFT_BAND_LIMITS.moderate}–${DRIFT_BAND_LIMITS.major})`,
  major: `major drift (> ${DRIFT_BAND_LIMITS.major})`,
};

const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

/** A feature's live histogram beside its training baseline (solid vs striped bars), its PSI and band, with a table twin. */
export const MonitorDriftChart = memo(function MonitorDriftChart({ drift, unit, minSamples }: { drift: FeatureDrift; unit: string; minSamples: number }) {
  const id = useId();
  const hatch = `${id.replace(/:/g, '')}-hatch`;
  const rows = drift.expected.map((e, i) => ({ bin: binLabel(drift.edges, i), training: e, live: drift.actual[i] ?? 0 }));
  const tableRows = () => rows.map((r) => ({ key: r.bin, cells: [r.bin, pct(r.training), pct(r.live)] }));
  const n = drift.samples;
  const verdict = drift.psi === null || drift.band === null ? `not enough data yet: n = ${n} of the ${minSamples} values needed` : `PSI ${formatPsi(drift.psi)} from n = ${n} values, ${BAND_WORDS[drift.band]}`;
  const noise = drift.noise ? noiseSentence(drift.noise, n, drift.expected.length) : null;
  const busiest = rows.reduce((best, r) => (r.live > best.live ? r : best), rows[0] ?? { bin: '—', training: 0, live: 0 });
  const description = `Bar chart of ${drift.feature} in ${rows.length} bins cut at equal-count points of the training data: training share (solid bars) beside the live share (striped bars). ${verdict}. The most live values (${pct(busiest.live)}) fall in bin ${busiest.bin}${unit ? ` ${unit}` : ''}, where training had ${pct(busiest.training)}.`;
  return (
    <section className={`monitor-chart drift-card band-${drift.band ?? 'unknown'}`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        <code>{drift.feature}</code>
      </h4>
      <p className="drift-verdict">
        <strong>{drift.psi === null ? 'PSI —' : `PSI ${formatPsi(drift.psi)}`}</strong> <span className="drift-n">(n = {n})</span>{' '}
        <span className="drift-band">{drift.band === null ? `not enough data yet: needs ${minSamples} values` : BAND_WORDS[drift.band]}</span>
      </p>
      {noise && <p className="drift-noise muted">{noise}</p>}
      <figure>
        <div role="img" aria-label={description} className="monitor-canvas">
          <DriftBars bins={rows} edgeLabels={drift.edges.map(edgeLabel)} hatchId={hatch} />
        </div>
        <figcaption>
          <ul className="monitor-legend" aria-label={`Legend: ${drift.feature}`}>
            <li>
              <span className="swatch swatch-solid" aria-hidden="true" />
              <span>
                Training baseline <span className="muted">(solid bars)</span>
              </span>
            </li>
            <li>
              <span className="swatch swatch-striped" aria-hidden="true" />
              <span>
                Live requests, last minute <span className="muted">(striped bars, {drift.samples} values)</span>
              </span>
            </li>
          </ul>
        </figcaption>
      </figure>
      <ChartTableTwin
        caption={`${drift.feature}: share of values per bin${unit ? ` (${unit})` : ''}`}
        columns={['Bin', 'Training', 'Live']}
        rows={tableRows}
        numeric={[1, 2]}
        scrolls={false}
        look={MONITOR_TABLE_LOOK}
      />
    </section>
  );
});
