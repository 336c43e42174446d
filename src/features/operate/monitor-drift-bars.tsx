import { niceDomain, niceTicks } from '../../core/data/explore-views';

/** One histogram bin: its label and the share of training and live values in it (0..1). */
export interface DriftBin {
  bin: string;
  training: number;
  live: number;
}

const W = 320;
const H = 200;
// Room for one line of edge labels below the bars and for "100%" left of them (12-unit type, in viewBox units): 48
// fits it in a wide fallback font too (DejaVu Sans: ~34 units), since Inter may not have loaded (font-display optional).
const M = { top: 10, right: 22, bottom: 24, left: 48 };
const pct = (v: number) => `${(v * 100).toFixed(0)}%`;

/**
 * The training share (solid) beside the live share (striped) per bin, as plain SVG. The x axis names the cut points
 * between bins, level and centred on each boundary (as a histogram axis does): a range label per bin ("3450–3800"),
 * turned 45°, did not fit under a bar and was cut off at the edges. `edgeLabels` has one label per inner edge. Why not recharts: four of
 * these redraw every second while traffic flows, and a recharts redraw runs synchronously on the main thread,
 * where MSW answers the very requests being measured. The parent names the picture (role="img").
 */
export function DriftBars({ bins, edgeLabels, hatchId }: { bins: readonly DriftBin[]; edgeLabels: readonly string[]; hatchId: string }) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const top = Math.max(0.01, ...bins.flatMap((b) => [b.training, b.live]));
  const [, yMax] = niceDomain(0, top, 4);
  const ticks = niceTicks(0, yMax, 4);
  const y = (v: number) => M.top + plotH - (v / yMax) * plotH;
  const group = plotW / Math.max(1, bins.length);
  const bar = Math.max(2, (group - 8) / 2);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="drift-bars" aria-hidden="true" focusable="false">
      <defs>
        <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="var(--surface)" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="var(--mon-2)" strokeWidth="4" />
        </pattern>
      </defs>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} stroke="var(--border)" strokeDasharray="3 3" />
          <text x={M.left - 6} y={y(t) + 4} textAnchor="end" fontSize={12} fill="var(--muted)">
            {pct(t)}
          </text>
        </g>
      ))}
      {bins.map((b, i) => {
        const x0 = M.left + i * group + 4;
        return (
          <g key={b.bin}>
            <rect x={x0} y={y(b.training)} width={bar} height={M.top + plotH - y(b.training)} fill="var(--mon-1)" />
            <rect x={x0 + bar + 1} y={y(b.live)} width={bar} height={M.top + plotH - y(b.live)} fill={`url(#${hatchId})`} stroke="var(--mon-2)" />
          </g>
        );
      })}
      {edgeLabels.map((label, i) => {
        const x = M.left + (i + 1) * group;
        return (
          <g key={label}>
            <line x1={x} x2={x} y1={M.top + plotH} y2={M.top + plotH + 4} stroke="var(--muted)" />
            <text x={x} y={M.top + plotH + 16} textAnchor="middle" fontSize={11} fill="var(--muted)">
              {label}
            </text>
          </g>
        );
      })}
      <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke="var(--muted)" />
    </svg>
  );
}
