import type { SpeciesShape, SpeciesStyle } from './species-style';

/** A small SVG marker in the shape and color a chart uses for a series. */
export function ShapeMarker({ shape, color, ring = false }: { shape: SpeciesShape | 'ring'; color: string; ring?: boolean }) {
  const common = { fill: color, stroke: color };
  return (
    <svg className="shape-marker" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      {shape === 'circle' && <circle cx="7" cy="7" r="5" {...common} />}
      {shape === 'triangle' && <polygon points="7,1.5 12.8,12 1.2,12" {...common} />}
      {shape === 'square' && <rect x="2.2" y="2.2" width="9.6" height="9.6" {...common} />}
      {shape === 'diamond' && <polygon points="7,1 13,7 7,13 1,7" {...common} />}
      {shape === 'ring' && <circle cx="7" cy="7" r="5.5" fill="none" stroke={color} strokeWidth={ring ? 2 : 1.5} />}
    </svg>
  );
}

/** A short dash in a series' color and dash pattern (for line and area charts). */
function LineMarker({ color, dash }: { color: string; dash: string }) {
  return (
    <svg className="shape-marker" width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="21" y2="7" stroke={color} strokeWidth="3" strokeDasharray={dash || undefined} />
    </svg>
  );
}

/** One legend entry: a marker and its text. */
export interface LegendEntry {
  label: string;
  style: SpeciesStyle;
  /** Draw the entry as a line (dash pattern) instead of a point shape. */
  asLine?: boolean;
  /** Replace the marker by a hollow ring in this color (flagged points). */
  ring?: string;
}

/** A visible chart legend in HTML: every series with its shape or dash pattern and its name, so color is never the only cue. */
export function SpeciesLegend({ entries, label }: { entries: readonly LegendEntry[]; label: string }) {
  return (
    <ul className="chart-legend" aria-label={label}>
      {entries.map((e) => (
        <li key={e.label}>
          {e.ring ? <ShapeMarker shape="ring" color={e.ring} ring /> : e.asLine ? <LineMarker color={e.style.color} dash={e.style.dash} /> : <ShapeMarker shape={e.style.shape} color={e.style.color} />}
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}
