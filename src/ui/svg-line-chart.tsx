import { memo, useState } from 'react';
import type { MouseEvent } from 'react';
import './svg-line-chart.css';
import { useChartBox } from './use-chart-box';

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

/** Average advance of one character in the charts' sans-serif type, in ems (digits are ~0.55; this leaves room). */
const CHAR_EM = 0.62;
/**
 * A label's width in ems, with room for the widest fallback face: Inter may not have loaded (font-display optional),
 * and in DejaVu Sans a digit is 0.64 em and "%" 0.95 em, so "100%" needs 2.9 em, not 4 × 0.62.
 */
function labelEms(label: string): number {
  let ems = 0;
  for (const ch of label) ems += ch === '%' ? 0.96 : ch >= '0' && ch <= '9' ? 0.64 : CHAR_EM;
  return ems;
}
const NO_MARKERS: readonly VerticalMarker[] = [];

/** Where the plot sits inside the SVG: margins grow with the type, so labels at 18 px stay inside the chart. */
function layout(width: number, height: number, font: number, props: Props) {
  const yLabelEms = Math.max(CHAR_EM, ...props.yTicks.map((t) => labelEms(props.yTickLabel(t))));
  const lastX = props.xTicks.at(-1);
  const lastXHalf = lastX === undefined || lastX >= props.xDomain[1] ? 0 : (labelEms(props.xTickLabel(lastX)) * font) / 2;
  const left = (props.yTitle ? 1.6 * font : 0) + yLabelEms * font + 10;
  const right = Math.max(12, lastXHalf + 4);
  const top = 0.8 * font;
  const bottom = 8 + 1.3 * font + (props.xTitle ? 1.5 * font : 0);
  return { left, top, right: Math.max(left + 1, width - right), bottom: Math.max(top + 1, height - bottom) };
}

/** A linear map from [d0, d1] to [r0, r1] (a flat domain maps to the middle). */
function linear(d0: number, d1: number, r0: number, r1: number) {
  const span = d1 - d0;
  return (v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0));
}

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
 * A line chart drawn as plain SVG (grid, axes, round ticks given by the caller, lines, markers, an optional hover
 * box). Why not recharts: a recharts chart re-renders synchronously through its store on every new data point, and
 * the live training and monitoring curves redraw several times a second on the thread where MSW answers the API;
 * this one costs a few path strings per redraw, and pages with only line charts load no chart library at all.
 * The container (`role="img"` with its description) is the caller's; this SVG is hidden from assistive technology.
 */
export const SvgLineChart = memo(function SvgLineChart(props: Props) {
  const { rows, xKey, series, connectNulls, height, xDomain, xTicks, xTickLabel, xTitle, yDomain, yTicks, yTickLabel, yTitle, markers = NO_MARKERS, markerColor = 'var(--text)', hoverLines } = props;
  const [ref, box] = useChartBox<HTMLDivElement>();
  const [hover, setHover] = useState<ChartRow | null>(null);
  const area = layout(box.width, height, box.font, props);
  const x = linear(xDomain[0], xDomain[1], area.left, area.right);
  const y = linear(yDomain[0], yDomain[1], area.bottom, area.top);
  const mid = (area.left + area.right) / 2;
  const anchorOf = (v: number) => (v <= xDomain[0] ? 'start' : v >= xDomain[1] ? 'end' : 'middle');
  const onMove = (event: MouseEvent<SVGRectElement>) => {
    const mx = event.clientX - event.currentTarget.getBoundingClientRect().left + area.left;
    let best: ChartRow | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const row of rows) {
      const xv = row[xKey];
      if (typeof xv !== 'number') continue;
      const d = Math.abs(x(xv) - mx);
      if (d < distance) [best, distance] = [row, d];
    }
    setHover(best);
  };
  return (
    <div ref={ref} className="line-chart" style={{ height }}>
      {/* Hidden until the container is measured: drawn at the fallback width, the chart would show for one frame. */}
      <svg width={box.width} height={height} aria-hidden="true" focusable="false" visibility={box.measured ? undefined : 'hidden'}>
        <g className="line-chart-grid">
          {yTicks.map((t) => (
            <line key={`y${t}`} x1={area.left} x2={area.right} y1={y(t)} y2={y(t)} />
          ))}
          {xTicks.map((t) => (
            <line key={`x${t}`} x1={x(t)} x2={x(t)} y1={area.top} y2={area.bottom} />
          ))}
        </g>
        <g className="line-chart-axis">
          <line x1={area.left} x2={area.left} y1={area.top} y2={area.bottom} />
          <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} />
          {yTicks.map((t) => (
            <text key={`y${t}`} x={area.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
              {yTickLabel(t)}
            </text>
          ))}
          {xTicks.map((t) => (
            <text key={`x${t}`} x={x(t)} y={area.bottom + 6} dy="0.71em" textAnchor={anchorOf(t)}>
              {xTickLabel(t)}
            </text>
          ))}
          {xTitle && (
            <text className="line-chart-title" x={mid} y={height - 4} textAnchor="middle">
              {xTitle}
            </text>
          )}
          {yTitle && (
            <text className="line-chart-title" transform={`translate(${(0.9 * box.font).toFixed(1)} ${((area.top + area.bottom) / 2).toFixed(1)}) rotate(-90)`} textAnchor="middle">
              {yTitle}
            </text>
          )}
        </g>
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
        {hoverLines && (
          // biome-ignore lint/a11y/noStaticElementInteractions: a mouse-only aid; everyone gets the values in the legend and the table twin
          <rect x={area.left} y={area.top} width={area.right - area.left} height={area.bottom - area.top} fill="transparent" onMouseMove={onMove} onMouseLeave={() => setHover(null)} />
        )}
        {hoverLines && hover && <HoverBox lines={hoverLines(hover)} px={x(Number(hover[xKey]))} area={area} font={box.font} />}
      </svg>
    </div>
  );
});

/** A guide line at the hovered row and a box with its values, kept inside the plot. */
function HoverBox({ lines, px, area, font }: { lines: string[]; px: number; area: ReturnType<typeof layout>; font: number }) {
  const width = 12 + font * Math.max(...lines.map(labelEms));
  const lineHeight = 1.4 * font;
  const height = 8 + lineHeight * lines.length;
  const left = px + 10 + width > area.right ? px - 10 - width : px + 10;
  return (
    <g pointerEvents="none" className="line-chart-hover">
      <line x1={px} x2={px} y1={area.top} y2={area.bottom} stroke="var(--muted)" />
      <rect x={Math.max(area.left, left)} y={area.top + 4} width={width} height={height} rx={4} />
      {lines.map((line, i) => (
        <text key={line} x={Math.max(area.left, left) + 6} y={area.top + 4 + lineHeight * (i + 1)} fontWeight={i === 0 ? 600 : 400}>
          {line}
        </text>
      ))}
    </g>
  );
}
