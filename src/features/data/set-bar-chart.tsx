import { memo, useState } from 'react';
import { niceDomain, niceTicks } from '../../core/data/explore-views';
import { formatNumber, SET_LABELS, SET_NAMES } from '../../core/data/prepare-views';
import type { HistogramRow } from '../../core/data/prepare-views';
import { useChartBox } from '../../ui/use-chart-box';

/** A label's width in ems, with room for a wide fallback face (Inter may not have loaded: font-display optional). */
function labelEms(label: string): number {
  let ems = 0;
  for (const ch of label) ems += ch === '%' ? 0.96 : ch >= '0' && ch <= '9' ? 0.64 : 0.62;
  return ems;
}

interface Props {
  rows: readonly HistogramRow[];
  /** Decimals of the bin edges on the x axis. */
  digits: number;
  axisLabel: string;
  /** Id prefix of the set patterns (solid, stripes, dots) drawn once by the panel. */
  prefix: string;
  height: number;
}

/** Where the plot sits in the SVG (CSS px): the margins grow with the type, so 18 px presenter labels stay inside. */
function layout(width: number, height: number, font: number, yLabels: readonly string[], xLabels: readonly string[]) {
  const left = Math.max(...yLabels.map(labelEms)) * font + 10;
  // Room for half the widest edge label: with every k-th edge shown, the last one shown may be centred near the end.
  const right = Math.max(8, (Math.max(0, ...xLabels.map(labelEms)) * font) / 2 + 4);
  const top = 0.8 * font;
  const bottom = 8 + 1.3 * font + 1.5 * font;
  return { left, top, right: Math.max(left + 1, width - right), bottom: Math.max(top + 1, height - bottom) };
}

/**
 * The share of each set's penguins per bin (%), as grouped bars in plain SVG; the x axis names the bin edges, as a
 * histogram axis does, and drops every other edge label (or more) when they would touch. Why not recharts: its first
 * render of the two charts here (store selectors, text measured in the DOM, a re-render inside the commit) was one
 * 700 ms task at 4× CPU slowdown, the largest part of this page's blocking time; this draws 30 rectangles.
 * The parent names the picture (role="img") and offers the table twin; this SVG is hidden from assistive technology.
 */
export const SetBarChart = memo(function SetBarChart({ rows, digits, axisLabel, prefix, height }: Props) {
  const [ref, box] = useChartBox<HTMLDivElement>();
  const [hover, setHover] = useState<number | null>(null);
  const top = Math.max(1, ...rows.flatMap((r) => SET_NAMES.map((s) => r.share[s])));
  const [, yMax] = niceDomain(0, top, 4);
  const yTicks = niceTicks(0, yMax, 4);
  const yLabel = (v: number) => `${formatNumber(v, 0)}%`;
  const edges = rows.length > 0 ? [...rows.map((r) => r.start), (rows.at(-1) as HistogramRow).end] : [];
  const edgeLabels = edges.map((e) => formatNumber(e, digits));
  const area = layout(box.width, height, box.font, yTicks.map(yLabel), edgeLabels);
  const binWidth = (area.right - area.left) / Math.max(1, rows.length);
  const y = (v: number) => area.bottom - (v / yMax) * (area.bottom - area.top);
  // Every k-th edge, k as small as lets the widest label fit with a gap; the last edge is shown when k divides it.
  const widest = Math.max(0, ...edgeLabels.map(labelEms)) * box.font + 8;
  const step = Math.max(1, Math.ceil(widest / Math.max(1, binWidth)));
  const groupPad = binWidth * 0.06;
  const barWidth = Math.max(1, (binWidth - 2 * groupPad - 2) / SET_NAMES.length);

  return (
    <div ref={ref} className="set-bar-chart" style={{ height }}>
      <svg width={box.width} height={height} aria-hidden="true" focusable="false" visibility={box.measured ? undefined : 'hidden'}>
        {hover !== null && <rect className="set-bar-cursor" x={area.left + hover * binWidth} y={area.top} width={binWidth} height={area.bottom - area.top} />}
        <g className="set-bar-grid">
          {yTicks.map((t) => (
            <line key={t} x1={area.left} x2={area.right} y1={y(t)} y2={y(t)} />
          ))}
        </g>
        {rows.map((r, i) => (
          <g key={r.label}>
            {SET_NAMES.map((s, j) => (
              <rect
                key={s}
                className={`bar-${s}`}
                x={area.left + i * binWidth + groupPad + j * (barWidth + 1)}
                y={y(r.share[s])}
                width={barWidth}
                height={Math.max(0, area.bottom - y(r.share[s]))}
                fill={`url(#${prefix}-${s})`}
              />
            ))}
          </g>
        ))}
        <g className="set-bar-axis">
          <line x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} />
          {yTicks.map((t) => (
            <text key={t} x={area.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
              {yLabel(t)}
            </text>
          ))}
          {edgeLabels.map((label, i) =>
            i % step === 0 ? (
              // The end labels run inward (as the line chart's do): centred, the first would cross the "0%" beside it.
              // biome-ignore lint/suspicious/noArrayIndexKey: edges are positions; two may format alike
              <text key={i} x={area.left + i * binWidth} y={area.bottom + 6} dy="0.71em" textAnchor={i === 0 ? 'start' : i === rows.length ? 'end' : 'middle'}>
                {label}
              </text>
            ) : null,
          )}
          <text className="set-bar-title" x={(area.left + area.right) / 2} y={height - 4} textAnchor="middle">
            {axisLabel}
          </text>
        </g>
        {rows.map((r, i) => (
          // biome-ignore lint/a11y/noStaticElementInteractions: a mouse-only aid; everyone gets the numbers in the table twin
          <rect key={r.label} x={area.left + i * binWidth} y={area.top} width={binWidth} height={area.bottom - area.top} fill="transparent" onMouseEnter={() => setHover(i)} onMouseLeave={() => setHover(null)} />
        ))}
        {hover !== null && rows[hover] && <HoverBox row={rows[hover] as HistogramRow} px={area.left + (hover + 0.5) * binWidth} area={area} font={box.font} />}
      </svg>
    </div>
  );
});

/** The hovered bin's range and each set's share, kept inside the plot. */
function HoverBox({ row, px, area, font }: { row: HistogramRow; px: number; area: ReturnType<typeof layout>; font: number }) {
  const lines = [row.label, ...SET_NAMES.map((s) => `${SET_LABELS[s]}: ${formatNumber(row.share[s], 1)}%`)];
  const width = 12 + font * Math.max(...lines.map(labelEms));
  const lineHeight = 1.4 * font;
  const left = Math.max(area.left, px + 10 + width > area.right ? px - 10 - width : px + 10);
  return (
    <g pointerEvents="none" className="set-bar-hover">
      <rect x={left} y={area.top + 4} width={width} height={8 + lineHeight * lines.length} rx={4} />
      {lines.map((line, i) => (
        <text key={line} x={left + 6} y={area.top + 4 + lineHeight * (i + 1)} fontWeight={i === 0 ? 600 : 400}>
          {line}
        </text>
      ))}
    </g>
  );
}
