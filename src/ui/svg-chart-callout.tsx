import { textEms, useChartFrame } from './svg-chart-frame';

/**
 * A box of text lines beside the point (px, py) of a chart frame, the first line bold: right of the point when
 * there is room, else left of it, and above it when it fits, kept inside the plot either way. It sizes itself by
 * the frame's type, so presenter mode's larger labels still fit in their box. Mouse-only: it takes no pointer events.
 */
export function SvgChartCallout({ lines, px, py }: { lines: readonly string[]; px: number; py: number }) {
  const { area, font } = useChartFrame();
  const width = 12 + font * Math.max(...lines.map(textEms));
  const lineHeight = 1.4 * font;
  const height = 8 + lineHeight * lines.length;
  const left = Math.max(area.left, px + 12 + width > area.right ? px - 12 - width : px + 12);
  const top = Math.max(area.top, Math.min(py - height - 8, area.bottom - height));
  return (
    <g pointerEvents="none" className="chart-callout">
      <rect x={left} y={top} width={width} height={height} rx={4} />
      {lines.map((line, i) => (
        <text key={line} x={left + 6} y={top + lineHeight * (i + 1)} fontWeight={i === 0 ? 600 : 400}>
          {line}
        </text>
      ))}
    </g>
  );
}
