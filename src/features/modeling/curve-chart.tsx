import { memo, useCallback, useId, useMemo } from 'react';
import { niceDomain, niceTicks } from '../../core/data/explore-views';
import { downsample } from '../../core/modeling/curves';
import { ChartTableTwin, lineTwinRows } from '../../ui/chart-table-twin';
import type { TwinLook } from '../../ui/chart-table-twin';
import { SeriesLegendItem } from '../../ui/line-series';
import type { LineSeriesStyle } from '../../ui/line-series';
import { SvgLineChart } from '../../ui/svg-line-chart';

/** Charts never draw more points than this (the table twin shows the same rows). */
export const MAX_CHART_POINTS = 500;
const HEIGHT = 260;

/** One line of a chart: its values per epoch, and how it looks (color, dash) and is named. */
export interface CurveSeries extends LineSeriesStyle {
  points: readonly { epoch: number; value: number }[];
}

/** About five round epoch numbers from 1 to `max` (1, 50, 100, 150, 200), so the axis never reads 1, 51, 101. */
export function epochTicks(max: number): number[] {
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? Math.ceil(raw);
  const ticks = [1];
  for (let t = step; t <= max; t += step) if (t > 1) ticks.push(t);
  return ticks;
}

type Row = { epoch: number } & Record<string, number | null>;

/** Joins the series into one row per epoch (non-finite values become gaps) and keeps at most `max` rows. */
export function curveRows(series: readonly CurveSeries[], max = MAX_CHART_POINTS): Row[] {
  const byEpoch = new Map<number, Row>();
  for (const s of series) {
    for (const p of s.points) {
      const row = byEpoch.get(p.epoch) ?? ({ epoch: p.epoch } as Row);
      row[s.key] = Number.isFinite(p.value) ? p.value : null;
      byEpoch.set(p.epoch, row);
    }
  }
  return downsample(
    [...byEpoch.values()].sort((a, b) => a.epoch - b.epoch),
    Math.min(max, MAX_CHART_POINTS),
  );
}

interface Props {
  title: string;
  /** Name of the measured value, for the vertical axis and the table ("Loss"). */
  valueLabel: string;
  series: readonly CurveSeries[];
  format: (v: number) => string;
  /** Format of the axis ticks (defaults to `format`). */
  tickFormat?: (v: number) => string;
  /** The chart's accessible name: what it shows, in a sentence with its numbers. */
  description: string;
  /** The last epoch of the horizontal axis (the planned epochs, so a live run fills the chart from left to right). */
  xMax: number;
  yDomain?: [number, number];
  /** A vertical marker, e.g. where overfitting starts. */
  marker?: { epoch: number; label: string } | null;
  /** Fewer points while a run is live: redrawing 500-point SVG paths ten times a second costs the page its responsiveness. */
  maxPoints?: number;
  /** A run in progress: no hover box while the curves move. */
  live?: boolean;
}

/** The modeling pages' table look (modeling.css). */
const CURVE_TABLE_LOOK: TwinLook = { scroll: 'curve-table-scroll', table: 'curve-table' };


/** The largest finite value of the rows' series (0 when there is none). */
function maxValue(rows: readonly Row[], series: readonly CurveSeries[]): number {
  let max = 0;
  for (const r of rows) for (const s of series) max = Math.max(max, r[s.key] ?? 0);
  return max;
}

/**
 * A line chart of values per epoch, with a legend in words and a "Show as table" twin. Memoized, drawn as plain SVG
 * (ui/svg-line-chart) with our own round ticks: a recharts chart re-rendered synchronously on every live epoch
 * while the worker trained, and MSW answers the API on that same thread.
 */
export const CurveChart = memo(function CurveChart({ title, valueLabel, series, format, tickFormat, description, xMax, yDomain, marker, maxPoints = MAX_CHART_POINTS, live = false }: Props) {
  const id = useId();
  const rows = useMemo(() => curveRows(series, maxPoints), [series, maxPoints]);
  const top = yDomain ? null : maxValue(rows, series);
  const [yLo, yHi] = yDomain ?? niceDomain(0, top && top > 0 ? top : 1);
  const yTicks = useMemo(() => niceTicks(yLo, yHi, 4), [yLo, yHi]);
  const xTicks = useMemo(() => epochTicks(Math.max(2, xMax)), [xMax]);
  const markers = useMemo(() => (marker ? [{ x: marker.epoch, label: marker.label }] : []), [marker]);
  const hoverLines = useCallback(
    (row: Record<string, number | null>) => [`Epoch ${row.epoch}`, ...series.flatMap((s) => (typeof row[s.key] === 'number' ? [`${s.label}: ${format(row[s.key] as number)}`] : []))],
    [series, format],
  );
  const tableRows = useCallback(() => lineTwinRows(rows, (r) => String(r.epoch), series, format), [rows, series, format]);
  return (
    <section className="curve-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figure className="curve-figure">
        <div role="img" aria-label={description} className="curve-canvas">
          <SvgLineChart
            rows={rows}
            xKey="epoch"
            series={series}
            connectNulls
            height={HEIGHT}
            xDomain={[1, Math.max(2, xMax)]}
            xTicks={xTicks}
            xTickLabel={String}
            xTitle="Epoch"
            yDomain={[yLo, yHi]}
            yTicks={yTicks}
            yTickLabel={tickFormat ?? format}
            yTitle={valueLabel}
            markers={markers}
            hoverLines={live ? undefined : hoverLines}
          />
        </div>
        <figcaption>
          <ul className="curve-legend" aria-label={`Legend: ${title}`}>
            {series.map((s) => {
              const last = s.points.at(-1);
              return (
                <SeriesLegendItem key={s.key} series={s}>
                  {last && (
                    <>
                      : <strong>{format(last.value)}</strong> <span className="muted">at epoch {last.epoch}</span>
                    </>
                  )}
                </SeriesLegendItem>
              );
            })}
          </ul>
        </figcaption>
      </figure>
      <ChartTableTwin
        caption={`${title}: ${valueLabel.toLowerCase()} per epoch${rows.length === maxPoints ? ` (${maxPoints} evenly spaced epochs, first and last included)` : ''}`}
        regionLabel={`${title}, as a table`}
        columns={['Epoch', ...series.map((s) => s.label)]}
        rows={tableRows}
        numeric={series.map((_, i) => i + 1)}
        look={CURVE_TABLE_LOOK}
      />
    </section>
  );
});
