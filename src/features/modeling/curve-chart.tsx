import { memo, useId, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { niceDomain, niceTicks } from '../../core/data/explore-views';
import { downsample } from '../../core/modeling/curves';
import { LiveLinesLayer } from './live-lines-layer';

/** Charts never draw more points than this (the table twin shows the same rows). */
export const MAX_CHART_POINTS = 500;
const HEIGHT = 260;

/** One line of a chart: its values per epoch, and how it looks (color, dash) and is named. */
export interface CurveSeries {
  key: string;
  label: string;
  /** A CSS color, usually a design token such as `var(--accent)`. */
  color: string;
  /** SVG dash pattern; empty for a solid line. */
  dash: string;
  /** The line style in words ("solid line"), so the legend does not rely on color. */
  lineStyle: string;
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
  /** A run in progress: the curves are drawn by a light layer of our own, without tooltips (see LiveLinesLayer). */
  live?: boolean;
}

const NO_ROWS: Row[] = [];

/** The largest finite value of the rows' series (0 when there is none). */
function maxValue(rows: readonly Row[], series: readonly CurveSeries[]): number {
  let max = 0;
  for (const r of rows) for (const s of series) max = Math.max(max, r[s.key] ?? 0);
  return max;
}

/**
 * A line chart of values per epoch, with a legend in words and a "Show as table" twin. Memoized, and
 * the vertical axis gets our own round ticks: recharts' own tick search (decimal arithmetic) on every live
 * redraw kept the main thread busy while the worker trained, and MSW answers the API on that thread.
 */
export const CurveChart = memo(function CurveChart({ title, valueLabel, series, format, tickFormat, description, xMax, yDomain, marker, maxPoints = MAX_CHART_POINTS, live = false }: Props) {
  const id = useId();
  const rows = useMemo(() => curveRows(series, maxPoints), [series, maxPoints]);
  const top = yDomain ? null : maxValue(rows, series);
  const [yLo, yHi] = yDomain ?? niceDomain(0, top && top > 0 ? top : 1);
  const yTicks = useMemo(() => niceTicks(yLo, yHi, 4), [yLo, yHi]);
  const xTicks = useMemo(() => epochTicks(Math.max(2, xMax)), [xMax]);
  const [tableOpen, setTableOpen] = useState(false);
  return (
    <section className="curve-card" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <figure className="curve-figure">
        <div role="img" aria-label={description} className="curve-canvas">
          <ResponsiveContainer width="100%" height={HEIGHT}>
            <LineChart data={live ? NO_ROWS : rows} margin={{ top: 8, right: 16, bottom: 24, left: 4 }} accessibilityLayer={false}>
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis
                type="number"
                dataKey="epoch"
                domain={[1, Math.max(2, xMax)]}
                ticks={xTicks}
                allowDataOverflow
                allowDecimals={false}
                stroke="var(--muted)"
                tick={{ fill: 'var(--muted)' }}
                label={{ value: 'Epoch', position: 'insideBottom', offset: -14, fill: 'var(--text)' }}
              />
              <YAxis
                type="number"
                domain={[yLo, yHi]}
                ticks={yTicks}
                allowDataOverflow
                stroke="var(--muted)"
                tick={{ fill: 'var(--muted)' }}
                width={56}
                tickFormatter={(v: number) => (tickFormat ?? format)(v)}
                label={{ value: valueLabel, angle: -90, position: 'insideLeft', offset: 0, fill: 'var(--text)', style: { textAnchor: 'middle' } }}
              />
              {!live && (
                <Tooltip
                  formatter={(v) => (typeof v === 'number' ? format(v) : String(v))}
                  labelFormatter={(e) => `Epoch ${String(e)}`}
                  contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, color: 'var(--text)' }}
                />
              )}
              {marker && <ReferenceLine x={marker.epoch} stroke="var(--text)" strokeDasharray="2 4" label={{ value: marker.label, position: 'insideTopLeft', fill: 'var(--text)', fontSize: 12 }} />}
              {live && <LiveLinesLayer rows={rows} series={series} />}
              {!live &&
                series.map((s) => (
                  <Line
                    key={s.key}
                    type="linear"
                    dataKey={s.key}
                    name={s.label}
                    stroke={s.color}
                    strokeWidth={2}
                    strokeDasharray={s.dash || undefined}
                    dot={false}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
        <figcaption>
          <ul className="curve-legend" aria-label={`Legend: ${title}`}>
            {series.map((s) => {
              const last = s.points.at(-1);
              return (
                <li key={s.key}>
                  <svg width="32" height="10" aria-hidden="true" focusable="false">
                    <line x1="0" y1="5" x2="32" y2="5" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash || undefined} />
                  </svg>
                  <span>
                    {s.label} <span className="muted">({s.lineStyle})</span>
                    {last && (
                      <>
                        : <strong>{format(last.value)}</strong> <span className="muted">at epoch {last.epoch}</span>
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </figcaption>
      </figure>
      <button type="button" className="quiet" aria-expanded={tableOpen} aria-controls={`${id}-table`} onClick={() => setTableOpen((o) => !o)}>
        {tableOpen ? 'Hide table' : 'Show as table'}
      </button>
      <div id={`${id}-table`} hidden={!tableOpen}>
        {tableOpen && (
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
          <section className="curve-table-scroll" tabIndex={0} aria-label={`${title}, as a table`}>
            <table className="curve-table">
              <caption>
                {title}: {valueLabel.toLowerCase()} per epoch
                {rows.length === maxPoints ? ` (${maxPoints} evenly spaced epochs, first and last included)` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Epoch</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col" className="num">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.epoch}>
                    <th scope="row">{r.epoch}</th>
                    {series.map((s) => {
                      const v = r[s.key];
                      return (
                        <td key={s.key} className="num">
                          {typeof v === 'number' ? format(v) : '—'}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
    </section>
  );
});
