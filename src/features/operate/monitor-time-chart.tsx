import { memo, useCallback, useId } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTableTwin, lineTwinRows } from '../../ui/chart-table-twin';
import type { TwinLook } from '../../ui/chart-table-twin';
import { SeriesLegendItem, seriesLine } from '../../ui/line-series';
import type { LineSeriesStyle } from '../../ui/line-series';

/** One line over the window: how it looks (color, dash, marker) and is named in words. */
export type TimeSeries = LineSeriesStyle;

/** One row per time bucket: `t` is seconds relative to now (−59 … 0); a null value is a gap. */
export type TimeRow = { t: number } & Record<string, number | null>;

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
}

const HEIGHT = 220;
const secondsAgo = (t: number) => (t === 0 ? 'now' : `${-t} s ago`);

/** The monitor page's compact table look (operate.css), shared by its charts' table twins. */
export const MONITOR_TABLE_LOOK: TwinLook = { scroll: 'monitor-table-scroll', table: 'monitor-table' };

/** A live line chart over the last minute, with a legend in words and a "Show as table" twin of the same rows. */
export const MonitorTimeChart = memo(function MonitorTimeChart({ title, description, valueLabel, series, rows, format, yDomain, windowS }: Props) {
  const id = useId();
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
            <LineChart data={rows as TimeRow[]} margin={{ top: 8, right: 12, bottom: 20, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="t"
                domain={[-windowS, 0]}
                ticks={[-windowS, -Math.round((windowS * 2) / 3), -Math.round(windowS / 3), 0]}
                stroke="var(--muted)"
                tick={{ fill: 'var(--muted)', fontSize: 12 }}
                tickFormatter={secondsAgo}
              />
              <YAxis type="number" domain={yDomain ?? [0, 'auto']} stroke="var(--muted)" tick={{ fill: 'var(--muted)', fontSize: 12 }} width={52} tickFormatter={(v: number) => format(v)} />
              <Tooltip
                formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
                labelFormatter={(t) => secondsAgo(Number(t))}
                contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' }}
              />
              {series.map((s) => seriesLine(s, { connectNulls: false }))}
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
