/** Line styles for comparing runs: each a different color AND dash pattern, named in words for the legend. */
export const RUN_STYLES = [
  { color: 'var(--curve-1)', dash: '', lineStyle: 'solid line' },
  { color: 'var(--curve-2)', dash: '8 4', lineStyle: 'dashed line' },
  { color: 'var(--curve-3)', dash: '2 3', lineStyle: 'dotted line' },
  { color: 'var(--curve-4)', dash: '12 4 2 4', lineStyle: 'dash-dot line' },
  { color: 'var(--curve-5)', dash: '4 2', lineStyle: 'short-dashed line' },
  { color: 'var(--curve-6)', dash: '16 5', lineStyle: 'long-dashed line' },
] as const;

/** How many curves the comparison chart draws at once (beyond this, lines stop being told apart). */
export const MAX_COMPARED = RUN_STYLES.length;

/** A small sample of a line style, for legends and table rows. */
export function LineSample({ color, dash }: { color: string; dash: string }) {
  return (
    <svg className="line-sample" width="32" height="10" aria-hidden="true" focusable="false">
      <line x1="0" y1="5" x2="32" y2="5" stroke={color} strokeWidth="2.5" strokeDasharray={dash || undefined} />
    </svg>
  );
}
