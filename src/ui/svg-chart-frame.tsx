import { createContext, memo, useContext, useMemo } from 'react';
import type { MouseEvent, ReactNode } from 'react';
import './svg-chart-frame.css';
import { useChartBox } from './use-chart-box';

/** A numeric axis: its range in data units, where the ticks go and how they read. */
export interface LinearAxis {
  kind: 'linear';
  domain: readonly [number, number];
  ticks: readonly number[];
  tickLabel: (v: number) => string;
  title?: string;
  /** Px kept free at both ends, so marks at the domain's ends are not cut in half by the axis. */
  inset?: number;
  /** Grid lines at the ticks (default true). */
  grid?: boolean;
}

/**
 * A category axis: one band per category, in order (left to right on x, top to bottom on y). Position `i` in data
 * units is the middle of band `i`, so `i + 0.3` is inside it: jittered dots and grouped bars both use the same scale.
 */
export interface BandAxis {
  kind: 'band';
  categories: readonly string[];
  title?: string;
  /** Grid lines between the bands (default false). */
  grid?: boolean;
}

/** Either kind of axis. */
export type AxisSpec = LinearAxis | BandAxis;

/** The plot's edges inside the SVG, in CSS px. */
export interface PlotArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a frame hands the layers drawn inside it: the scales (data units to SVG px), the plot area and the type size. */
export interface ChartFrameValue {
  x: (v: number) => number;
  y: (v: number) => number;
  /** Px per data unit along each axis (always positive); on a band axis, one band's width. */
  xUnit: number;
  yUnit: number;
  area: PlotArea;
  /** The measured type size in CSS px (18 in presenter mode at 1080p). */
  font: number;
  width: number;
  height: number;
}

const FrameContext = createContext<ChartFrameValue | null>(null);

/** The scales and plot area of the chart frame around the caller; a layer used outside a frame is a programming error. */
export function useChartFrame(): ChartFrameValue {
  const frame = useContext(FrameContext);
  if (!frame) throw new Error('useChartFrame must be used inside an SvgChartFrame');
  return frame;
}

/** A point in the SVG's own px, as the frame's scales give them. */
export interface PlotPoint {
  x: number;
  y: number;
}

/**
 * A transparent layer over the plot area that reports where the pointer is, in the SVG's px (null when it leaves),
 * and where a click landed: the one place the charts turn a mouse event into plot coordinates. Mouse-only: every
 * chart gives the same values to everyone in its table twin.
 */
export function PlotPointer({ onPoint, onClick }: { onPoint: (p: PlotPoint | null) => void; onClick?: (p: PlotPoint) => void }) {
  const { area } = useChartFrame();
  const at = (event: MouseEvent<SVGRectElement>): PlotPoint => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left + area.left, y: event.clientY - box.top + area.top };
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a mouse-only aid; the table twin (and the scatter's row field) give the same to keyboard and screen-reader users
    <rect
      x={area.left}
      y={area.top}
      width={area.right - area.left}
      height={area.bottom - area.top}
      fill="transparent"
      onMouseMove={(e) => onPoint(at(e))}
      onMouseLeave={() => onPoint(null)}
      onClick={onClick ? (e) => onClick(at(e)) : undefined}
      style={onClick ? { cursor: 'pointer' } : undefined}
    />
  );
}

/**
 * A label's width in ems, with room for the widest fallback face: Inter may not have loaded (font-display optional),
 * and in DejaVu Sans a digit is 0.64 em and "%" 0.95 em; other characters average under 0.62 em.
 */
export function textEms(label: string): number {
  let ems = 0;
  for (const ch of label) ems += ch === '%' ? 0.96 : ch >= '0' && ch <= '9' ? 0.64 : 0.62;
  return ems;
}

/** An axis in one form: a numeric range, tick positions with their labels, and where grid lines go. */
interface Resolved {
  d0: number;
  d1: number;
  ticks: readonly number[];
  labels: readonly string[];
  gridAt: readonly number[];
  inset: number;
  band: boolean;
  title?: string;
}

function resolve(axis: AxisSpec): Resolved {
  if (axis.kind === 'linear') {
    const labels = axis.ticks.map(axis.tickLabel);
    return { d0: axis.domain[0], d1: axis.domain[1], ticks: axis.ticks, labels, gridAt: axis.grid === false ? [] : axis.ticks, inset: axis.inset ?? 0, band: false, title: axis.title };
  }
  const n = axis.categories.length;
  const ticks = axis.categories.map((_, i) => i);
  return { d0: -0.5, d1: Math.max(1, n) - 0.5, ticks, labels: axis.categories, gridAt: axis.grid ? ticks.slice(1).map((i) => i - 0.5) : [], inset: 0, band: true, title: axis.title };
}

/** A linear map from [d0, d1] to [r0, r1] (a flat domain maps to the middle). */
function linear(d0: number, d1: number, r0: number, r1: number) {
  const span = d1 - d0;
  return (v: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** How a tick label sits on its tick: at the domain's very ends of an axis without inset it turns inward. */
function anchorOf(axis: Resolved, v: number): 'start' | 'middle' | 'end' {
  if (axis.band || axis.inset > 0) return 'middle';
  return v <= axis.d0 ? 'start' : v >= axis.d1 ? 'end' : 'middle';
}

/** Where the plot sits inside the SVG: margins grow with the type, so 18 px labels stay inside the chart. */
function layout(width: number, height: number, font: number, x: Resolved, y: Resolved, headroom: number): PlotArea {
  const yLabelPx = Math.max(0.62, ...y.labels.map(textEms)) * font;
  const overhang = (i: number) => {
    const v = x.ticks[i];
    const label = x.labels[i];
    if (v === undefined || label === undefined || anchorOf(x, v) !== 'middle') return 0;
    return (textEms(label) * font) / 2 - x.inset;
  };
  const left = Math.max((y.title ? 1.6 * font : 0) + yLabelPx + 10, overhang(0) + 2);
  const right = Math.max(12, overhang(x.ticks.length - 1) + 4);
  const top = 0.8 * font + headroom * font;
  const bottom = 8 + 1.3 * font + (x.title ? 1.5 * font : 0);
  return { left, top, right: Math.max(left + 1, width - right), bottom: Math.max(top + 1, height - bottom) };
}

/** Every how-many-th tick gets a label, so neighbouring labels keep a gap of `gapPx` (the grid keeps every tick). */
function labelStep(positions: readonly number[], sizes: readonly number[], gapPx: number): number {
  const a = positions[0];
  const b = positions[1];
  if (a === undefined || b === undefined) return 1;
  const spacing = Math.abs(b - a);
  const widest = Math.max(...sizes);
  return spacing > 0 ? Math.max(1, Math.ceil((widest + gapPx) / spacing)) : 1;
}

interface Props {
  /** Height in CSS px; the width is the container's. */
  height: number;
  /** Memoize both axes: a new object each render makes every layer inside redraw. */
  x: AxisSpec;
  y: AxisSpec;
  /** Extra room above the plot, in ems of the chart type, for labels a layer draws there. */
  headroom?: number;
  className?: string;
  /** Layers drawn over the grid and axes; they read the scales with `useChartFrame`. */
  children?: ReactNode;
}

/**
 * A chart's frame drawn as plain SVG: measured width, linear or band scales, grid, axis lines, tick labels (thinned
 * when they would touch) and axis titles, with margins that grow with the type (`--chart-font`). The marks are the
 * caller's layers. Why not recharts: its first render (store selectors, each tick's text measured in the DOM, a
 * re-render inside the commit) blocked the main thread for hundreds of milliseconds; this is a few dozen elements.
 * The container (`role="img"` with its description) is the caller's; this SVG is hidden from assistive technology.
 */
export const SvgChartFrame = memo(function SvgChartFrame({ height, x, y, headroom = 0, className, children }: Props) {
  const [ref, box] = useChartBox<HTMLDivElement>();
  const rx = useMemo(() => resolve(x), [x]);
  const ry = useMemo(() => resolve(y), [y]);
  const frame = useMemo<ChartFrameValue>(() => {
    const area = layout(box.width, height, box.font, rx, ry, headroom);
    const sx = linear(rx.d0, rx.d1, area.left + rx.inset, area.right - rx.inset);
    // Numbers grow upward; categories read top to bottom, as a list does.
    const sy = ry.band ? linear(ry.d0, ry.d1, area.top, area.bottom) : linear(ry.d0, ry.d1, area.bottom - ry.inset, area.top + ry.inset);
    return { x: sx, y: sy, xUnit: Math.abs(sx(1) - sx(0)), yUnit: Math.abs(sy(1) - sy(0)), area, font: box.font, width: box.width, height };
  }, [box.width, box.font, height, rx, ry, headroom]);
  const { area, font } = frame;
  const xPos = rx.ticks.map(frame.x);
  const yPos = ry.ticks.map(frame.y);
  const xEvery = labelStep(xPos, rx.labels.map((l) => textEms(l) * font), 0.6 * font);
  const yEvery = labelStep(yPos, ry.labels.map(() => font), 0.3 * font);
  return (
    <div ref={ref} className={className ? `chart-frame ${className}` : 'chart-frame'} style={{ height }}>
      {/* Hidden until the container is measured: drawn at the fallback width, the chart would show for one frame. */}
      <svg width={box.width} height={height} aria-hidden="true" focusable="false" visibility={box.measured ? undefined : 'hidden'}>
        <g className="chart-frame-grid">
          {rx.gridAt.map((t) => (
            <line key={`x${t}`} x1={frame.x(t)} x2={frame.x(t)} y1={area.top} y2={area.bottom} />
          ))}
          {ry.gridAt.map((t) => (
            <line key={`y${t}`} x1={area.left} x2={area.right} y1={frame.y(t)} y2={frame.y(t)} />
          ))}
        </g>
        <g className="chart-frame-axis">
          <line x1={area.left} x2={area.left} y1={area.top} y2={area.bottom} />
          <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} />
          {rx.ticks.map((t, i) =>
            i % xEvery === 0 ? (
              <text key={`x${t}`} x={xPos[i]} y={area.bottom + 6} dy="0.71em" textAnchor={anchorOf(rx, t)}>
                {rx.labels[i]}
              </text>
            ) : null,
          )}
          {ry.ticks.map((t, i) =>
            i % yEvery === 0 ? (
              <text key={`y${t}`} x={area.left - 6} y={yPos[i]} dy="0.32em" textAnchor="end">
                {ry.labels[i]}
              </text>
            ) : null,
          )}
          {rx.title && (
            <text className="chart-frame-title" x={(area.left + area.right) / 2} y={height - 0.3 * font} textAnchor="middle">
              {rx.title}
            </text>
          )}
          {ry.title && (
            <text className="chart-frame-title" transform={`translate(${font.toFixed(1)} ${((area.top + area.bottom) / 2).toFixed(1)}) rotate(-90)`} textAnchor="middle">
              {ry.title}
            </text>
          )}
        </g>
        <FrameContext.Provider value={frame}>{children}</FrameContext.Provider>
      </svg>
    </div>
  );
});
