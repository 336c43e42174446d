import { memo, useId, useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** One line over the window: how it looks (color, dash, marker) and is named in words. */
export interface TimeSeries {
  key: string;
  label: string;
  color: string;
  /** SVG dash pattern ('' = solid). */
  dash: string;
  /** The line style in words, so the legend never rests on color. */
  lineStyle: string;
}

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

/** A live line chart over the last minute, with a legend in words and a "Show as table" twin of the same rows. */
export const MonitorTimeChart = memo(function MonitorTimeChart({ title, description, valueLabel, series, rows, format, yDomain, windowS }: Props) {
  const id = useId();
  const [tableOpen, setTableOpen] = useState(false);
  const shownRows = rows.filter((r) => series.some((s) => r[s.key] !== null && r[s.key] !== undefined));
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
              {series.map((s) => (
                <Line
                  key={s.key}
                  type="linear"
                  dataKey={s.key}
                  name={s.label}
                  stroke={s.color}
                  strokeWidth={2}
                  strokeDasharray={s.dash || undefined}
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
        <figcaption>
          <ul className="monitor-legend" aria-label={`Legend: ${title}`}>
            {series.map((s) => {
              const last = [...rows].reverse().find((r) => typeof r[s.key] === 'number');
              const v = last?.[s.key];
              return (
                <li key={s.key}>
                  <svg width="32" height="10" aria-hidden="true" focusable="false">
                    <line x1="0" y1="5" x2="32" y2="5" stroke={s.color} strokeWidth="2.5" strokeDasharray={s.dash || undefined} />
                  </svg>
                  <span>
                    {s.label} <span className="muted">({s.lineStyle})</span>
                    {typeof v === 'number' && (
                      <>
                        : <strong>{format(v)}</strong>
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
          <section className="monitor-table-scroll" tabIndex={0} aria-label={`${title}, as a table`}>
            <table className="monitor-table">
              <caption>
                {title}: {valueLabel.toLowerCase()} per second with traffic
              </caption>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  {series.map((s) => (
                    <th key={s.key} scope="col" className="num">
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shownRows.length === 0 && (
                  <tr>
                    <td colSpan={series.length + 1}>No values in the last {windowS} seconds.</td>
                  </tr>
                )}
                {shownRows.map((r) => (
                  <tr key={r.t}>
                    <th scope="row">{secondsAgo(r.t)}</th>
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
