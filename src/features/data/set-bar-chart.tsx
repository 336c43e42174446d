import { memo, useMemo, useState } from 'react';
import { niceDomain, niceTicks } from '../../core/data/explore-views';
import { formatNumber, SET_LABELS, SET_NAMES } from '../../core/data/prepare-views';
import type { HistogramRow } from '../../core/data/prepare-views';
import { SvgChartCallout } from '../../ui/svg-chart-callout';
import { SvgChartFrame, useChartFrame } from '../../ui/svg-chart-frame';
import type { LinearAxis } from '../../ui/svg-chart-frame';

interface Props {
  rows: readonly HistogramRow[];
  /** Decimals of the bin edges on the x axis. */
  digits: number;
  axisLabel: string;
  /** Id prefix of the set patterns (solid, stripes, dots) drawn once by the panel. */
  prefix: string;
  height: number;
}

/** The bars of every bin (x in bin positions: bin i spans i..i+1) and a hover target per bin. */
function Bars({ rows, prefix }: { rows: readonly HistogramRow[]; prefix: string }) {
  const { x, y, xUnit, area } = useChartFrame();
  const [hover, setHover] = useState<number | null>(null);
  const pad = xUnit * 0.06;
  const barWidth = Math.max(1, (xUnit - 2 * pad - 2) / SET_NAMES.length);
  const hovered = hover === null ? undefined : rows[hover];
  return (
    <g>
      {hover !== null && <rect className="set-bar-cursor" x={x(hover)} y={area.top} width={xUnit} height={area.bottom - area.top} />}
      {rows.map((r, i) => (
        <g key={r.label}>
          {SET_NAMES.map((s, j) => (
            <rect key={s} className={`bar-${s}`} x={x(i) + pad + j * (barWidth + 1)} y={y(r.share[s])} width={barWidth} height={Math.max(0, y(0) - y(r.share[s]))} fill={`url(#${prefix}-${s})`} />
          ))}
        </g>
      ))}
      {rows.map((r, i) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a mouse-only aid; everyone gets the numbers in the table twin
        <rect key={r.label} x={x(i)} y={area.top} width={xUnit} height={area.bottom - area.top} fill="transparent" onMouseEnter={() => setHover(i)} onMouseLeave={() => setHover(null)} />
      ))}
      {hovered && hover !== null && (
        <SvgChartCallout lines={[hovered.label, ...SET_NAMES.map((s) => `${SET_LABELS[s]}: ${formatNumber(hovered.share[s], 1)}%`)]} px={x(hover + 0.5)} py={area.top + 4} />
      )}
    </g>
  );
}

/**
 * The share of each set's penguins per bin (%), as grouped bars on the shared SVG chart frame; the x axis names the
 * bin edges, as a histogram axis does (the frame thins them when they would touch). Why not recharts: its first
 * render of the two charts here (store selectors, text measured in the DOM, a re-render inside the commit) was one
 * 700 ms task at 4× CPU slowdown, the largest part of this page's blocking time; this draws 30 rectangles.
 * The parent names the picture (role="img") and offers the table twin; the frame's SVG is hidden from assistive technology.
 */
export const SetBarChart = memo(function SetBarChart({ rows, digits, axisLabel, prefix, height }: Props) {
  const x = useMemo<LinearAxis>(() => {
    const edges = [...rows.map((r) => r.start), rows.at(-1)?.end ?? 0];
    return { kind: 'linear', domain: [0, Math.max(1, rows.length)], ticks: edges.map((_, i) => i), tickLabel: (i) => formatNumber(edges[i] ?? 0, digits), title: axisLabel, grid: false };
  }, [rows, digits, axisLabel]);
  const y = useMemo<LinearAxis>(() => {
    const [, yMax] = niceDomain(0, Math.max(1, ...rows.flatMap((r) => SET_NAMES.map((s) => r.share[s]))), 4);
    return { kind: 'linear', domain: [0, yMax], ticks: niceTicks(0, yMax, 4), tickLabel: (v) => `${formatNumber(v, 0)}%` };
  }, [rows]);
  return (
    <SvgChartFrame height={height} x={x} y={y} className="set-bar-chart">
      <Bars rows={rows} prefix={prefix} />
    </SvgChartFrame>
  );
});
