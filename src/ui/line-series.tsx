import type { ReactNode } from 'react';

/** How one line of a line chart looks (color, dash) and is named, also in words, so the legend never rests on color. */
export interface LineSeriesStyle {
  key: string;
  label: string;
  /** A CSS color, usually a design token such as `var(--accent)`. */
  color: string;
  /** SVG dash pattern; empty for a solid line. */
  dash: string;
  /** The line style in words ("solid line"). */
  lineStyle: string;
}

/** A legend entry: a sample of the line, its name and style in words, then `children` (its latest value). */
export function SeriesLegendItem({ series, children }: { series: LineSeriesStyle; children?: ReactNode }) {
  return (
    <li>
      <svg width="32" height="10" aria-hidden="true" focusable="false">
        <line x1="0" y1="5" x2="32" y2="5" stroke={series.color} strokeWidth="2.5" strokeDasharray={series.dash || undefined} />
      </svg>
      <span>
        {series.label} <span className="muted">({series.lineStyle})</span>
        {children}
      </span>
    </li>
  );
}
