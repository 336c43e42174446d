import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';

/** One line's look and where its values sit in a row. */
interface LineSpec {
  key: string;
  color: string;
  dash: string;
}

interface Props {
  rows: readonly Record<string, number | null>[];
  /** The row key of the horizontal value (e.g. "epoch", "t"). */
  xKey: string;
  series: readonly LineSpec[];
  /** Bridge missing values (true) or break the line there (false). */
  connectNulls: boolean;
}

/**
 * Live curves drawn as plain SVG paths with the chart's own scales, inside a recharts chart that holds no data.
 * Why not recharts' Line: new data in a recharts chart goes through its store and re-renders the chart
 * synchronously (50-130 ms a redraw here), and MSW answers the API on this same thread; a path string of
 * ≤ 100 points costs well under 1 ms. The chart's axes then need explicit domains.
 */
export const LiveLinesLayer = memo(function LiveLinesLayer({ rows, xKey, series, connectNulls }: Props) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="live-lines">
      {series.map((s) => {
        let d = '';
        let penDown = false;
        for (const row of rows) {
          const value = row[s.key];
          const xValue = row[xKey];
          const px = typeof xValue === 'number' ? x(xValue) : undefined;
          const py = typeof value === 'number' && Number.isFinite(value) ? y(value) : undefined;
          if (px === undefined || py === undefined) {
            if (!connectNulls) penDown = false;
            continue;
          }
          d += `${penDown ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`;
          penDown = true;
        }
        return <path key={s.key} d={d} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash || undefined} />;
      })}
    </g>
  );
});
