import { memo, useMemo, useState } from 'react';
import { formatNumber, niceDomain, niceTicks } from '../../core/data/explore-views';
import type { HistogramBin } from '../../core/data/explore-views';
import { FEATURE_UNITS } from '../../core/data/penguins';
import type { Feature } from '../../core/data/penguins';
import { SvgChartCallout } from '../../ui/svg-chart-callout';
import { PlotPointer, SvgChartFrame, useChartFrame } from '../../ui/svg-chart-frame';
import type { LinearAxis, PlotPoint } from '../../ui/svg-chart-frame';
import { ShapeMarker } from './species-legend';
import type { SpeciesStyle } from './species-style';

/** Heights in CSS px of the overlaid chart and of one facet panel. */
export const OVERLAY_HEIGHT = 280;
export const FACET_HEIGHT = 120;

/** Overlaid outlines, or one panel per species. */
export type HistogramMode = 'overlay' | 'facet';

/** One species' series: its label and how it is drawn. */
export interface HistogramStyle {
  label: string;
  style: SpeciesStyle;
}

/** Bin edges as text, e.g. "3,400–3,580". */
export const binLabel = (b: HistogramBin) => `${formatNumber(b.start)}–${formatNumber(b.end)}`;

const tickNumber = (v: number) => formatNumber(v, 1);
const countLabel = (v: number) => formatNumber(v, 0);

/** The two SVG paths of one species' histogram: the closed step area (fill) and its top outline (stroke). */
function stepPaths(series: readonly HistogramBin[], label: string, x: (v: number) => number, y: (v: number) => number): { fill: string; line: string } {
  const first = series[0];
  const last = series.at(-1);
  if (!first || !last) return { fill: '', line: '' };
  let line = '';
  for (const [i, b] of series.entries()) {
    const py = y(b.counts[label] ?? 0).toFixed(1);
    line += `${i === 0 ? 'M' : 'L'}${x(b.start).toFixed(1)} ${py}H${x(b.end).toFixed(1)}`;
  }
  const base = y(0).toFixed(1);
  return { fill: `M${x(first.start).toFixed(1)} ${base}${line.replace(/^M/, 'L')}L${x(last.end).toFixed(1)} ${base}Z`, line };
}

/** The outlines (or filled steps) of the given species, drawn with the frame's scales. */
function StepAreas({ series, styles, filled }: { series: readonly HistogramBin[]; styles: readonly HistogramStyle[]; filled: boolean }) {
  const { x, y } = useChartFrame();
  return (
    <g className="histogram-steps">
      {styles.map(({ label, style }) => {
        const { fill, line } = stepPaths(series, label, x, y);
        return (
          <g key={label}>
            <path d={fill} fill={style.color} fillOpacity={filled ? 0.55 : 0.12} />
            <path d={line} fill="none" stroke={style.color} strokeWidth={filled ? 1.5 : 2} strokeDasharray={filled ? undefined : style.dash || undefined} />
          </g>
        );
      })}
    </g>
  );
}

/** The bin under the pointer, shaded, with a callout of its edges and each species' count (mouse only; the table twin has them all). */
function BinHover({ series, styles, unit }: { series: readonly HistogramBin[]; styles: readonly HistogramStyle[]; unit: string }) {
  const { x, area } = useChartFrame();
  const [bin, setBin] = useState<HistogramBin | null>(null);
  const onPoint = (p: PlotPoint | null) => setBin(p ? (series.find((b) => p.x >= x(b.start) && p.x < x(b.end)) ?? null) : null);
  return (
    <g className="histogram-hover">
      {bin && <rect className="histogram-hover-bin" x={x(bin.start)} y={area.top} width={x(bin.end) - x(bin.start)} height={area.bottom - area.top} pointerEvents="none" />}
      <PlotPointer onPoint={onPoint} />
      {bin && <SvgChartCallout lines={[`${binLabel(bin)} ${unit}`, ...styles.map((s) => `${s.label}: ${bin.counts[s.label] ?? 0}`)]} px={x(bin.end)} py={area.top + 4} />}
    </g>
  );
}

interface Props {
  series: readonly HistogramBin[];
  styles: readonly HistogramStyle[];
  mode: HistogramMode;
  feature: Feature;
}

/** The histogram's picture, memoized: moving the bins slider re-renders it once, from the deferred bin count. */
export const HistogramChart = memo(function HistogramChart({ series, styles, mode, feature }: Props) {
  const unit = FEATURE_UNITS[feature];
  const lo = series[0]?.start ?? 0;
  const hi = series.at(-1)?.end ?? 1;
  // Panels share bins, axis and vertical scale, so a taller panel means more penguins, not a different scale.
  const yMax = niceDomain(0, Math.max(1, ...series.flatMap((b) => Object.values(b.counts))))[1];
  const x = useMemo<LinearAxis>(
    () => ({ kind: 'linear', domain: [lo, hi], ticks: niceTicks(lo, hi, 8), tickLabel: tickNumber, title: mode === 'overlay' ? `${feature} (${unit})` : undefined }),
    [lo, hi, mode, feature, unit],
  );
  // Counts are whole penguins: no tick between them.
  const y = useMemo<LinearAxis>(
    () => ({ kind: 'linear', domain: [0, yMax], ticks: niceTicks(0, yMax, mode === 'overlay' ? 5 : 3).filter(Number.isInteger), tickLabel: countLabel, title: mode === 'overlay' ? 'penguins' : undefined }),
    [yMax, mode],
  );
  if (mode === 'overlay') {
    return (
      <SvgChartFrame height={OVERLAY_HEIGHT} x={x} y={y}>
        <StepAreas series={series} styles={styles} filled={false} />
        <BinHover series={series} styles={styles} unit={unit} />
      </SvgChartFrame>
    );
  }
  return <Facets series={series} styles={styles} x={x} y={y} unit={unit} />;
});

/** One small panel per species on the same bins and scales; only horizontal grid lines, as in the overlay's y. */
function Facets({ series, styles, x, y, unit }: { series: readonly HistogramBin[]; styles: readonly HistogramStyle[]; x: LinearAxis; y: LinearAxis; unit: string }) {
  const xNoGrid = useMemo<LinearAxis>(() => ({ ...x, grid: false }), [x]);
  return styles.map((s) => (
    <div key={s.label} className="facet">
      <p className="facet-label">
        <ShapeMarker shape={s.style.shape} color={s.style.color} /> {s.label}
      </p>
      <SvgChartFrame height={FACET_HEIGHT} x={xNoGrid} y={y}>
        <StepAreas series={series} styles={[s]} filled />
        <BinHover series={series} styles={[s]} unit={unit} />
      </SvgChartFrame>
    </div>
  ));
}
