import { memo, useCallback, useId, useMemo } from 'react';
import { niceDomain, niceTicks } from '../../core/data/explore-views';
import { ChartTableTwin, lineTwinRows } from '../../ui/chart-table-twin';
import type { TwinLook } from '../../ui/chart-table-twin';
import { SeriesLegendItem } from '../../ui/line-series';
import type { LineSeriesStyle } from '../../ui/line-series';
import { SvgLineChart } from '../../ui/svg-line-chart';

/** One line over the window: how it looks (color, dash, marker) and is named in words. */
export type TimeSeries = LineSeriesStyle;

/** One row per time bucket: `t` is seconds relative to now (−59 … 0); a null value is a gap. */
export type TimeRow = { t: number } & Record<string, number | null>;

/** A moment to mark with a vertical line and a short label (e.g. a cold start), `t` in seconds relative to now. */
export interface TimeMarker {
  t: number;
  label: string;
}

interface Props {
  title: string;
  /** The chart's accessible name: what it shows, with its latest numbers. */
  description: string;
  valueLabel: string;
  series: readonly TimeSeries[];
  rows: readonly TimeRow[];
  format: (v: number) => string;
  yDomain?: [number | 'auto', number | 'auto'];
  /** Seconds the window spans (the x axis runs from −windowS to 0). */
  windowS: number;
  /** Moments to mark on the chart (drawn as dotted verticals with their label); say them in `description` too. */
  markers?: readonly TimeMarker[];
  /** The values are counts: the axis gets whole-number ticks only (a 2.5 tick read "3" under a count format). */
  wholeNumbers?: boolean;
}

const HEIGHT = 220;

/** The vertical range: fixed ends where given, else 0 and the largest value, widened to round ticks. */
function valueDomain(rows: readonly TimeRow[], series: readonly TimeSeries[], fixed: Props['yDomain']): [number, number] {
  let max = Number.NEGATIVE_INFINITY;
  for (const r of rows) for (const s of series) max = Math.max(max, r[s.key] ?? Number.NEGATIVE_INFINITY);
  const lo = typeof fixed?.[0] === 'number' ? fixed[0] : 0;
  const hi = typeof fixed?.[1] === 'number' ? fixed[1] : Number.isFinite(max) && max > lo ? max : lo + 1;
  return typeof fixed?.[0] === 'number' && typeof fixed?.[1] === 'number' ? [lo, hi] : niceDomain(lo, hi);
}

const secondsAgo = (t: number) => (t === 0 ? 'now' : `${-t} s ago`);

/** The monitor page's compact table look (operate.css), shared by its charts' table twins. */
export const MONITOR_TABLE_LOOK: TwinLook = { scroll: 'monitor-table-scroll', table: 'monitor-table' };

/**
 * A live line chart over the last minute, with a legend in words and a "Show as table" twin of the same rows.
 * Redrawn every second while traffic flows, so it is plain SVG (ui/svg-line-chart): a recharts redraw of five charts
 * a second kept the main thread, where MSW answers the requests, busy. No hover box: the legend and the table carry
 * the numbers.
 */
export const MonitorTimeChart = memo(function MonitorTimeChart({ title, description, valueLabel, series, rows, format, yDomain, windowS, markers, wholeNumbers = false }: Props) {
  const id = useId();
  const [yLo, yHi] = valueDomain(rows, series, yDomain);
  const yTicks = useMemo(() => niceTicks(yLo, yHi, 4).filter((t) => !wholeNumbers || Number.isInteger(t)), [yLo, yHi, wholeNumbers]);
  // Three ticks: at presenter size (18 px) four labels over a 1024-px projector's narrow chart left no gap between them.
  const xTicks = useMemo(() => [-windowS, -Math.round(windowS / 2), 0], [windowS]);
  const chartMarkers = useMemo(() => markers?.map((m) => ({ x: m.t, label: m.label })), [markers]);
  const tableRows = useCallback(
    // Only the seconds with a value in some series: a quiet minute reads as the empty-table note, not 60 rows of dashes.
    () => lineTwinRows(rows.filter((r) => series.some((s) => r[s.key] !== null && r[s.key] !== undefined)), (r) => secondsAgo(r.t), series, format),
    [rows, series, format],
  );
  return (
    <section className="monitor-chart" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{title}</h4>
      <figure>
        <div role="img" aria-label={description} className="monitor-canvas">
          <SvgLineChart
            rows={rows}
            xKey="t"
            series={series}
            connectNulls={false}
            height={HEIGHT}
            xDomain={[-windowS, 0]}
            xTicks={xTicks}
            xTickLabel={secondsAgo}
            yDomain={[yLo, yHi]}
            yTicks={yTicks}
            yTickLabel={format}
            markers={chartMarkers}
            markerColor="var(--status-client)"
          />
        </div>
        <figcaption>
          <ul className="monitor-legend" aria-label={`Legend: ${title}`}>
            {series.map((s) => {
              const last = [...rows].reverse().find((r) => typeof r[s.key] === 'number');
              const v = last?.[s.key];
              return (
                <SeriesLegendItem key={s.key} series={s}>
                  {typeof v === 'number' && (
                    <>
                      : <strong>{format(v)}</strong>
                    </>
                  )}
                </SeriesLegendItem>
              );
            })}
          </ul>
        </figcaption>
      </figure>
      <ChartTableTwin
        caption={`${title}: ${valueLabel.toLowerCase()} per second with traffic`}
        regionLabel={`${title}, as a table`}
        columns={['Time', ...series.map((s) => s.label)]}
        rows={tableRows}
        numeric={series.map((_, i) => i + 1)}
        emptyText={`No values in the last ${windowS} seconds.`}
        look={MONITOR_TABLE_LOOK}
      />
    </section>
  );
});
