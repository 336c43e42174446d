import { memo, useMemo, useState } from 'react';
import { formatNumber } from '../../core/data/explore-views';
import { SvgChartCallout } from '../../ui/svg-chart-callout';
import { PlotPointer, useChartFrame } from '../../ui/svg-chart-frame';
import type { PlotPoint } from '../../ui/svg-chart-frame';
import type { SpeciesShape, SpeciesStyle } from './species-style';

/** One plotted penguin: its row id, species and position in data units. */
export interface LayerPoint {
  id: number;
  species: string;
  x: number;
  y: number;
}

/** A species' points with how they are drawn. */
export interface LayerGroup {
  label: string;
  style: SpeciesStyle;
  points: readonly LayerPoint[];
}

const R = 4.5;

/** SVG path commands for one marker centred on (cx, cy); the shapes match the legends. */
function marker(shape: SpeciesShape, cx: number, cy: number): string {
  const x = cx.toFixed(1);
  const y = cy.toFixed(1);
  switch (shape) {
    case 'circle':
      return `M${(cx - R).toFixed(1)} ${y}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0Z`;
    case 'square':
      return `M${(cx - R).toFixed(1)} ${(cy - R).toFixed(1)}h${2 * R}v${2 * R}h${-2 * R}Z`;
    case 'triangle':
      return `M${x} ${(cy - R - 1).toFixed(1)}l${R + 1} ${2 * R}h${-2 * R - 2}Z`;
    default:
      return `M${x} ${(cy - R - 1).toFixed(1)}l${R + 1} ${R + 1}l${-R - 1} ${R + 1}l${-R - 1} ${-R - 1}Z`;
  }
}

interface Hover {
  point: LayerPoint;
  px: number;
  py: number;
}

/**
 * All points of a chart drawn as one SVG path per species, with the scales of the chart frame around it.
 * Why one path per species: a React element per point (recharts' Scatter) made redrawing ~700 of them after a
 * slider step block the main thread for 200+ ms; one path per species redraws in a few milliseconds.
 * Mouse users get a callout for the nearest point, and `onPick` with its row id on a click; everyone gets the table twin.
 */
export const SpeciesPointLayer = memo(function SpeciesPointLayer({ groups, xLabel, yLabel, onPick }: { groups: readonly LayerGroup[]; xLabel: string; yLabel?: string; onPick?: (id: number) => void }) {
  const { x, y } = useChartFrame();
  const [hover, setHover] = useState<Hover | null>(null);
  // Placed once per data or scale change, not on every pointer move (the hover re-renders this layer).
  const placed = useMemo(
    () =>
      groups.map((g) => {
        const points = g.points.map((p) => ({ point: p, px: x(p.x), py: y(p.y) }));
        return { group: g, points, d: points.map((h) => marker(g.style.shape, h.px, h.py)).join('') };
      }),
    [groups, x, y],
  );
  const nearest = ({ x: mx, y: my }: PlotPoint): Hover | null => {
    let best: Hover | null = null;
    let bestDistance = 12 * 12;
    for (const { points } of placed) {
      for (const h of points) {
        const d = (h.px - mx) ** 2 + (h.py - my) ** 2;
        if (d < bestDistance) {
          bestDistance = d;
          best = h;
        }
      }
    }
    return best;
  };
  const onPoint = (p: PlotPoint | null) => setHover(p ? nearest(p) : null);
  const onClick = (p: PlotPoint) => {
    const picked = nearest(p);
    if (picked && onPick) onPick(picked.point.id);
  };
  const lines = hover ? [`Row ${hover.point.id} · ${hover.point.species}`, `${xLabel}: ${formatNumber(hover.point.x)}`, ...(yLabel ? [`${yLabel}: ${formatNumber(hover.point.y)}`] : [])] : [];
  return (
    <g className="species-points">
      {placed.map(({ group, d }) => (
        <path key={group.label} d={d} fill={group.style.color} fillOpacity={0.78} />
      ))}
      <PlotPointer onPoint={onPoint} onClick={onPick ? onClick : undefined} />
      {hover && (
        // The hovered point's ring and its row, species and values.
        <g pointerEvents="none" className="point-callout">
          <circle cx={hover.px} cy={hover.py} r={8} fill="none" stroke="var(--text)" strokeWidth={2} />
          <SvgChartCallout lines={lines} px={hover.px} py={hover.py} />
        </g>
      )}
    </g>
  );
});
