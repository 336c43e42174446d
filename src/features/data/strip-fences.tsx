import { formatNumber } from '../../core/data/explore-views';
import type { StripPoint } from '../../core/data/explore-views';
import type { OutlierBounds } from '../../core/data/outliers';
import { textEms, useChartFrame } from '../../ui/svg-chart-frame';

const FENCE = { light: '#a3460a', dark: '#f6a96b' } as const;

interface Props {
  fence: OutlierBounds;
  flagged: readonly StripPoint[];
  scheme: 'light' | 'dark';
  /** The flagged points' ring color (the legend shows the same). */
  ring: string;
}

/**
 * The outlier fences as dashed lines across the strip plot, each labelled above the plot on its outer side, and a
 * ring around every flagged point, drawn with the scales of the chart frame around it. Labels point outward, so
 * two close fences never put one label on the other; near the chart's edge a label slides inward to stay inside.
 */
export function StripFences({ fence, flagged, scheme, ring }: Props) {
  const { x, y, area, font, width } = useChartFrame();
  const labelY = area.top - 6;
  const label = (side: 'lower' | 'upper') => `${side} fence ${formatNumber(fence[side])}`;
  const lowerText = label('lower');
  const upperText = label('upper');
  const lowerX = Math.max(x(fence.lower) - 3, textEms(lowerText) * font + 2);
  const upperX = Math.min(x(fence.upper) + 3, width - 2 - textEms(upperText) * font);
  return (
    // Never a target: the dots' layer drawn over it takes the pointer for hover and click.
    <g className="strip-fences" pointerEvents="none">
      {(['lower', 'upper'] as const).map((side) => {
        const px = x(fence[side]);
        return <line key={side} x1={px} x2={px} y1={area.top} y2={area.bottom} stroke={FENCE[scheme]} strokeWidth={2} strokeDasharray="6 4" />;
      })}
      <text x={lowerX} y={labelY} textAnchor="end">
        {lowerText}
      </text>
      <text x={upperX} y={labelY} textAnchor="start">
        {upperText}
      </text>
      {flagged.map((p) => (
        <circle key={p.id} cx={x(p.value)} cy={y(p.y)} r={7.5} fill="none" stroke={ring} strokeWidth={2} />
      ))}
    </g>
  );
}
