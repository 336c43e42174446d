import { memo, useCallback, useId, useMemo } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, useXAxisScale, useYAxisScale, XAxis, YAxis } from 'recharts';
import { niceDomain, niceTicks } from '../../core/data/explore-views';
import { ChartTableTwin, lineTwinRows } from '../../ui/chart-table-twin';
import type { TwinLook } from '../../ui/chart-table-twin';
import { SeriesLegendItem } from '../../ui/line-series';
import { LiveLinesLayer } from '../../ui/live-lines-layer';
import type { LineSeriesStyle } from '../../ui/line-series';

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
}

const NO_MARKERS: readonly TimeMarker[] = [];

/** Dotted verticals with a label at the top, drawn with the chart's scales (as LiveLinesLayer draws the lines). */
const MarkerLayer = memo(function MarkerLayer({ markers, lo, hi, windowS }: { markers: readonly TimeMarker[]; lo: number; hi: number; windowS: number }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const yLo = y?.(lo);
  const yHi = y?.(hi);
  if (!x || yLo === undefined || yHi === undefined || markers.length === 0) return null;
  const [top, bottom] = [Math.min(yLo, yHi), Math.max(yLo, yHi)];
  const mid = ((x(-windowS) ?? 0) + (x(0) ?? 0)) / 2;
  return (
    <g className="time-markers">
      {markers.map((m) => {
        const px = x(m.t);
        if (px === undefined) return null;
        return (
          <g key={`${m.t}-${m.label}`}>
            <line x1={px} x2={px} y1={top} y2={bottom} stroke="var(--status-client)" strokeWidth={1.5} strokeDasharray="2 3" />
            {/* Past the middle the label goes left of its line, so it never runs out of the chart. */}
            <text x={px > mid ? px - 3 : px + 3} y={top + 12} textAnchor={px > mid ? 'end' : 'start'} fontSize={11} fill="var(--text)">
              {m.label}
            </text>
          </g>
        );
      })}
    </g>
  );
});

const HEIGHT = 220;
const NO_ROWS: TimeRow[] = [];
// Constant props: a new object on every redraw would make recharts re-sync its axes each second.
const MARGIN = { top: 8, right: 12, bottom: 20, left: 0 };
const TICK_STYLE = { fill: 'var(--muted)', fontSize: 12 };

/** The vertical range: fixed ends where given, else 0 and the largest value, widened to round ticks. */
function valueDomain(rows: readonly TimeRow[], series: readonly TimeSeries[], fixed: Props['yDomain']): [number, number] {
  let max = Number.NEGATIVE_INFINITY;
  for (const r of rows) for (const s of series) max = Math.max(max, r[s.key] ?? Number.NEGATIVE_INFINITY);
  const lo = typeof fixed?.[0] === 'number' ? fixed[0] : 0;
  const hi = typeof fixed?.[1] === 'number' ? fixed[1] : Number.isFinite(max) && max > lo ? max : lo + 1;
  return typeof fixed?.[0] === 'number' && typeof fixed?.[1] === 'number' ? [lo, hi] : niceDomain(lo, hi);
}
const secondsAgo = (t: number) => (t === 0 ? 'now' : `${-t} s ago`);

/**
 * Room for the y labels ("300 ms", "100%") on one line: at 52 px recharts wrapped "300 ms" onto two lines, whose
 * second line ran into the x axis's first label.
 */
const Y_AXIS_WIDTH = 64;

/** A y tick on one line, right-aligned against the axis (recharts' own tick wraps "750 ms" into two lines). */
function YTick({ x, y, payload, format }: { x?: number; y?: number; payload?: { value: number }; format: (v: number) => string }) {
  return (
    <text x={(x ?? 0) - 4} y={y} dy="0.32em" textAnchor="end" fontSize={TICK_STYLE.fontSize} fill={TICK_STYLE.fill}>
      {format(payload?.value ?? 0)}
    </text>
  );
}

/**
 * An x tick whose label stays inside the plot: the oldest ("60 s ago") starts at its tick instead of being centred on
 * it, where it ran under the y axis's "0" label; "now" ends at its tick instead of spilling past the right edge.
 */
function XTick({ x, y, payload, windowS }: { x?: number; y?: number; payload?: { value: number }; windowS: number }) {
  const value = payload?.value ?? 0;
  const anchor = value <= -windowS ? 'start' : value >= 0 ? 'end' : 'middle';
  return (
    <text x={x} y={(y ?? 0) + 4} dy="0.71em" textAnchor={anchor} fontSize={TICK_STYLE.fontSize} fill={TICK_STYLE.fill}>
      {secondsAgo(value)}
    </text>
  );
}

/** The monitor page's compact table look (operate.css), shared by its charts' table twins. */
export const MONITOR_TABLE_LOOK: TwinLook = { scroll: 'monitor-table-scroll', table: 'monitor-table' };

/**
 * A live line chart over the last minute, with a legend in words and a "Show as table" twin of the same rows.
 * Redrawn every second while traffic flows, so recharts only draws the frame (axes with fixed domains and our
 * own ticks) and the lines are plain paths (LiveLinesLayer): a full recharts redraw of five charts a second
 * kept the main thread, where MSW answers the requests, busy. No tooltip: the legend and the table carry the numbers.
 */
export const MonitorTimeChart = memo(function MonitorTimeChart({ title, description, valueLabel, series, rows, format, yDomain, windowS, markers = NO_MARKERS }: Props) {
  const id = useId();
  const [yLo, yHi] = valueDomain(rows, series, yDomain);
  const yTicks = useMemo(() => niceTicks(yLo, yHi, 4), [yLo, yHi]);
  // Three ticks: at presenter size (18 px) four labels over a 1024-px projector's narrow chart left no gap between them.
  const xTicks = useMemo(() => [-windowS, -Math.round(windowS / 2), 0], [windowS]);
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
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <LineChart data={NO_ROWS} margin={MARGIN} accessibilityLayer={false}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="t"
                domain={[-windowS, 0]}
                ticks={xTicks}
                allowDataOverflow
                stroke="var(--muted)"
                tick={<XTick windowS={windowS} />}
              />
              <YAxis type="number" domain={[yLo, yHi]} ticks={yTicks} allowDataOverflow stroke="var(--muted)" tick={<YTick format={format} />} width={Y_AXIS_WIDTH} />
              <LiveLinesLayer rows={rows} xKey="t" series={series} connectNulls={false} />
              <MarkerLayer markers={markers} lo={yLo} hi={yHi} windowS={windowS} />
            </LineChart>
          </ResponsiveContainer>
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
