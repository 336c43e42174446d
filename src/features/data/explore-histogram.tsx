import { memo, useCallback, useDeferredValue, useId, useMemo, } from 'react';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, histogramSeries, niceDomain, niceTicks, speciesGroups } from '../../core/data/explore-views';
import type { HistogramBin } from '../../core/data/explore-views';
import { FEATURE_UNITS, FEATURES } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import type { DataRow } from '../../core/data/rows';
import { ChartTableTwin } from '../../ui/chart-table-twin';
import { RenderWhenVisible } from '../../ui/render-when-visible';
import { FeatureSelect } from './feature-select';
import { ShapeMarker, SpeciesLegend } from './species-legend';
import { speciesStyle } from './species-style';
import type { SpeciesStyle } from './species-style';
import { useChartChoice } from './use-chart-choice';
import { useColorScheme } from './use-color-scheme';

const OVERLAY_HEIGHT = 280;
const FACET_HEIGHT = 120;
const MARGIN = { top: 8, right: 16, bottom: 24, left: 4 };
const TOOLTIP_STYLE = { background: 'var(--surface)', border: '1px solid var(--border)' };

type Mode = 'overlay' | 'facet';
const MODES: readonly Mode[] = ['overlay', 'facet'];
/** The slider's range, 5–40 bins, as the address may carry it. */
const BIN_CHOICES = Array.from({ length: 36 }, (_, i) => String(i + 5));

/** Bin edges as text, e.g. "3,400–3,580". */
export const binLabel = (b: HistogramBin) => `${formatNumber(b.start)}–${formatNumber(b.end)}`;

/** The histogram's numbers as table rows: one row per bin, one column per species label. */
export function histogramTableRows(bins: readonly HistogramBin[], groups: readonly string[]) {
  return bins.map((b) => ({ key: String(b.start), cells: [binLabel(b), ...groups.map((g) => String(b.counts[g] ?? 0))] }));
}

interface ChartProps {
  series: readonly HistogramBin[];
  styles: readonly { label: string; style: SpeciesStyle }[];
  mode: Mode;
  feature: Feature;
}

/** The recharts part alone, memoized: moving the bins slider re-renders it once, from the deferred bin count. */
const HistogramChart = memo(function HistogramChart({ series, styles, mode, feature }: ChartProps) {
  const unit = FEATURE_UNITS[feature];
  const lo = series[0]?.start ?? 0;
  const last = series.at(-1);
  const hi = last?.end ?? 1;
  const maxCount = Math.max(1, ...series.flatMap((b) => Object.values(b.counts)));
  const stepData = useMemo(() => {
    const points = series.map((b) => ({ x: b.start, ...b.counts }));
    if (last) points.push({ x: last.end, ...last.counts });
    return points;
  }, [series, last]);
  if (mode === 'overlay') {
    return (
      <ResponsiveContainer width="100%" height={OVERLAY_HEIGHT}>
        <AreaChart data={stepData} margin={MARGIN} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[lo, hi]}
            ticks={niceTicks(lo, hi, 8)}
            tickFormatter={(v: number) => formatNumber(v, 1)}
            stroke="var(--muted)"
            label={{ value: `${feature} (${unit})`, position: 'insideBottom', offset: -14, fill: 'var(--text)' }}
          />
          <YAxis allowDecimals={false} stroke="var(--muted)" width={40} label={{ value: 'penguins', angle: -90, position: 'insideLeft', fill: 'var(--text)' }} />
          <Tooltip isAnimationActive={false} labelFormatter={(v) => `from ${formatNumber(Number(v))} ${unit}`} contentStyle={TOOLTIP_STYLE} />
          {styles.map(({ label, style }) => (
            <Area
              key={label}
              type="stepAfter"
              dataKey={(d: Record<string, number>) => d[label] ?? 0}
              name={label}
              stroke={style.color}
              strokeWidth={2}
              strokeDasharray={style.dash || undefined}
              fill={style.color}
              fillOpacity={0.12}
              isAnimationActive={false}
              dot={false}
              activeDot={false}
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    );
  }
  // Panels share bins, axis and vertical scale, so a taller panel means more penguins, not a different scale.
  const yMax = niceDomain(0, maxCount)[1];
  return styles.map(({ label, style }) => (
    <div key={label} className="facet">
      <p className="facet-label">
        <ShapeMarker shape={style.shape} color={style.color} /> {label}
      </p>
      <ResponsiveContainer width="100%" height={FACET_HEIGHT}>
        <AreaChart data={stepData} margin={{ ...MARGIN, bottom: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" vertical={false} />
          <XAxis type="number" dataKey="x" domain={[lo, hi]} ticks={niceTicks(lo, hi, 8)} tickFormatter={(v: number) => formatNumber(v, 1)} stroke="var(--muted)" />
          <YAxis allowDecimals={false} stroke="var(--muted)" width={40} domain={[0, yMax]} ticks={niceTicks(0, yMax, 3)} />
          <Area
            type="stepAfter"
            dataKey={(d: Record<string, number>) => d[label] ?? 0}
            name={label}
            stroke={style.color}
            strokeWidth={1.5}
            fill={style.color}
            fillOpacity={0.55}
            isAnimationActive={false}
            dot={false}
            activeDot={false}
          />
        </AreaChart>
      </ResponsiveContainer>
    </div>
  ));
});

/** A histogram of one measurement per species: overlaid step outlines, or one small chart per species on the same bins. */
export const ExploreHistogram = memo(function ExploreHistogram({ rows, viewLabel }: { rows: readonly DataRow[]; viewLabel: string }) {
  const id = useId();
  const scheme = useColorScheme();
  const [feature, setFeature] = useChartChoice<Feature>('hist', FEATURES, 'body_mass_g');
  const [binsText, setBinsText] = useChartChoice('hist_bins', BIN_CHOICES, '20');
  const bins = Number(binsText);
  const setBins = (n: number) => setBinsText(String(n));
  const [mode, setMode] = useChartChoice<Mode>('hist_mode', MODES, 'overlay');
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
