import { memo, useCallback, useDeferredValue, useId, useMemo } from 'react';
import { formatNumber, histogramSeries, speciesGroups } from '../../core/data/explore-views';
import type { HistogramBin } from '../../core/data/explore-views';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { ChartTableTwin } from '../../ui/chart-table-twin';
import { RenderWhenVisible } from '../../ui/render-when-visible';
import { FeatureSelect } from './feature-select';
import { binLabel, FACET_HEIGHT, HistogramChart, OVERLAY_HEIGHT } from './histogram-chart';
import type { HistogramMode } from './histogram-chart';
import { SpeciesLegend } from './species-legend';
import { speciesStyle } from './species-style';
import { useChartChoice } from './use-chart-choice';
import { useColorScheme } from './use-color-scheme';

const MODES: readonly HistogramMode[] = ['overlay', 'facet'];
/** The slider's range, 5–40 bins, as the address may carry it. */
const BIN_CHOICES = Array.from({ length: 36 }, (_, i) => String(i + 5));

/** The histogram's numbers as table rows: one row per bin, one column per species label. */
export function histogramTableRows(bins: readonly HistogramBin[], groups: readonly string[]) {
  return bins.map((b) => ({ key: String(b.start), cells: [binLabel(b), ...groups.map((g) => String(b.counts[g] ?? 0))] }));
}

/** A histogram of one measurement per species: overlaid step outlines, or one small chart per species on the same bins. */
export const ExploreHistogram = memo(function ExploreHistogram({ rows, viewLabel }: { rows: readonly DataRow[]; viewLabel: string }) {
  const id = useId();
  const scheme = useColorScheme();
  const [feature, setFeature] = useChartChoice<Feature>('hist', FEATURES, 'body_mass_g');
  const [binsText, setBinsText] = useChartChoice('hist_bins', BIN_CHOICES, '20');
  const bins = Number(binsText);
  const setBins = (n: number) => setBinsText(String(n));
  const [mode, setMode] = useChartChoice<HistogramMode>('hist_mode', MODES, 'overlay');
  // The slider answers at once; the chart follows from the deferred values when React has time.
  const chartInput = useDeferredValue(useMemo(() => ({ feature, bins, mode }), [feature, bins, mode]));
  const groups = useMemo(() => speciesGroups(rows).filter((g) => rows.some((r) => r.species === g)), [rows]);
  const series = useMemo(() => histogramSeries(rows, chartInput.feature, chartInput.bins, groups), [rows, chartInput, groups]);
  const styles = useMemo(() => groups.map((g) => ({ label: g, style: speciesStyle(g, scheme) })), [groups, scheme]);
  const tableRows = useCallback(() => histogramTableRows(series, groups), [series, groups]);
  const shownFeature = chartInput.feature;
  const unit = FEATURE_UNITS[shownFeature];
  const first = series[0];
  const last = series.at(-1);
  const description =
    first && last
      ? `Histogram of ${shownFeature} in ${unit}, ${series.length} bins from ${formatNumber(first.start)} to ${formatNumber(last.end)} ${unit}, ${groups.join(', ')} ${chartInput.mode === 'overlay' ? 'overlaid' : 'in separate panels'}.`
      : `Histogram of ${shownFeature}: no values to draw.`;
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Histogram: how one measurement is spread</h3>
      <div className="chart-controls">
        <FeatureSelect id={`${id}-feature`} label="Measurement" value={feature} onChange={setFeature} />
        <div className="field">
          <div className="slider-head">
            <label htmlFor={`${id}-bins`}>Bins</label>
            <span className="slider-value" aria-hidden="true">
              {bins}
            </span>
          </div>
          <input id={`${id}-bins`} type="range" min={5} max={40} step={1} value={bins} aria-valuetext={`${bins} bins`} onChange={(e) => setBins(Number(e.target.value))} />
        </div>
        <fieldset className="inline-options">
          <legend>Species</legend>
          <label>
            <input type="radio" name={`${id}-mode`} checked={mode === 'overlay'} onChange={() => setMode('overlay')} /> Overlaid
          </label>
          <label>
            <input type="radio" name={`${id}-mode`} checked={mode === 'facet'} onChange={() => setMode('facet')} /> One panel each
          </label>
        </fieldset>
      </div>
      <figure className="chart-figure">
        <div role="img" aria-label={description} className="chart-canvas">
          <RenderWhenVisible minHeight={chartInput.mode === 'overlay' ? `${OVERLAY_HEIGHT}px` : `${styles.length * (FACET_HEIGHT + 34)}px`}>
            <HistogramChart series={series} styles={styles} mode={chartInput.mode} feature={shownFeature} />
          </RenderWhenVisible>
        </div>
        <figcaption>
          <SpeciesLegend label="Species" entries={styles.map((s) => ({ ...s, asLine: chartInput.mode === 'overlay' }))} />
          <p className="chart-note">
            {rows.length.toLocaleString('en-US')} rows {viewLabel}; each bin counts the penguins whose {shownFeature} falls in it.{' '}
            {chartInput.mode === 'overlay' ? 'Each species is an outline with its own dash pattern.' : 'The panels share their bins and their vertical scale.'}
          </p>
        </figcaption>
      </figure>
      <ChartTableTwin caption={`Penguins per bin of ${shownFeature} (${unit})`} columns={[`bin (${unit})`, ...groups]} rows={tableRows} numeric={groups.map((_, i) => i + 1)} />
    </section>
  );
});
