import { memo, useState } from 'react';
import type { MouseEvent } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { formatNumber } from '../../core/data/explore-views';
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
 * All points of a chart drawn as one SVG path per species inside a recharts chart, with the chart's own scales.
 * Why not recharts' Scatter: it renders a React element per point, and redrawing ~700 of them after a
 * slider step blocked the main thread for 200+ ms; one path per species redraws in a few milliseconds.
 * Mouse users get a tooltip for the nearest point, and `onPick` with its row id on a click; everyone gets the table twin.
 */
export const SpeciesPointLayer = memo(function SpeciesPointLayer({ groups, xLabel, yLabel, onPick }: { groups: readonly LayerGroup[]; xLabel: string; yLabel?: string; onPick?: (id: number) => void }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  const [hover, setHover] = useState<Hover | null>(null);
  if (!xScale || !yScale || !area) return null;
  const placed = groups.map((g) => ({
    group: g,
    points: g.points.flatMap((p) => {
      const px = xScale(p.x);
      const py = yScale(p.y);
      return px === undefined || py === undefined ? [] : [{ point: p, px, py }];
    }),
  }));
  const nearest = (event: MouseEvent<SVGRectElement>): Hover | null => {
    const box = event.currentTarget.getBoundingClientRect();
    const mx = event.clientX - box.left + area.x;
    const my = event.clientY - box.top + area.y;
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
  const onMove = (event: MouseEvent<SVGRectElement>) => setHover(nearest(event));
  const onClick = (event: MouseEvent<SVGRectElement>) => {
    const picked = nearest(event);
    if (picked && onPick) onPick(picked.point.id);
  };
  return (
    <g className="species-points">
      {placed.map(({ group, points }) => (
        <path key={group.label} d={points.map((h) => marker(group.style.shape, h.px, h.py)).join('')} fill={group.style.color} fillOpacity={0.78} />
      ))}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a mouse-only aid; keyboard users read the values in the table twin and point at a row by its number in the field beside the chart */}
      <rect x={area.x} y={area.y} width={area.width} height={area.height} fill="transparent" onMouseMove={onMove} onMouseLeave={() => setHover(null)} onClick={onPick ? onClick : undefined} style={onPick ? { cursor: 'pointer' } : undefined} />
      {hover && <PointCallout hover={hover} area={area} xLabel={xLabel} yLabel={yLabel} />}
    </g>
  );
});

/** The hovered point's ring and a small label box (row, species, values), kept inside the plot area. */
function PointCallout({ hover, area, xLabel, yLabel }: { hover: Hover; area: { x: number; y: number; width: number; height: number }; xLabel: string; yLabel?: string }) {
  const lines = [`Row ${hover.point.id} · ${hover.point.species}`, `${xLabel}: ${formatNumber(hover.point.x)}`];
  if (yLabel) lines.push(`${yLabel}: ${formatNumber(hover.point.y)}`);
  const width = 12 + 7.2 * Math.max(...lines.map((l) => l.length));
  const height = 8 + 18 * lines.length;
  const left = Math.min(hover.px + 12, area.x + area.width - width);
  const top = Math.max(area.y, Math.min(hover.py - height - 8, area.y + area.height - height));
  return (
    <g pointerEvents="none" className="point-callout">
      <circle cx={hover.px} cy={hover.py} r={8} fill="none" stroke="var(--text)" strokeWidth={2} />
      <rect x={left} y={top} width={width} height={height} rx={4} fill="var(--surface, #fff)" stroke="var(--border)" />
      {lines.map((line, i) => (
        <text key={line} x={left + 6} y={top + 18 + 18 * i} fill="var(--text)" fontSize={13} fontWeight={i === 0 ? 600 : 400}>
          {line}
        </text>
      ))}
    </g>
  );
}
