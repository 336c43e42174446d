import { memo, useMemo, useState } from 'react';
import { SvgChartCallout } from './svg-chart-callout';
import { PlotPointer, SvgChartFrame, useChartFrame } from './svg-chart-frame';
import type { LinearAxis, PlotPoint } from './svg-chart-frame';
import './svg-line-chart.css';

/** One line's look and where its values sit in a row. */
export interface LineSpec {
  key: string;
  color: string;
  dash: string;
}

/** A vertical dotted line with a short label at the top (an epoch, a cold start), at `x` in axis units. */
export interface VerticalMarker {
  x: number;
  label: string;
}

type ChartRow = Record<string, number | null>;

interface Props {
  rows: readonly ChartRow[];
  /** The row key of the horizontal value (e.g. "epoch", "t"). */
  xKey: string;
  series: readonly LineSpec[];
  /** Bridge missing values (true) or break the line there (false). */
  connectNulls: boolean;
  /** Height in CSS px; the width is the container's. */
  height: number;
  xDomain: readonly [number, number];
  xTicks: readonly number[];
  xTickLabel: (v: number) => string;
  xTitle?: string;
  yDomain: readonly [number, number];
  yTicks: readonly number[];
  yTickLabel: (v: number) => string;
  yTitle?: string;
  markers?: readonly VerticalMarker[];
  markerColor?: string;
  /** The hover box's lines for the row nearest the pointer; without it the chart has no hover. */
  hoverLines?: (row: ChartRow) => string[];
}

const NO_MARKERS: readonly VerticalMarker[] = [];

/** The SVG path of one series: M/L commands through its finite values, broken at gaps unless `connectNulls`. */
export function linePath(rows: readonly ChartRow[], xKey: string, key: string, x: (v: number) => number, y: (v: number) => number, connectNulls: boolean): string {
  let d = '';
  let penDown = false;
  for (const row of rows) {
    const xv = row[xKey];
    const v = row[key];
    if (typeof xv !== 'number' || typeof v !== 'number' || !Number.isFinite(v)) {
      if (!connectNulls) penDown = false;
      continue;
    }
    d += `${penDown ? 'L' : 'M'}${x(xv).toFixed(1)} ${y(v).toFixed(1)}`;
    penDown = true;
  }
  return d;
}

/**
 * A line chart drawn as plain SVG on the shared chart frame (grid, axes and the caller's round ticks), with its
 * lines, markers and an optional hover box as layers. Why not a chart library: the live training and monitoring
 * curves redraw several times a second on the thread where MSW answers the API; this costs a few path strings per
 * redraw. The container (`role="img"` with its description) is the caller's; the SVG is hidden from assistive technology.
 */
export const SvgLineChart = memo(function SvgLineChart(props: Props) {
  const { xDomain, xTicks, xTickLabel, xTitle, yDomain, yTicks, yTickLabel, yTitle } = props;
  // The frame redraws its axes only when these change: not on every new point of a live run.
  const x = useMemo<LinearAxis>(() => ({ kind: 'linear', domain: xDomain, ticks: xTicks, tickLabel: xTickLabel, title: xTitle }), [xDomain, xTicks, xTickLabel, xTitle]);
  const y = useMemo<LinearAxis>(() => ({ kind: 'linear', domain: yDomain, ticks: yTicks, tickLabel: yTickLabel, title: yTitle }), [yDomain, yTicks, yTickLabel, yTitle]);
  return (
    <SvgChartFrame height={props.height} x={x} y={y} className="line-chart">
      <LineLayer {...props} />
    </SvgChartFrame>
  );
});

/** The lines, the markers and the hover of a line chart, drawn with its frame's scales. */
function LineLayer({ rows, xKey, series, connectNulls, markers = NO_MARKERS, markerColor = 'var(--text)', hoverLines }: Props) {
  const { x, y, area } = useChartFrame();
  const [hover, setHover] = useState<ChartRow | null>(null);
  const mid = (area.left + area.right) / 2;
  const onPoint = (p: PlotPoint | null) => {
    if (!p) return setHover(null);
    let best: ChartRow | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const row of rows) {
      const xv = row[xKey];
      if (typeof xv !== 'number') continue;
      const d = Math.abs(x(xv) - p.x);
      if (d < distance) [best, distance] = [row, d];
    }
    setHover(best);
  };
  const hoverX = hover ? x(Number(hover[xKey])) : 0;
  return (
    <>
      <g className="line-chart-lines">
        {series.map((s) => (
          <path key={s.key} d={linePath(rows, xKey, s.key, x, y, connectNulls)} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash || undefined} />
        ))}
      </g>
      {markers.map((m) => {
        const px = x(m.x);
        if (px < area.left - 0.5 || px > area.right + 0.5) return null;
        return (
          <g key={`${m.x}-${m.label}`} className="line-chart-marker">
            <line x1={px} x2={px} y1={area.top} y2={area.bottom} stroke={markerColor} strokeWidth={1.5} strokeDasharray="2 3" />
            {/* Past the middle the label goes left of its line, so it never runs out of the chart. */}
            <text x={px > mid ? px - 4 : px + 4} y={area.top} dy="1em" textAnchor={px > mid ? 'end' : 'start'}>
              {m.label}
            </text>
          </g>
        );
      })}
      {hoverLines && <PlotPointer onPoint={onPoint} />}
      {hoverLines && hover && (
        <g pointerEvents="none" className="line-chart-hover">
          <line x1={hoverX} x2={hoverX} y1={area.top} y2={area.bottom} stroke="var(--muted)" />
          <SvgChartCallout lines={hoverLines(hover)} px={hoverX} py={area.top + 4} />
        </g>
      )}
    </>
  );
}
