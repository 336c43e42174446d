import { memo } from 'react';
import { useXAxisScale, useYAxisScale } from 'recharts';

/** One line's look and where its values sit in a row. */
interface LineSpec {
  key: string;
  color: string;
  dash: string;
}

/**
 * The curves of a live run drawn as plain SVG paths with the chart's own scales. Why not recharts' Line:
 * new data in a recharts chart goes through its store and re-renders the chart synchronously (50-130 ms a
 * redraw here), and MSW answers the API on this same thread; a path string of ≤ 100 points costs well under 1 ms.
 * Gaps (non-finite values) are bridged, as `connectNulls` does for the finished chart.
 */
export const LiveLinesLayer = memo(function LiveLinesLayer({ rows, series }: { rows: readonly ({ epoch: number } & Record<string, number | null>)[]; series: readonly LineSpec[] }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  return (
    <g className="live-lines">
      {series.map((s) => {
        let d = '';
        for (const row of rows) {
          const value = row[s.key];
          const px = x(row.epoch);
          const py = typeof value === 'number' ? y(value) : undefined;
          if (px === undefined || py === undefined) continue;
          d += `${d ? 'L' : 'M'}${px.toFixed(1)} ${py.toFixed(1)}`;
        }
        return <path key={s.key} d={d} fill="none" stroke={s.color} strokeWidth={2} strokeDasharray={s.dash || undefined} />;
      })}
    </g>
  );
});
